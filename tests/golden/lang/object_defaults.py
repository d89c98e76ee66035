# default behaviour inherited from object: equality by identity, hash, str falls back to repr, format, dir, init args
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), bool(a), a.__eq__(b), a.__ne__(a), a.__lt__(b))
print(format(a, '') == str(a), str(a) == repr(a), object.__repr__(a) == repr(a))
print(Plain.__init__ is object.__init__, Plain.__new__ is object.__new__, Plain.__hash__ is object.__hash__)
try:
    Plain(1)
except TypeError as e:
    print(e)
class OnlyInit:
    def __init__(self, x): self.x = x
print(OnlyInit(5).x)
try:
    object.__init__(OnlyInit(1), 5)
except TypeError as e:
    print(e)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(5)).__name__)
class EqNone:
    __hash__ = None
try:
    hash(EqNone())
except TypeError as e:
    print(e)
class InheritsEq(Plain):
    def __eq__(self, other):
        return True
class RestoresHash(InheritsEq):
    __hash__ = object.__hash__
print(InheritsEq.__hash__, type(hash(RestoresHash())).__name__)
print(object().__class__.__name__, type(object()).__mro__, object.__doc__.split('.')[0])
try:
    object().attr = 1
except AttributeError as e:
    print(e)
print(object.__subclasshook__(Plain) is NotImplemented, Plain.__init_subclass__() is None)
print(object.__reduce_ex__ is not None, sorted(set(dir(Plain)) - set(dir(object))))
