# float hashes, float constructor corner cases, float subclasses, float class attributes
import sys
for v in (0.5, -0.5, 0.25, 1e-10, 123.125, 2.0**-1074, 1.7976931348623157e308, -1.0, -2.0, 1e20):
    print(repr(v), hash(v))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix, sys.float_info.max_10_exp)
print(sys.float_repr_style, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
class Temp(float):
    def __new__(cls, v, unit="C"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self):
        return "%s%s" % (float.__repr__(self), self.unit)
x = Temp(21.5)
print(x, repr(x), x + 1, type(x + 1).__name__, x.unit, x == 21.5, hash(x) == hash(21.5), isinstance(x, float))
print(Temp(3, "F"), Temp("4.5").unit, float(x), type(float(x)).__name__, round(x), -x, abs(Temp(-2)))
print(float.__name__, float.__mro__, float.__doc__ is not None, float.__module__)
print(1.5.__class__ is float, type(1e5), type(1.0 * 2), type(2 / 1), type(4 ** -1))
