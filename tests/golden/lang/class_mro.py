# C3 method resolution order: diamonds, cooperative super() calls, inconsistent hierarchies
class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
print([k.__name__ for k in D.__mro__], D().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
try:
    class Bad(A, B): pass
except TypeError as e:
    print(e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
class Init:
    def __init__(self):
        print('Init')
class Left(Init):
    def __init__(self):
        print('Left')
        super().__init__()
class Right(Init):
    def __init__(self):
        print('Right')
        super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        print('Bottom')
        super().__init__()
Bottom()
try:
    class FromInt(int, str): pass
except TypeError as e:
    print(e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(e)
