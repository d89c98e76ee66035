# property details new or changed up to 3.13: __name__, __isabstractmethod__, __set_name__ interplay, subclassing property
class C:
    @property
    def size(self):
        "size doc"
        return 3
    other = property(lambda self: 1)
    def _get(self): return "g"
    named = property(_get)
print(C.size.__name__, C.other.__name__, C.named.__name__, C.size.__doc__, C.size.__isabstractmethod__)
p = property(doc="just doc")
try:
    print(p.__name__)
except AttributeError as e:
    print("AttributeError:", e)
p.__name__ = "assigned"
print(p.__name__)
class CachedProperty(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = super().__get__(obj, objtype)
        return ("cached", value)
class D:
    @CachedProperty
    def val(self):
        "val doc"
        return 10
d = D()
print(d.val, type(D.val).__name__, D.val.__doc__, D.val.__name__, isinstance(D.val, property))
e = D.val.getter(lambda self: 20)
print(type(e).__name__, e.__get__(d, D))
class WithSetName:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
class Owner:
    attr = WithSetName()
    prop = property(lambda self: 0)
print(Owner.prop.__name__ if hasattr(Owner.prop, "__name__") else None)
