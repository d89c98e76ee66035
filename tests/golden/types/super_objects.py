# super(): zero-argument and two-argument forms, MRO walking, descriptors through super, repr-free attributes, errors
class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return "A.cwho(" + cls.__name__ + ")"
    @property
    def prop(self): return "A.prop"
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cwho(cls): return "B>" + super().cwho()
    @property
    def prop(self): return "B>" + super().prop
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
d = D()
print(d.who(), D.cwho(), d.prop, [k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(C, d).who(), super(D, d).who(), super(D, D).cwho(), super(B, D).cwho())
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
class Init:
    def __init__(self, x): self.x = x
class Child(Init):
    def __init__(self): super().__init__(42)
print(Child().x)
class Strs(str):
    def upper(self): return "custom " + super().upper()
print(Strs("abc").upper(), super(Strs, Strs("q")).__len__())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: super(B, d).nope)
t(lambda: super(B, 5))
t(lambda: super(5, d))
t(lambda: super())
t(lambda: super(B, A()))
def outside():
    return super().who()
t(outside)
class Static:
    @staticmethod
    def f(): return super().__repr__()
t(Static.f)
t(lambda: super(B, d).__setattr__("x", 1) or d.x)
t(lambda: setattr(super(B, d), "y", 1))
