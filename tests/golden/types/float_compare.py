# float comparisons with ints (exact, including huge ints), floats and other types
pairs = [(1.0, 1), (0.1, 0), (2.0**53, 2**53 + 1), (2.0**53, 2**53), (1e300, 10**300), (9007199254740992.0, 9007199254740993),
         (-0.0, 0), (float("inf"), 10**1000), (-1.5, -1), (-1.5, -2), (0.5, True), (1e16, 10**16), (2.0**64, 2**64 - 1)]
for a, b in pairs:
    print(repr(a), repr(b)[:20], a == b, a < b, a > b, a <= b, b == a, b < a, b >= a)
print(sorted([1, 0.5, True, -3, 2.5, 10**20, 1e19]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max([2, 2.0]))
print(0.1 + 0.2 > 0.3, 1.0 == 1.0000000000000002, 1.0 < 1.0000000000000002)
print(1.0 == 1 + 0j, 1.5 != 1.5 + 1j)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: 1.5 < "2")
t(lambda: 1.5 > None)
t(lambda: 1.5 <= 1j)
t(lambda: [1.5] < [None])
t(lambda: (1.5).__lt__(2))
t(lambda: (1.5).__eq__("x"))
