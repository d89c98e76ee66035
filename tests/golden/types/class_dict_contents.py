# contents of class __dict__ in 3.13 (__static_attributes__, __firstlineno__, __weakref__, __dict__), __doc__, __annotations__
class Plain:
    pass
class WithInit:
    "has a docstring"
    attr: int = 5
    def __init__(self):
        self.x = 1
        self.y = 2
    def other(self):
        self.z = 3
class Slotted:
    __slots__ = ("a", "b")
class Child(WithInit):
    def method(self):
        self.w = 0
for cls in (Plain, WithInit, Slotted, Child):
    print(cls.__name__, sorted(cls.__dict__))
print(WithInit.__static_attributes__, Child.__static_attributes__, Plain.__static_attributes__)
print(WithInit.__firstlineno__, Plain.__firstlineno__, Child.__firstlineno__)
print(WithInit.__doc__, Plain.__doc__, Child.__doc__, WithInit.__annotations__, Plain.__annotations__ if hasattr(Plain, "__annotations__") else "")
print(WithInit.__module__, Plain.__dict__["__module__"], type(Plain.__dict__["__dict__"]).__name__, type(Plain.__dict__["__weakref__"]).__name__)
print(sorted(vars(WithInit())), sorted(int.__dict__)[:5], "__dict__" in int.__dict__, "__doc__" in Slotted.__dict__)
Made = type("Made", (), {"q": 1})
print(sorted(Made.__dict__), Made.__static_attributes__ if hasattr(Made, "__static_attributes__") else "none")
