# list.sort with tuple keys (CPython's unsafe_tuple_compare pre-check): the same == and < calls, in the same
# order, as tuple comparison; mixed first-item types, NaN, big ints, empty tuples, subclasses and errors
log = []
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v
    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v
    def __repr__(self): return f"K({self.v})"
    __hash__ = None

state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

data = [(rnd(4), K(rnd(5)), i) for i in range(40)]
data.sort()
print([(a, k.v, i) for a, k, i in data][:10], len(log), log[:8])
log.clear()
data = [(K(rnd(3)), rnd(5)) for i in range(30)]
data.sort()
print([(k.v, b) for k, b in data][:8], len(log), log[:6])
log.clear()
data = [("s" + str(rnd(6)), K(rnd(3))) for i in range(30)]
data.sort(reverse=True)
print([(a, k.v) for a, k in data][:8], len(log))

# first items: floats with NaN, big ints, mixed int and float, strs with non-BMP characters
nan = float("nan")
print(sorted([(3.0, "a"), (nan, "b"), (1.5, "c"), (nan, "a"), (-0.0, "z"), (0.0, "y")]))
print(sorted([(10**20, 1), (5, 2), (-10**30, 3), (5, 1), (2**63, 0)]))
print(sorted([(1, "b"), (1.0, "a"), (True, "c"), (0.5, "d")]))
print(sorted([("\U0001F600", 1), ("a", 2), ("\uffff", 3), ("\U0001F600", 0), ("", 9)]))
print(sorted([(1, 2), (1,), (), (0, 5, 6), (1, 2, 3)]))
print(sorted([((2, 1), "x"), ((1, 9), "y"), ((2, 0), "z"), ((1, 9), "a")]))
print(sorted([(1, 2), [1, 2]] if False else [(2, "b"), (1, "a")], key=lambda t: t))
class T(tuple): pass
print(sorted([T((2, 1)), (1, 5), T((1, 4))]))
print(sorted([(5, [3]), (5, [1, 2]), (4, [9])]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([("a", 1), (2, 1)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), 3])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, nan), (1, 2.0), (0, nan)]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: (-len(w), w), reverse=True))
