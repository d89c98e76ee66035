# format(): default spec, __format__ dispatch, subclasses, None spec, errors for bad specs and types
print(format(5), format(5, ""), format("s"), format(1.5), format([1, 2]), format(None), format(True), format(1j))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F()), format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()), f"{F()!r:>5}"[:1])
class S(str):
    def __format__(self, spec): return "S-format"
print(format(S("x")), f"{S('y')}", str(S("z")))
class Plain:
    def __str__(self): return "plain-str"
print(format(Plain()), f"{Plain()}", format(Plain(), ""), "{}".format(Plain()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: format(Plain(), "x"))
t(lambda: format(5, None))
t(lambda: format())
t(lambda: format(1, "d", 3))
t(lambda: format([1], "s"))
class BadFormat:
    def __format__(self, spec): return 5
t(lambda: format(BadFormat()))
t(lambda: f"{BadFormat()}")
t(lambda: format(1.5, "q"))
t(lambda: format("abc", "d"))
t(lambda: format(object(), "<5"))
