# enumerate, zip, map, filter, reversed, property: results and CPython's error messages
class C:
    @property
    def x(self):
        "the x"
        return 1
    y = property()
    z = property(lambda self: 2)
c = C()
for f in (lambda: setattr(c, 'x', 1), lambda: delattr(c, 'x'), lambda: c.y, lambda: setattr(c,'z',3), lambda: property(1,2,3,4,5),
          lambda: property(fget=1, foo=2), lambda: C.x.__get__(None, None), lambda: 0):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(C.x.__doc__, C.x.__name__, C.y.__name__ if hasattr(C.y,'__name__') else 'noname', C.z.__name__)
p = property(doc="d"); print(p.__doc__, p.fget, p.getter(len).fget, p.getter(len).__doc__)
print(C.x.__get__(None, C) is C.x, C.x.__isabstractmethod__)
q = property(len); print(q.__doc__ == len.__doc__); 
try: q.__name__
except Exception as e: print(type(e).__name__, e)
q2 = q.setter(print); print(q2.__doc__ == len.__doc__)
class D:
    w = q
try: D().w
except Exception as e: print(type(e).__name__, e)
print(D.w.__name__)
print(list(enumerate('ab', 5)), list(enumerate(iterable='a', start=2)))
for f in (lambda: enumerate(), lambda: enumerate(1), lambda: enumerate('a', 'b'), lambda: enumerate('a', 1, 2), lambda: enumerate('a',start=1.5),
          lambda: list(zip('ab', 'abc', strict=True)), lambda: list(zip('abc', 'ab', strict=True)), lambda: list(zip('a','a','ab', strict=True)),
          lambda: list(zip('ab','ab','a', strict=True)), lambda: zip(1), lambda: zip('a', x=1), lambda: map(len), lambda: map(), lambda: map(len, 1), lambda: filter(None), lambda: filter(None, 1, 2),
          lambda: reversed(1), lambda: reversed(), lambda: reversed([], 1), lambda: reversed(x=1), lambda: list(reversed('abc')), lambda: list(reversed(range(3))),
          lambda: list(reversed([1,2])), lambda: type(reversed('ab')), lambda: list(filter(None, [0,1,2,'',3])), lambda: list(map(pow, [2,3],[3,2,1])), lambda: enumerate(x=1),
          lambda: list(enumerate('ab', 2**64)), lambda: reversed('abc').__length_hint__(), lambda: list(zip()), lambda: map(len, 'a', x=1), lambda: filter(None, [], x=1)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
