# ExceptionGroup / BaseExceptionGroup: construction rules, str/repr, exceptions, subgroup, split, derive, nesting
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(str(eg), repr(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__, eg.args[0])
vs = eg.subgroup(ValueError)
print(repr(vs))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError), eg.subgroup(Exception) is eg)
m, rest = eg.split(ValueError)
print(repr(m))
print(repr(rest))
print(eg.split((KeyError, TypeError)))
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(b).__name__, repr(b), type(BaseExceptionGroup("x", [ValueError()])).__name__)
d = eg.derive([ZeroDivisionError("z")])
print(type(d).__name__, repr(d), d.message)
eg.add_note("note on group")
s, r = eg.split(TypeError)
print(s.__notes__, r.__notes__, s.__traceback__, s.__cause__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(TypeError)[1]).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: ExceptionGroup("x", []))
t(lambda: ExceptionGroup("x", [1]))
t(lambda: ExceptionGroup("x", ValueError()))
t(lambda: ExceptionGroup(5, [ValueError()]))
t(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("x"))
t(lambda: ExceptionGroup("x", [ValueError()], 3))
t(lambda: eg.subgroup(5))
t(lambda: eg.split("x"))
try:
    raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
except* ValueError as e:
    print("caught value part:", repr(e))
except* TypeError as e:
    print("caught type part:", repr(e))
