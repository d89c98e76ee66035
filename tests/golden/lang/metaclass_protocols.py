# metaclass methods act on classes: __iter__/__len__/__contains__/__getitem__ on a class, __repr__ of classes, operators
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_')}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(cls._members.items())
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, value):
        return value in cls._members.values()
    def __getitem__(cls, name):
        return cls._members[name]
    def __repr__(cls):
        return f'<enum {cls.__name__} {list(cls._members)}>'
    def __or__(cls, other):
        return f'{cls.__name__}|{other.__name__}'
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
class Size(metaclass=EnumMeta):
    SMALL = 's'
print(list(Color), len(Color), 2 in Color, 7 in Color, Color['BLUE'], repr(Color), Color | Size)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
print(sorted(name for name, _ in Color), str(Size), [v for _, v in Size])
class CallCounter(type):
    count = 0
    def __call__(cls, *a, **k):
        CallCounter.count += 1
        return super().__call__(*a, **k)
class Widget(metaclass=CallCounter):
    def __init__(self, n): self.n = n
ws = [Widget(i) for i in range(4)]
print(CallCounter.count, ws[-1].n)
class AttrMeta(type):
    def __getattr__(cls, name):
        return f'{cls.__name__}.{name} via metaclass __getattr__'
class Dyn(metaclass=AttrMeta):
    real = 'real attribute'
print(Dyn.real, Dyn.virtual)
try:
    Dyn().virtual
except AttributeError as e:
    print(e)
