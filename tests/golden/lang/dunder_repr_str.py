# __repr__ vs __str__ vs __format__: print, str(), repr(), f-strings, containers use repr
class Both:
    def __repr__(self): return 'Both<repr>'
    def __str__(self): return 'Both<str>'
class ReprOnly:
    def __repr__(self): return 'ReprOnly<repr>'
class Fmt:
    def __format__(self, spec): return f'Fmt<{spec}>'
    def __repr__(self): return 'Fmt<repr>'
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r))
print([b, r], (b,), {'k': b})
print(f'{b} {b!r} {b!s} {r} {Fmt():>10} {Fmt()!r}')
print(format(Fmt(), 'spec'), format(b), '{} {!r} {:x}'.format(b, b, Fmt()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
class S(str):
    def __str__(self): return 'overridden'
print(S('orig'), str(S('orig')), S('orig') + '!')
