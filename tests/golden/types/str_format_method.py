# str.format: positional/auto/keyword fields, attribute and index lookup, conversions, nested specs, braces
class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec): return "P<" + spec + ">"
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
print("{} {} {}".format(1, "a", 2.5), "{0}{1}{0}".format("ab", "cd"), "{a}-{b}".format(a=1, b=2))
print("{0.x} {0.y[1]} {1[k]} {2[0]}".format(P(), {"k": "v"}, "xyz"), "{p.y[0]:>5}".format(p=P()))
print("{!r} {!s} {!a} {}".format(P(), P(), "é", P()), "{:spec}".format(P()), "{0!r:>10}".format("a"))
print("{{}} {{{0}}} }}{{".format(7), "{:{}{}}".format(3.14159, ".", 3), "{:{w}.{p}f}".format(2.5, w=8, p=2))
print("{0[1]}".format({1: "int-key"}), "{0[-1]}".format({"-1": "str-key"}), "{0[a b]}".format({"a b": 1}))
print("{:*^9}|{:<4}|{:>4}|{:^4}".format("mid", 1, 2, 3), "{:,}".format(1234567), "{:%}".format(0.25))
print("{0}".format(*[5]), "{x}".format(**{"x": "kw"}), "{}".format(None), "{:10}|".format(None) if False else "", "{!s:>5}".format(None))
print("{:>5}".format(True), "{:d}".format(True), "{0:}".format(1), "{0:{1}}".format(5, ""))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "{}".format())
t(lambda: "{1}".format(1))
t(lambda: "{a}".format(b=1))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{0!x}".format(1))
t(lambda: "{0!}".format(1))
t(lambda: "{0.}".format(1))
t(lambda: "{0[}".format(1))
t(lambda: "{0.nope}".format(1))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[x]}".format({}))
t(lambda: "{0[0]}".format(5))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{:>10}".format(None))
t(lambda: "{0:d}".format("s"))
t(lambda: "{!r".format(1))
t(lambda: "{0:x>}".format(object.__new__(object)) [:0])
