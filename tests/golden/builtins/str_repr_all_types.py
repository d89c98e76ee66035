# str() and repr() of values of every builtin type inside containers (containers always use repr of items)
import sys
values = [0, -1, 2**70, 1.0, -0.0, 1e100, float("inf"), float("nan"), 1j, -1 - 1j, True, None, ..., NotImplemented,
          "s", "", "'", b"", b"\x00", bytearray(b"a"), [], [[]], (), (1,), {}, {1: {}}, set(), {1}, frozenset(), frozenset({2}),
          range(3), range(1, 2, 3), slice(1), slice(None, 2, None), int, type, object, len, KeyError, KeyError("k"), ValueError(),
          {}.keys(), {1: 2}.values(), {1: 2}.items(), type(None), sys]
for v in values:
    print(type(v).__name__, "|", str(v), "|", repr(v), "|", [v], "|", (v,))
print(str(int.__add__)[:25], repr(str.join)[:25], str(dict.fromkeys)[:25], repr(object.__init__)[:30])
class A:
    pass
print(repr(A), str(A), repr(A.__init__)[:30], str(type(A)), repr(A.__dict__["__module__"]))
