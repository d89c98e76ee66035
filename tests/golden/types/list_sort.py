# list.sort and sorted: stability, key, reverse (stable too), mixed types errors, mutation during sort
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True), sorted([3, 1, 2], reverse=True), sorted([]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Fig", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2.5, 10**20, -10**20, 0, True, -0.5]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
a = [9, 8, 7]; r = a.sort(); print(r, a)
a.sort(key=lambda x: -x); print(a)
a.sort(reverse=True); print(a)
a.sort(key=None, reverse=False); print(a)
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
pairs = [(i % 7, i) for i in range(50)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "C%d" % self.v
print(sorted([C(2), C(1), C(3)]), max([C(2), C(5), C(1)], key=lambda c: c.v))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: sorted([1, "a"]))
t(lambda: sorted([None, None]))
t(lambda: [1, 2].sort(key=5))
t(lambda: [1, 2].sort(lambda x: x))
t(lambda: [1, 2].sort(reverse=None))
t(lambda: [1, 2].sort(cmp=None))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted(5))
t(lambda: [3, 1j].sort())
def mutate():
    a = [3, 2, 1]
    def k(x):
        a.append(x)
        return x
    a.sort(key=k)
    return a
t(mutate)
