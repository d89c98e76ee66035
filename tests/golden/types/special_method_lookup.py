# special methods are looked up on the type, not the instance: len, iter, repr, call, hash, bool, operators, with
class C:
    def __len__(self): return 1
    def __repr__(self): return "C-type-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
c.__add__ = lambda o: "instance add"
c.__call__ = lambda: "instance call"
print(len(c), c.__len__(), repr(c), c.__repr__())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: c + 1)
t(lambda: c())
t(lambda: c.__add__(1))
C.__add__ = lambda self, o: "type add"
print(c + 1)
del C.__len__
t(lambda: len(c))
class Meta(type):
    def __len__(cls): return 42
    def __repr__(cls): return "<Meta-made " + cls.__name__ + ">"
    def __getitem__(cls, k): return ("class item", k)
class K(metaclass=Meta):
    def __len__(self): return 7
print(len(K), len(K()), repr(K), K[3], [K])
class G:
    def __getattr__(self, name):
        return lambda *a: "getattr:" + name
g = G()
print(g.__len__(), g.anything())
t(lambda: len(g))
t(lambda: iter(g))
t(lambda: g + 1)
class Sub(int):
    pass
s = Sub(3)
s.__index__ = lambda: 100
print([0, 1, 2, 3, 4][s], hex(s))
class Bool:
    def __bool__(self): return True
b = Bool()
b.__bool__ = lambda: False
print(bool(b), "truthy" if b else "falsy")
