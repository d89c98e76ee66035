# membership in range: fast path for ints and bools, __eq__ iteration for other types, float and big int handling
r = range(0, 100, 7)
print(14 in r, 15 in r, -7 in r, 98 in r, 99 in r, True in range(2), False in range(1, 3), 14.0 in r, 14.5 in r, 10**30 in range(10**31))
print(r.count(14), r.count(14.0), r.index(21), range(10**20).index(10**19), (10**20 - 1) in range(10**20), 10**20 in range(10**20))
calls = []
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        calls.append(o)
        return o == self.v
print(E(3) in range(5), calls)
calls.clear()
print(E(30) in range(5), calls)
calls.clear()
print(range(5).count(E(2)), calls)
calls.clear()
class I(int):
    def __eq__(self, o):
        calls.append(("I.eq", o))
        return int.__eq__(self, o)
    __hash__ = int.__hash__
print(I(3) in range(5), calls)
print("a" in range(3), None in range(3), [] in range(3), 1j in range(3), (1 + 0j) in range(3))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: range(3).index(1.0))
t(lambda: range(3).index(E(1)))
t(lambda: range(3).index(E(7)))
