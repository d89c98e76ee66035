# None, identity checks and singletons: is / is not, None comparisons, NotImplemented, Ellipsis, default returns
def nothing(): pass
def bare_return(): return
print(nothing(), bare_return(), nothing() is None, type(None).__name__, None.__class__ is type(None))
x = None
if x is None:
    print('x is None')
if x is not None:
    print('unreachable')
print(None == None, None != 0, None == False, not None, bool(None), repr(None), str(None))
try:
    None < 1
except TypeError as e:
    print(e)
print(... is Ellipsis, type(...).__name__, repr(...), bool(...), NotImplemented is NotImplemented)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, [] is [], () == ())
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
values = [0, None, '', None, 'x']
print([v for v in values if v is not None], [v for v in values if v])
def default_none(a=None):
    return 'got None' if a is None else a
print(default_none(), default_none(0))
try:
    callee = None
    callee()
except TypeError as e:
    print(e)
try:
    None.x = 1
except AttributeError as e:
    print(e)
print(hash(None) == hash(None), {None: 'none key'}[None])
