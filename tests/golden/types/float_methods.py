# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real, imag, trunc/floor/ceil/round dunders
for v in (0.0, -0.0, 1.0, 0.5, -2.75, 0.1, 1e300, 5e-324, 3.0, 1e16, 123.456):
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex(), v.conjugate(), v.real, v.imag)
for s in ("0x1.8p1", "0X1P-2", "-0x1.fffffffffffffp+1023", "0x.8", "0x1", "  0xA.8p0  ", "inf", "-Infinity",
          "nan", "0x1p-1074", "0x1.0000000000000p0", "1", "0x10", "-0x0p0", "0x1.00000000000008p0"):
    print(s, repr(float.fromhex(s)))
print(float.hex(float("inf")), float.hex(float("-inf")), float.hex(float("nan")), (-0.0).hex())
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.567).__round__(2))
print((7.0).__int__(), (7.5).__float__(), (7.5).__bool__(), (0.0).__bool__(), (1.5).__neg__(), (-1.5).__abs__())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__rsub__(1), (1.5).__add__("x"), (3.0).__getnewargs__())
print((2.0).__pow__(3), (2.0).__rpow__(3), (7.5).__divmod__(2), (7.5).__rdivmod__(2), (7.5).__mod__(-2))
print(sorted(m for m in dir(float) if not m.startswith("_")))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())
t(lambda: float.fromhex("0x1p10000"))
t(lambda: float.fromhex("xyz"))
t(lambda: float.fromhex("0x1.8p"))
t(lambda: float.fromhex(1.5))
t(lambda: float.fromhex("0x1p-1080"))
t(lambda: (1.5).hex(1))
t(lambda: (1.5).is_integer(1))
t(lambda: setattr(1.5, "real", 2))
t(lambda: float.__getformat__("double"))
t(lambda: float.__getformat__("long"))
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
