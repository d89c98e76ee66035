# set algebra on pseudo-random int sets (deterministic LCG): results printed in iteration order and sorted
state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
for trial in range(12):
    a = {rnd(200) - 50 for _ in range(rnd(40))}
    b = {rnd(200) - 50 for _ in range(rnd(40))}
    u, i, d, x = a | b, a & b, a - b, a ^ b
    assert u == (d | i | (b - a)) and x == (a - b) | (b - a)
    print(trial, len(a), len(b), len(u), len(i), len(d), len(x), a <= u, i <= a, a.isdisjoint(b), sorted(i)[:5])
    print("   ", list(i)[:8], list(x)[:8])
    c = set(a)
    c.intersection_update(b); c.symmetric_difference_update(range(-50, -40)); c.difference_update({0, 1, 2})
    print("   ", sorted(c)[:10], len(c))
fs = frozenset(rnd(10**6) for _ in range(300))
print(len(fs), hash(fs) == hash(frozenset(list(fs))), min(fs), max(fs), sum(fs) % 1000, list(fs)[:10])
big = set(range(10000))
big -= set(range(0, 10000, 2))
big &= set(range(0, 10000, 3))
print(len(big), sorted(big)[:5], list(big)[:5])
