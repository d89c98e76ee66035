# frame objects via sys._getframe: f_code, f_lineno, f_back chain, f_locals, f_globals
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller())
def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level2():
    return chain()
print(level2())
def show_locals(a, b=2):
    c = a + b
    return sorted(sys._getframe().f_locals.items())
print(show_locals(1))
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_name)
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
g = gen()
print(next(g), next(g))
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
