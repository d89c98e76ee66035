# __init_subclass__ (with class keywords), __set_name__ for descriptors, __class_getitem__
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print('registered', cls.plugin_name)
class Csv(Plugin, name='csv'): pass
class Json(Plugin): pass
class Sub(Csv, name='csv2'): pass
print(sorted(Plugin.registry), Sub.plugin_name, Csv.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return f'field {self.name}' if obj else self
class Record:
    first = Field()
    second = Field()
print(Record().first, Record.second.name)
later = Field()
Record.third = later
print(hasattr(later, 'name'))
class Generic:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Generic[int], Generic['x', 1], list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print(e)
class NoGetitem: pass
try:
    NoGetitem[1]
except TypeError as e:
    print(e)
