# tuples: packing, immutability, the famous t[0] += [x] error that still mutates, hashing with mutable members
t = 1, 2, 3
single = 'only',
empty = ()
print(t, single, empty, type(single).__name__, len(empty), (1) == 1, (1,) == 1)
try:
    t[0] = 9
except TypeError as e:
    print(e)
holder = ([1], 'x')
try:
    holder[0] += [2]
except TypeError as e:
    print(e)
print(holder)
holder[0].append(3)
print(holder, hash((1, 'a', (2, 3))) == hash((1, 'a', (2, 3))))
try:
    hash(([],))
except TypeError as e:
    print(e)
a, b = b, a = 1, 2
print(a, b)
print(t + (4,), t * 2, t[::-1], t.index(2), t.count(3), 2 in t, max(t), sorted(t, reverse=True))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u, nested[1][1][0])
print(tuple('abc'), tuple(range(3)), tuple({1: 'x'}), tuple(x * x for x in range(3)))
print((1, 2) < (1, 2, 3), (2,) > (1, 99), () < (0,), (1, 'a') == (1, 'a'))
try:
    t.append(4)
except AttributeError as e:
    print(e)
def multiple_returns():
    return 1, 'two', [3]
n, s2, l = multiple_returns()
print(n, s2, l, multiple_returns())
