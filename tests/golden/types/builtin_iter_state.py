# __reduce__/__setstate__ of builtin iterators (pickling support), the function constructor, memoryview.cast,
# frame.clear/f_trace, generator __del__, ExceptionGroup's heap-type dictionary, object.__reduce__ of builtins
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
def show(it, state=None):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])
    if state is not None:
        it.__setstate__(state)
        print("  after", state, list(it), it.__reduce__()[1:])
show(iter([1, 2, 3]), 1)
show(iter([1, 2, 3]), -5)
show(iter([1, 2, 3]), 99)
show(reversed([1, 2, 3]), 1)
show(reversed([1, 2, 3]), -7)
show(iter((1, 2, 3)), 2)
show(iter("abc"), 1)
show(iter("ab\u1234"), 2)
show(iter(b"abc"), 2)
show(iter(bytearray(b"abc")), -1)
show(iter(range(2, 20, 3)), 2)
show(iter(range(2**70, 2**70 + 5)), 3)
show(reversed("abc"), 1)
d = {1: "a", 2: "b", 3: "c"}
it = iter(d); next(it); show(it)
it = iter(d.items()); show(it)
it = reversed(d.values()); next(it); show(it)
z = zip([1], [2]); z.__setstate__(1); print(z.__reduce__()[0], z.__reduce__()[2:])
t(lambda: iter([]).__setstate__("a"))
t(lambda: iter([]).__setstate__(2**70))
t(lambda: iter(range(3)).__setstate__("a"))
t(lambda: object.__reduce__(5))
t(lambda: object.__reduce_ex__([], 1))
def f(a, b=1):
    return a, b
F = type(f)
t(lambda: F())
t(lambda: F(f.__code__))
t(lambda: F(f.__code__, {}, None, None, None, None, 1))
t(lambda: F(f.__code__, {}, x=1))
t(lambda: F(f.__code__, {}, None, [1]))
t(lambda: F(f.__code__, {}, None, None, 5))
t(lambda: F(f.__code__, {}, None, None, None, 5))
t(lambda: F(f.__code__, {}, None, None, (1,)))
g = F(f.__code__, globals(), argdefs=(7,), kwdefaults={"x": 1})
print(g(1), g.__name__, g.__kwdefaults__, g.__module__, g.__builtins__ is f.__builtins__)
t(lambda: setattr(f, "__globals__", {}))
t(lambda: setattr(f, "__closure__", None))
t(lambda: setattr(f, "__builtins__", {}))
t(lambda: delattr(f, "__globals__"))
m = memoryview(b"abcd")
for args, kw in (((1,), {}), (("x",), {}), (("B",), {"shape": 5}), (("B",), {"shape": [5]}), ((), {})):
    t(lambda: m.cast(*args, **kw))
print(m.cast("B").tolist(), m.cast("B", [4]).shape, memoryview._from_flags(b"xy", 0).tobytes())
t(lambda: m[::2].cast("B"))
import sys
def frame():
    return sys._getframe()
fr = frame()
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes, fr.clear(), fr.f_locals)
fr.f_trace = len; fr.f_trace_lines = False
print(fr.f_trace, fr.f_trace_lines)
t(lambda: setattr(fr, "f_trace_lines", 1))
t(lambda: delattr(fr, "f_trace_lines"))
t(lambda: sys._getframe().clear())
def gen():
    try:
        yield sys._getframe()
    finally:
        print("gen finally")
g = gen()
t(lambda: next(g).clear())
g.__del__()
print(g.gi_frame, g.gi_suspended)
print(sorted(ExceptionGroup.__dict__), ExceptionGroup.__module__, ExceptionGroup.__doc__, ExceptionGroup.__dictoffset__)
print(ExceptionGroup("m", [ValueError(1)]).__weakref__, _IncompleteInputError.__mro__[1], _IncompleteInputError.__doc__)
print(type(list.__dict__["__getitem__"]).__name__, type(dict.__dict__["__getitem__"]).__name__, list.__getitem__([5, 6], 1))
t(lambda: list.__getitem__((1,), 0))
class LS(list):
    pass
print(LS([1, 2, 3])[1], LS([1, 2, 3])[::2])
