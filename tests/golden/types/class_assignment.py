# __class__ assignment between compatible user classes, and the errors for builtins and incompatible layouts
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class SlotA:
    __slots__ = ("x",)
class SlotB:
    __slots__ = ("x",)
class SlotC:
    __slots__ = ("y",)
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
s = SlotA()
s.x = 1
s.__class__ = SlotB
print(type(s).__name__, s.x)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: setattr(s, "__class__", SlotC))
t(lambda: setattr(a, "__class__", SlotA))
t(lambda: setattr(a, "__class__", int))
t(lambda: setattr(1, "__class__", bool))
t(lambda: setattr([], "__class__", tuple))
t(lambda: setattr(a, "__class__", 5))
t(lambda: delattr(a, "__class__"))
class MyList(list):
    pass
class MyList2(list):
    pass
ml = MyList([1])
ml.__class__ = MyList2
print(type(ml).__name__, ml)
t(lambda: setattr(ml, "__class__", list))
import sys
ModuleType = type(sys)
class MyModule(ModuleType):
    def greet(self): return "hello from " + self.__name__
mod = ModuleType("m")
mod.__class__ = MyModule
print(mod.greet(), type(mod).__name__)
