# replacing a function's __code__, __defaults__ and __globals__-visible names at runtime, and the checks CPython makes
def f(a, b=2):
    return ("f", a, b)
def g(x, y=20):
    return ("g", x, y)
print(f(1))
f.__code__ = g.__code__
print(f(1), f.__name__, f.__code__.co_name, f.__defaults__)
def make(n):
    def inner():
        return n
    return inner
one, two = make(1), make(2)
print(one(), two())
def t(h):
    try:
        print(repr(h()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: setattr(f, "__code__", one.__code__))
def zero():
    return "zero"
t(lambda: setattr(zero, "__code__", one.__code__))
one.__code__ = two.__code__
print(one(), two())
h = type(f)(g.__code__, {"__builtins__": __builtins__}, "h_name", (7,))
print(h(1), h.__name__, h.__defaults__, h.__module__)
k = type(f)(one.__code__, {}, None, None, two.__closure__)
print(k(), k.__name__)
t(lambda: type(f)(one.__code__, {}))
t(lambda: type(f)(g.__code__, 5))
t(lambda: type(f)(5, {}))
t(lambda: type(f)(g.__code__, {}, 5))
