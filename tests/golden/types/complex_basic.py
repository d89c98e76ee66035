# complex: construction, repr/str, attributes, arithmetic, conjugate, abs, equality and hashing
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 0), complex(3), complex(1e300, 1e-300),
        complex(float("inf"), 1), complex(1, float("nan")), complex(2.5, 0), 1e16j, 0.1j, complex(-0.0, -0.0)]
for c in vals:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), abs(c) if c.real != float("inf") else "inf")
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a == 3 + 4j, a != b, a ** 2, a ** 0.5, b ** -1)
print(a + 1, 1 + a, a * 2.5, 2 / a, a - True, a == 3, (3 + 0j) == 3, (3 + 0j) == 3.0, 1j ** 2, 1j * 1j)
print(pow(2j, 3), (1 + 1j) ** 10, 0j ** 0, (2 + 0j) ** 0.5, 2 ** 1j, complex(0, 1) ** complex(0, 1))
print(complex(), complex(1, 2), complex(real=1.5, imag=-2), complex("1+2j"), complex(" -3.5-4J "), complex("j"))
print(complex("-j"), complex("1e3j"), complex("(1+1j)"), complex("infj"), complex("nan+nanj"), complex(1j, 1j), complex(1, 1j))
print(hash(1 + 0j) == hash(1), hash(0j), hash(complex(1, 1)), hash(-1 + 0j))
print(type(1j).__name__, complex.__mro__, (1j).__class__, isinstance(1j, complex))
print(1j.__add__(1), (1j).__radd__(2), (1j).__mul__("x"), (2 + 3j).__getnewargs__(), (1 + 1j).__bool__(), bool(0j))
print(format(1 + 2j), format(1.5 - 2j, ".2f"), format(1 + 2j, "^20"), format(-1j, "e"), format(1e10j, "g"), format(3 + 0j, ""))
print(f"{1 + 2j:+.1f}", f"{2j:>10}", f"{complex(1, -0.0)}", "%s %r" % (1j, 2 + 1j))
class C(complex):
    pass
print(C(1, 2), type(C(1, 2) + 1).__name__, C("3j"))
class HasComplex:
    def __complex__(self): return 2 + 2j
print(complex(HasComplex()), complex(HasComplex(), 1))
