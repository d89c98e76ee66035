# method resolution order: C3 linearization, diamond inheritance, mro() override, inconsistent MRO errors
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
names = lambda cls: [k.__name__ for k in cls.__mro__]
print(names(Z))
print(names(K1), names(K2), names(K3))
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__, [k.__name__ for k in Z.__bases__])
class Left: x = "left"
class Right: x = "right"
class Both(Left, Right): pass
class Both2(Right, Left): pass
print(Both.x, Both2.x, names(Both), names(bool), names(type), names(Exception))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
def bad1():
    class X(A, O): pass
    return names(X)
t(bad1)
def bad2():
    class X(O, A): pass
t(bad2)
def bad3():
    class X(A, A): pass
t(bad3)
def bad4():
    class P1(A, B): pass
    class P2(B, A): pass
    class X(P1, P2): pass
t(bad4)
class ReverseMeta(type):
    def mro(cls):
        return [cls] + list(reversed(super().mro()[1:]))
class R(A, B, metaclass=ReverseMeta): pass
print(names(R))
print(issubclass(Z, O), issubclass(Z, (int, E)), Z.__subclasses__(), [k.__name__ for k in K1.__subclasses__()], [k.__name__ for k in A.__subclasses__()][:2])
