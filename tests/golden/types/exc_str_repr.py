# str() and repr() of exceptions with zero, one and several args, for many builtin classes
classes = [Exception, BaseException, ValueError, TypeError, KeyError, IndexError, LookupError, AttributeError, NameError,
           RuntimeError, NotImplementedError, ZeroDivisionError, OverflowError, StopIteration, StopAsyncIteration,
           AssertionError, ImportError, ModuleNotFoundError, SystemExit, KeyboardInterrupt, GeneratorExit, OSError,
           FileNotFoundError, UnboundLocalError, RecursionError, MemoryError, BufferError, EOFError, Warning, UserWarning,
           DeprecationWarning, UnicodeError, ArithmeticError, FloatingPointError, ReferenceError, TimeoutError]
for cls in classes:
    out = []
    for args in ((), ("msg",), (1, 2), ("",), (None,), (("t",),)):
        e = cls(*args)
        out.append("%s|%r" % (e, e))
    print(cls.__name__, out)
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k")), str(KeyError(KeyError("n"))))
e = ValueError("a", "b")
print(e.args, type(e.args).__name__, e.__str__(), e.__repr__(), ValueError().args)
e.args = ("changed",); print(e, repr(e))
e.args = [1, 2]; print(e.args)
class MyErr(Exception):
    pass
class WithStr(Exception):
    def __str__(self): return "custom str"
print(MyErr("x"), repr(MyErr("x", 2)), repr(WithStr("y")), str(WithStr()), repr(MyErr()))
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit(1, 2)
print(w, repr(w), w.args, w.b)
print(repr(Exception("quote's")), repr(Exception('"')), str(Exception("multi\nline")), repr(Exception("é")))
