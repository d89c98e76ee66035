# bool: values, arithmetic, bit ops, repr, conversions, subclassing rules
print(True, False, repr(True), str(False), int(True), float(False), type(True).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0j), bool(""), bool("a"), bool([]), bool([0]))
print(bool(()), bool({}), bool(set()), bool(None), bool(range(0)), bool(range(1)), bool(b""), bool(...))
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, +True)
print(True & True, True & False, True | False, False ^ True, True ^ True, type(True & True).__name__)
print(True & 3, type(True & 3).__name__, True | 2, 3 ^ True, True << 3, True >> 1)
print(True == 1, False == 0, True is True, True == 1.0, True < 2, False < True, sorted([True, False, 0, 1]))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__bases__)
print(True.__class__, hash(True), hash(False), {True: "a", 1: "b"})
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate())
print(format(True), format(True, "d"), format(False, "^7"), f"{True!r:>6}", "%s %d %r" % (True, True, False))
print(str(True).upper(), True.__str__(), True.__repr__(), bool.__name__)
class X:
    def __bool__(self): return False
class Y:
    def __len__(self): return 3
class Z:
    pass
print(bool(X()), bool(Y()), bool(Z()), not X(), not Y())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
t(lambda: bool(BadBool()))
t(lambda: bool(BadLen()))
t(lambda: type("B", (bool,), {}))
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
t(lambda: True / False)
t(lambda: bool.from_bytes(b"\x00\x01", "big"))
