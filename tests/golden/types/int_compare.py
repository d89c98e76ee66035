# int comparisons with ints, floats, bools, big values and unorderable types
pairs = [(1, 1), (1, 2), (2, 1), (-1, 1), (10**30, 10**30 + 1), (2**53 + 1, float(2**53)),
         (2**53, float(2**53)), (1, 1.0), (1, 1.5), (0, -0.0), (10**400, float("inf")),
         (-10**400, float("-inf")), (5, float("nan")), (True, 1), (False, 0.0)]
for a, b in pairs:
    print(repr(a)[:15], repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print(3 == 3 + 0j, 3 != 3 + 1j, 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 2**64 == 2**64)
print(max(3, 7, -1), min(3, 7, -1), sorted([10**20, -5, 3, 2**70, 0]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: 1 < "a")
t(lambda: 1 >= None)
t(lambda: 1 > [])
t(lambda: 1 <= 1j)
t(lambda: 1 == "1")
t(lambda: 1 != None)
t(lambda: (1).__lt__("a"))
