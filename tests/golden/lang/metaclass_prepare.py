# __prepare__: custom class namespace, recording definition order, namespace lookups of the class body
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('__prepare__', name, kwargs)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Ordered(metaclass=OrderMeta, option='x'):
    b = 1
    a = 2
    def z(self): pass
    b = 3
print(Ordered.order, Ordered.b)
class DefaultNS(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key[5:].upper()
        raise KeyError(key)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return DefaultNS()
class Auto(metaclass=AutoMeta):
    value = auto_hello
    other = len('abc')
print(Auto.value, Auto.other)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class B(metaclass=BadPrepare): pass
except TypeError as e:
    print(e)
print(type.__prepare__('x', ()), type(type.__prepare__()).__name__)
