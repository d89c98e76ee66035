# list, set, dict comprehensions and generator expressions: filters, nesting, multiple for clauses
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0 if x])
print([(x, y) for x in range(3) for y in range(x)], [c.upper() for c in 'abc'])
print({x % 3 for x in range(10)}, {k: v for k, v in zip('abc', range(3))}, {x: x ** 2 for x in range(4) if x})
print(sum(x for x in range(101)), list(x for x in 'hi'), tuple(i for i in range(3)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
print([x if x > 2 else 0 for x in range(5)], [[j for j in range(i)] for i in range(4)])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(dict((k, len(k)) for k in ['one', 'three']), [*(y for y in range(2))])
print([x for x in []], {x for x in ()}, {k: k for k in ''})
g = (n * 2 for n in range(3))
print(next(g), list(g), list(g))
words = ['apple', 'bob', 'kayak', 'level', 'xyz']
print([w for w in words if w == w[::-1]], {w[0]: w for w in words})
print([(i, j, k) for i in range(2) for j in range(2) if i != j for k in 'ab'])
