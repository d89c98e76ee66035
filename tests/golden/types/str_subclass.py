# str subclasses: methods return exact str, operators, formatting, __str__ override effects, hashing and dict lookup
class S(str):
    def __repr__(self): return "S(" + str.__repr__(self) + ")"
s = S("Hello World")
results = [s.upper(), s.lower(), s[0], s[1:3], s + "!", s * 2, s.strip(), s.replace("o", "0"), s.split()[0], s.join("ab"),
           s.center(15), s.title(), s.casefold(), s.zfill(12), s.partition(" ")[0], s.expandtabs(), str(s), format(s)]
print([type(r).__name__ for r in results])
print(s, repr(s), [s], f"{s}", f"{s!r}", "%s|%r" % (s, s), len(s), s == "Hello World", {"Hello World": 1}[s])
print(type(iter(s).__next__()).__name__, type(list(s)[0]).__name__, type(s.__str__()).__name__, str(s) is s)
class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
    def __str__(self): return "custom str"
u = Upper("abc")
print(u, str(u), repr(u), u + "d", f"{u}", "%s" % u, format(u, ""), "{}".format(u), u.lower(), len(u))
print(isinstance(u, str), "ABC" == u, u in ["ABC"], sorted([Upper("b"), Upper("a")]), "-".join([u, u]))
class Lenient(str):
    def __eq__(self, other): return str.__eq__(self.lower(), str(other).lower())
    __hash__ = str.__hash__
print(Lenient("ABC") == "abc", "abc" == Lenient("ABC"), "ABC" in [Lenient("abc")], Lenient("x") != "X")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: S(b"x", "nope"))
t(lambda: Upper())
t(lambda: S("a") + 1)
