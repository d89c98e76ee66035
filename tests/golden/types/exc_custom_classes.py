# user exception classes: inheritance from builtin exceptions, custom __init__/__str__/__repr__, attribute storage, pickling-free args
class AppError(Exception):
    def __init__(self, code, msg="app failure"):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
class NotFound(AppError, LookupError):
    pass
try:
    raise NotFound(404, "missing")
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.args, e.code, isinstance(e, AppError), [k.__name__ for k in type(e).__mro__])
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.args, str(e), repr(e), e.x)
class WithNew(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self
w = WithNew(1, 2)
print(w.args, str(w))
class KE(KeyError):
    pass
print(str(KE("k")), repr(KE("k")), str(KE()), str(KE(1, 2)))
class OSE(OSError):
    pass
print(str(OSE(2, "no file", "f")), OSE(2, "x").errno, type(OSE(2, "x")).__name__)
class SE(StopIteration):
    pass
print(SE(5).value, SE().value)
class Slotted(Exception):
    __slots__ = ("extra",)
s = Slotted("m")
s.extra = 1
print(s.extra, s.args, hasattr(s, "__dict__"))
class Unicode(UnicodeDecodeError):
    pass
u = Unicode("utf-8", b"\xff", 0, 1, "bad")
print(str(u), type(u).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ": " + str(ex))
t(lambda: AppError())
class BadStr(Exception):
    def __str__(self): return 5
t(lambda: str(BadStr()))
t(lambda: repr(BadStr("x")))
class Raising(Exception):
    def __init__(self): raise RuntimeError("in init")
t(lambda: Raising())
