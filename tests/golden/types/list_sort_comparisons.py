# list.sort comparison counts and order (CPython's timsort/powersort): counts __lt__ calls on pseudo-random data
count = 0
class K:
    __slots__ = ("v", "i")
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v
state = 42
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
for n, spread in ((10, 5), (64, 1000), (100, 3), (500, 50), (1000, 10**6), (2000, 7)):
    data = [K(rnd(spread), i) for i in range(n)]
    count = 0
    data.sort()
    stable = all(data[j].v < data[j + 1].v or (data[j].v == data[j + 1].v and data[j].i < data[j + 1].i) for j in range(n - 1))
    print(n, spread, count, stable, [k.v for k in data[:6]])
for name, seq in (("sorted", list(range(300))), ("reversed", list(range(300, 0, -1))), ("sawtooth", [i % 17 for i in range(300)]),
                  ("runs", list(range(100)) + list(range(50)) + list(range(100, 0, -1))), ("equal", [5] * 300)):
    data = [K(v, i) for i, v in enumerate(seq)]
    count = 0
    data.sort()
    print(name, count, [k.i for k in data[:5]])
    count = 0
    data.sort(reverse=True)
    print(name, "reverse", count, [k.i for k in data[:5]])
count = 0
keyed = sorted(range(200), key=lambda x: K((x * 37) % 101, x))
print(count, keyed[:10])
