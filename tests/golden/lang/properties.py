# property: getter/setter/deleter, decorator and call forms, read-only errors, inheritance and overriding
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, '_c'))
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
class Old:
    def get_x(self): return 'x via property()'
    x = property(get_x, doc='doc of x')
print(Old().x, Old.x.__doc__, type(Old.x).__name__, Old.x.fget.__name__, Old.x.fset)
class Base:
    @property
    def value(self): return 'base'
class Derived(Base):
    @Base.value.getter
    def value(self): return 'derived'
print(Derived().value, Base().value)
class Lazy:
    @property
    def computed(self):
        print('computing')
        return 42
l = Lazy()
print(l.computed, l.computed)
class Raises:
    @property
    def bad(self):
        raise AttributeError('inner attribute error')
    def __getattr__(self, name):
        return f'__getattr__ fallback for {name}'
print(Raises().bad)
