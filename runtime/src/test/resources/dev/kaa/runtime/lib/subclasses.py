# Python subclasses of property, enumerate, zip, bytearray; __bytes__
class P(property):
    "P doc"
class C:
    @P
    def x(self):
        "getter doc"
        return 42
    @x.setter
    def x(self, v):
        self._x = v
    y = P(lambda self: 1)
c = C()
print(c.x, C.x.__doc__, type(C.x).__name__, C.y.__doc__, C.x.__name__)
c.x = 5; print(c._x)
try: del c.x
except AttributeError as e: print(e)
class Q(property):
    pass
q = Q(doc='qq'); print(q.__doc__)
class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('a')).__name__)
class Z(zip): pass
print(list(Z([1], [2])))
class BA(bytearray):
    def hi(self): return b'hi' + self
print(BA(b'x').hi(), BA(b'xy')[::-1], type(BA(b'xy').upper()).__name__)
class Outer:
    class Inner:
        @property
        def p(self): return 1
try: Outer.Inner().p = 2
except AttributeError as e: print(e)
class WithSlots:
    __slots__ = ()
    @property
    def v(self): return 'v'
print(WithSlots().v)
p = property(None, None, None, None)
class D: z = p
try: D().z
except AttributeError as e: print(e)
print(property.__doc__[:20], property.fget.__doc__ if hasattr(property.fget, '__doc__') else '')
print(sorted(n for n in dir(property) if not n.startswith('_')))
print(sorted(n for n in dir(bytearray) if not n.startswith('_')) == sorted(n for n in dir(bytearray) if not n.startswith('_')))
print(sorted(set(dir(bytes)) - set(dir(bytearray))), sorted(n for n in set(dir(bytearray)) - set(dir(bytes)) if not n.startswith('__')))
class B:
    def __bytes__(self): return b'BB'
class Bad:
    def __bytes__(self): return 1
print(bytes(B()), bytes(b'x').__bytes__(), bytearray(B()) if False else '')
try: bytes(Bad())
except TypeError as e: print(e)
class SB(bytes): pass
print(type(bytes(SB(b'q'))).__name__, bytes(SB(b'q')), type(SB(b'q').__bytes__()).__name__, SB(B()))
