# frame objects via sys._getframe: f_code, f_lineno, f_back, f_globals, f_locals, f_lasti type, errors
import sys
def outer():
    return inner(10)
def inner(arg):
    local = "value"
    f = sys._getframe()
    back = sys._getframe(1)
    return (f.f_code.co_name, f.f_lineno, back.f_code.co_name, back.f_lineno, f.f_back is back, sorted(f.f_locals),
            f.f_globals is globals(), type(f.f_lasti).__name__, f.f_builtins is back.f_builtins)
print(outer())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_lineno, type(top).__name__, top.f_code.co_filename.endswith("frame_objects.py"))
def depth():
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d
def nest(n):
    return depth() if n == 0 else nest(n - 1)
print(depth(), nest(5))
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
print(list(gen()))
class C:
    name = sys._getframe().f_code.co_name
    line = sys._getframe().f_lineno
print(C.name, C.line, (lambda: sys._getframe().f_code.co_name)(), [sys._getframe().f_code.co_name for _ in range(1)])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: sys._getframe(1000))
t(lambda: sys._getframe("x"))
t(lambda: setattr(top, "f_lineno", 1))
t(lambda: setattr(top, "f_code", None))
def locals_snapshot():
    a = 1
    fl = sys._getframe().f_locals
    fl["a"] = 99
    return a, sorted(fl)
print(locals_snapshot())
