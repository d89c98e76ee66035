# type() builtin: one-argument form for many objects, three-argument form with methods, slots, kwargs to __init_subclass__
for x in (1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., NotImplemented,
          True, len, print, type, object(), iter([]), (x for x in []), {}.keys(), {}.values(), {}.items(), zip(), map(len, []),
          filter(None, []), enumerate([]), reversed([]), property(), classmethod(len), staticmethod(len), super(int, 1), memoryview(b"")):
    print(type(x).__name__, type(x).__qualname__, type(x).__module__)
Point = type("Point", (), {"__init__": lambda self, x: setattr(self, "x", x), "__repr__": lambda self: "Point(%r)" % self.x, "__slots__": ("x",)})
p = Point(3)
print(p, type(p), type(p).__name__, Point.__slots__, hasattr(p, "__dict__"))
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
Tagged = type("Tagged", (Base,), {}, tag="hello")
print(Tagged.tag, Tagged.__mro__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
M = Meta("M", (), {})
print(type(M).__name__, M.made_by, type(type(M)).__name__, isinstance(M, type))
print(type(int)("42"), type("")(5), type(1.0)("2.5"), type([])((1, 2)), type({})(a=1))
