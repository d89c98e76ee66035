# function attributes: __name__ __qualname__ __module__ __defaults__ __kwdefaults__ __doc__ __dict__ __code__ __globals__
def f(a, b=2, *args, c, d=4, **kw):
    "docstring of f"
    return a
class C:
    def method(self):
        def inner():
            pass
        return inner
lam = lambda x, y=1: x
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__, f.__doc__)
print(C.method.__qualname__, C().method().__qualname__, lam.__name__, lam.__qualname__, lam.__defaults__, lam.__doc__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount, f.__code__.co_varnames)
print(f.__globals__ is globals(), f.__closure__, f.__dict__, f.__annotations__, type(f).__name__, callable(f))
f.attr = 5; f.__dict__["other"] = 6
print(f.attr, f.other, sorted(f.__dict__))
f.__name__ = "renamed"; f.__qualname__ = "Q.renamed"; f.__doc__ = None; f.__defaults__ = (20,)
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f(1, c=3))
f.__kwdefaults__ = {"c": 30, "d": 40}; print(f(1), f.__kwdefaults__)
f.__defaults__ = None; f.__kwdefaults__ = None
def g(x: int, *, y: "str" = "s") -> list:
    pass
print(g.__annotations__, g.__kwdefaults__, g.__defaults__, g.__type_params__, f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "")
def t(h):
    try:
        print(repr(h()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: f(1))
t(lambda: setattr(f, "__name__", 5))
t(lambda: setattr(f, "__qualname__", None))
t(lambda: setattr(f, "__defaults__", [1]))
t(lambda: setattr(f, "__kwdefaults__", [1]))
t(lambda: setattr(f, "__dict__", 5))
t(lambda: setattr(f, "__code__", None))
t(lambda: setattr(f, "__globals__", {}))
t(lambda: f.nope)
t(lambda: delattr(f, "__name__"))
t(lambda: setattr(f, "__annotations__", 5))
