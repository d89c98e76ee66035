# abs() and divmod() on ints, floats, complex, bools and objects with __abs__/__divmod__, plus errors
print(abs(-5), abs(5), abs(-0), abs(-2**100), abs(-1.5), abs(-0.0), abs(float("-inf")), abs(3 + 4j), abs(True), abs(False))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 7), divmod(True, 2), divmod(0, 5))
class A:
    def __abs__(self): return "absolute"
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(abs(A()), divmod(A(), 3), divmod(3, A()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: abs("x"))
t(lambda: abs(None))
t(lambda: abs([]))
t(lambda: abs())
t(lambda: abs(1, 2))
t(lambda: abs(x=1))
t(lambda: divmod(1))
t(lambda: divmod(1, 2, 3))
t(lambda: divmod("a", 1))
t(lambda: divmod(1, "a"))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1j, 1))
t(lambda: divmod(None, None))
