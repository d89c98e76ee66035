# int methods and attributes: bit_length, bit_count, as_integer_ratio, conjugate, real, imag, is_integer
for n in (0, 1, -1, 7, -8, 255, 256, 2**63, -(2**63), 10**30):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(),
          n.real, n.imag, n.numerator, n.denominator, n.is_integer())
print(True.bit_length(), True.as_integer_ratio(), True.real, type(True.real), type(True.numerator))
print(int.__name__, int.__qualname__, int.__module__)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__bool__(), (0).__bool__())
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (1234).__round__(-2))
print((5).__hash__(), (-1).__hash__(), (-2).__hash__())
print((5).__sizeof__() > 0)
print((5).__getnewargs__(), (5).__format__("x"), (5).__repr__(), (5).__str__())
print((3).__eq__(3), (3).__eq__(3.0), (3).__lt__(4), (3).__ne__("a"), (3).__ge__(None))
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
print(sorted(m for m in dir(int) if not m.startswith("_")))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: (5).bit_length(1))
t(lambda: int.bit_length())
t(lambda: int.bit_length("a"))
t(lambda: (5).real.__class__)
t(lambda: setattr(5, "real", 3))
t(lambda: setattr(5, "foo", 3))
t(lambda: (5).foo)
t(lambda: int.foo)
