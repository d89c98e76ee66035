# classes created at runtime with type(): methods, bases, class attributes, __qualname__, metaclass keywords
def init(self, x):
    self.x = x
Base = type('Base', (), {'__init__': init, 'describe': lambda self: f'Base({self.x})', 'kind': 'base'})
Derived = type('Derived', (Base,), {'describe': lambda self: 'Derived:' + Base.describe(self), 'kind': 'derived'})
d = Derived(5)
print(d.describe(), d.kind, Derived.__mro__[1].__name__, Derived.__qualname__, Derived.__module__)
print(type(d).__name__, isinstance(d, Base), Base.__dict__['kind'], sorted(k for k in Derived.__dict__ if not k.startswith('__')))
classes = [type(f'C{i}', (), {'n': i}) for i in range(3)]
print([c.__name__ for c in classes], [c().n for c in classes])
Derived.__name__ = 'Renamed'
print(Derived.__name__, Derived.__qualname__, repr(Derived).endswith("Renamed'>"))
Derived.__qualname__ = 'Outer.Renamed'
print(Derived.__qualname__)
Base.added = lambda self: 'added after creation'
print(d.added())
try:
    type('Bad', (5,), {})
except TypeError as e:
    print(e)
try:
    type('Bad', (), [])
except TypeError as e:
    print(e)
Meta = type('Meta', (type,), {'tag': 'meta'})
WithMeta = Meta('WithMeta', (), {})
print(type(WithMeta).__name__, WithMeta.tag)
print(type.__name__, type(type).__name__, object.__name__, type.__bases__)
