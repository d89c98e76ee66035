# assigning __bases__: CPython's checks (tuple of classes, cycles, best base, layout and deallocator), MRO recomputed for subclasses, slots updated
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
class A: pass
class B: pass
class S: __slots__ = ()
class S1: __slots__ = ('x',)
class S2: __slots__ = ('y',)
class L(list): pass
class D(dict): pass
class E(Exception): pass
class C(A): pass
class CS(S1): pass
class M(type): pass
def setb(c, b):
    c.__bases__ = b
    return c.__mro__
t(lambda: setb(C, (B,)))
t(lambda: setb(C, (A, B)))
t(lambda: setb(C, (S,)))
t(lambda: setb(C, (S1,)))
t(lambda: setb(CS, (S2,)))
t(lambda: setb(CS, (S1, A)))
t(lambda: setb(C, (L,)))
t(lambda: setb(C, ()))
t(lambda: setb(C, [A]))
t(lambda: setb(C, (1,)))
t(lambda: setb(A, (C,)))
t(lambda: setb(C, (C,)))
t(lambda: setb(C, (int,)))
t(lambda: setb(C, (bool,)))
t(lambda: setb(int, (object,)))
t(lambda: setb(E, (ValueError,)))
t(lambda: setb(E, (A,)))
t(lambda: setb(C, (A, A)))
t(lambda: setb(C, (object,)))
t(lambda: delattr(C, '__bases__'))
class X(A): pass
class Y(X): pass
t(lambda: setb(X, (B,)) and Y.__mro__)
A.foo = 1; B.foo = 2
print(Y().foo, Y.__mro__)
class P:
    def __repr__(self): return "P!"
t(lambda: setb(X, (P,)) and repr(Y()))
print(A.__subclasses__(), P.__subclasses__())
class Q(L): pass
t(lambda: setb(Q, (D,)))
t(lambda: setb(Q, (list,)))
t(lambda: setb(Q, (L, A)))
t(lambda: setb(Q, (A, L)))
t(lambda: setb(Q, (S,)))
t(lambda: setb(M, (type,)))
t(lambda: setb(M, (object,)))
# slots follow the new bases; a custom mro() and a failing one
class Base1:
    def __len__(self): return 1
    def __getitem__(self, i): return "one"
class Base2:
    def __len__(self): return 2
class Sub(Base1): pass
class SubSub(Sub): pass
print(len(Sub()), len(SubSub()), SubSub()[0])
Sub.__bases__ = (Base2,)
print(len(Sub()), len(SubSub()), SubSub.__mro__, Base1.__subclasses__(), Base2.__subclasses__())
t(lambda: SubSub()[0])
class Meta(type):
    fail = False
    def mro(cls):
        if Meta.fail and cls.__name__ == "MC2":
            raise ValueError("no mro for you")
        return super().mro()
class MA(metaclass=Meta): pass
class MB(metaclass=Meta): pass
class MC(MA): pass
class MC2(MC): pass
Meta.fail = True
t(lambda: setb(MC, (MB,)))
print(MC.__bases__, MC.__mro__, MC2.__mro__)
Meta.fail = False
t(lambda: setb(MC, (MB,)))
print(MC2.__mro__)
print(object.__dictoffset__, type.__dictoffset__, type.__weakrefoffset__, A.__dictoffset__, A.__weakrefoffset__, S.__dictoffset__, S.__weakrefoffset__, E.__dictoffset__)
