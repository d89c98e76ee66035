# unpacking assignment: tuples, lists, nested targets, swaps, iterables, starred targets
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
[f, [g, h]] = 6, (7, 8)
print(c, d, e, f, g, h)
x, y, z = 'xyz'
print(x, y, z)
p, q = {'k1': 1, 'k2': 2}
print(p, q)
first, *rest = range(5)
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
head, *mid, tail = 'abcdef'
print(head, mid, tail)
one, *empty, two = 1, 2
print(one, empty, two)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
*all_of_it, = range(3)
print(all_of_it)
i = j = k = 0
i += 1
print(i, j, k)
aa = bb = [1]
aa.append(2)
print(bb)
L = [0, 0, 0]
idx = 0
idx, L[idx] = 2, 'set'
print(idx, L)
class O: pass
o = O()
o.a, o.b = 'A', 'B'
print(o.a, o.b)
d = {}
d['x'], d['y'] = divmod(17, 5)
print(d)
for (k, v), w in [((1, 2), 3)]:
    print(k, v, w)
