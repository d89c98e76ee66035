# NotImplemented: falls back to the reflected method, then TypeError with CPython's message
class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('A.__radd__')
        return NotImplemented
    def __lt__(self, o):
        print('A.__lt__')
        return NotImplemented
class B:
    def __radd__(self, o):
        print('B.__radd__')
        return 'B wins'
    def __gt__(self, o):
        print('B.__gt__')
        return 'B.__gt__ result'
print(A() + B())
print(A() < B())
try:
    A() + A()
except TypeError as e:
    print(e)
try:
    A() < A()
except TypeError as e:
    print(e)
try:
    A() - 1
except TypeError as e:
    print(e)
try:
    1 @ A()
except TypeError as e:
    print(e)
class E:
    def __eq__(self, o):
        print('E.__eq__')
        return NotImplemented
e = E()
print(e == e, e != E(), e == 1)
print(bool(NotImplemented.__class__.__name__), repr(NotImplemented))
print(int.__add__(1, 'a'), float.__mul__(2.0, 'x'), str.__add__.__name__)
