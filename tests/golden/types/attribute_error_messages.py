# AttributeError messages for reads, writes and deletes on builtin instances, types, modules, slotted and user objects
import sys
class User:
    cls_attr = 1
class Slotted:
    __slots__ = ("a",)
def f(): pass
objs = [1, "s", [], {}, None, len, int, User(), User, Slotted(), sys, f, f.__code__, 1.5, (), object(), type]
def r(fn):
    try:
        fn()
        return "ok"
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for o in objs:
    name = type(o).__name__ if not isinstance(o, type) else "type " + o.__name__
    print(name)
    print("   read:", r(lambda: o.missing_attr))
    print("   write:", r(lambda: setattr(o, "new_attr", 1)))
    print("   del:", r(lambda: delattr(o, "missing_attr")))
    print("   del existing:", r(lambda: delattr(o, "__doc__")))
print(r(lambda: delattr(User, "cls_attr")), r(lambda: User().cls_attr), r(lambda: setattr(Slotted(), "a", 1)), r(lambda: Slotted().a))
