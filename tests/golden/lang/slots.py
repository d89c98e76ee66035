# __slots__: no __dict__, assignment restricted, slot descriptors, inheritance with and without slots
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
p.y = 2
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(e)
class Child(P):
    pass
c = Child(5)
c.anything = 'allowed, child has a dict'
print(c.anything, c.x)
class SlotChild(P):
    __slots__ = ('z',)
s = SlotChild(1)
s.z = 3
print(s.x, s.z, SlotChild.__slots__)
try:
    s.w = 0
except AttributeError as e:
    print(e)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
class Single:
    __slots__ = 'only'
print(Single.__slots__)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 5
except ValueError as e:
    print(e)
class Str:
    __slots__ = ()
try:
    Str().x = 1
except AttributeError as e:
    print(e)
