# KeyError's str uses repr of the key; StopIteration.value; SystemExit.code; NameError/AttributeError/ImportError attributes
for k in ("k", 1, (1, 2), None, "", "multi\nline", ("a",)):
    try:
        {}[k]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
print(str(KeyError("a", "b")), str(KeyError()))
s = StopIteration(5)
print(s.value, s.args, StopIteration().value, StopIteration(1, 2).value, repr(StopIteration("x")))
def g():
    return (yield 1)
gen = g(); next(gen)
try:
    gen.send("sent")
except StopIteration as e:
    print("value:", e.value)
for args in ((), (0,), (1,), ("msg",), (1, 2), (None,)):
    e = SystemExit(*args)
    print(args, repr(e.code), e.args)
try:
    undefined_name_xyz
except NameError as e:
    print(e, e.name, e.args)
try:
    (1).nope
except AttributeError as e:
    print(e, e.name, e.obj, e.args)
e = AttributeError("m", name="n", obj=5)
print(e, e.name, e.obj)
e = NameError("m", name="nm")
print(e.name)
e = ImportError("cannot import", name="mod", path="/p")
print(e, e.name, e.path, e.msg, repr(e), ImportError().name, ImportError("a", "b").msg)
print(ModuleNotFoundError("no module", name="zz").name, StopAsyncIteration(3).args)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: ImportError(bad=1))
t(lambda: AttributeError(name=1, x=2))
t(lambda: NameError(obj=1))
