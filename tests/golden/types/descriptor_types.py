# builtin descriptor types: member, getset, method, wrapper, classmethod descriptors, method-wrapper: repr, __get__, __set__
class S:
    __slots__ = ("a",)
class D:
    pass
descs = [S.__dict__["a"], D.__dict__["__dict__"], str.__dict__["upper"], int.__dict__["__add__"], dict.__dict__["fromkeys"],
         int.__dict__["real"], type.__dict__["__name__"], object.__dict__["__class__"]]
for d in descs:
    print(type(d).__name__, repr(d), d.__name__, d.__qualname__, d.__objclass__.__name__)
m = S.__dict__["a"]
s = S()
m.__set__(s, 5)
print(m.__get__(s, S), m.__get__(None, S) is m, s.a)
m.__delete__(s)
up = str.__dict__["upper"]
print(up.__get__("abc")(), up("xyz"), type(up.__get__("q")).__name__, up.__get__(None, str) is up)
add = int.__dict__["__add__"]
print(add(2, 3), type(add.__get__(2)).__name__, add.__get__(2)(3), (2).__add__.__self__, (2).__add__.__name__)
print(repr((2).__add__)[:30], repr([].append)[:35], repr("x".upper)[:33])
fk = dict.__dict__["fromkeys"]
print(fk.__get__(None, dict)("ab"), type(fk.__get__(None, dict)).__name__)
real = int.__dict__["real"]
print(real.__get__(5), real.__get__(None, int) is real)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: m.__get__(s, S))
t(lambda: m.__get__(5, int))
t(lambda: m.__set__(5, 1))
t(lambda: up.__get__(5))
t(lambda: up(5))
t(lambda: add("a", 1))
t(lambda: real.__set__(5, 1))
t(lambda: fk.__get__(5))
t(lambda: fk.__get__(None, int))
