# ascii() and repr(): escapes for non-ASCII, containers, custom __repr__, recursion, errors
for x in ("abc", "é", "日本", "\U0001F600", "\x00\t\n", "'", '"', b"\xff", ["é", ("ü",)], {"ö": "ß"}, 1.5, None, "\ud800"):
    print(ascii(x), repr(x))
class R:
    def __repr__(self): return "R<é>"
print(ascii(R()), repr(R()), ascii([R()]), str([R()]))
class Rec:
    def __repr__(self): return "Rec(" + repr(self.child) + ")"
r = Rec(); r.child = 1
print(repr(r))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: ascii())
t(lambda: repr())
t(lambda: ascii(1, 2))
t(lambda: repr(1, 2))
class Bad:
    def __repr__(self): return 5
t(lambda: ascii(Bad()))
t(lambda: repr(Bad()))
t(lambda: repr([Bad()]))
class Raise:
    def __repr__(self): raise RuntimeError("repr failed")
t(lambda: repr({1: Raise()}))
