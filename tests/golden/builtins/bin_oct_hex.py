# bin(), oct(), hex() of ints, negatives, big ints, bools and __index__ objects; errors for non-integers
for n in (0, 1, -1, 7, -8, 255, 256, 2**64, -(2**70) - 1, True, False):
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()), int(hex(2**100), 16) == 2**100, int(bin(-5), 2), int(oct(64), 8))
print(format(255, "b"), format(255, "#o"), format(-255, "x"), "%x %o %X %#x" % (255, 8, 255, 255))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: bin(1.5))
t(lambda: oct("7"))
t(lambda: hex(None))
t(lambda: hex([]))
t(lambda: bin())
t(lambda: hex(1, 2))
class F:
    def __int__(self): return 5
t(lambda: hex(F()))
class BadI:
    def __index__(self): return 1.5
t(lambda: bin(BadI()))
