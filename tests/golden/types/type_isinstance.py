# isinstance/issubclass machinery: tuples, nested tuples, unions, __instancecheck__/__subclasscheck__, __class__ override
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, (int, (str, (B,)))), isinstance(1, int | str), isinstance("s", int | None))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int | float), issubclass(B, B), issubclass(B, object))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance([], (tuple, list)), isinstance(b, ()))
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), isinstance(Magic(), Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance("magic", (int, Magic)), issubclass(int, (str, Magic)))
class Liar:
    @property
    def __class__(self): return int
l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__, l.__class__)
class Hook:
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    quack = True
print(issubclass(Duck, Hook), issubclass(int, Hook), isinstance(Duck(), Hook))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (1, int)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (1,)))
t(lambda: isinstance(1, list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: isinstance(1))
t(lambda: isinstance(1, int, str))
t(lambda: isinstance(1, int | list[int]))
