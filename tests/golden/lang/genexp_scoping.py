# generator expression scoping: only the first iterable is evaluated eagerly, late binding of the rest
n = 3
g = (i * n for i in range(n))
n = 10
print(list(g))
def source(tag, k):
    print('creating', tag)
    return range(k)
g2 = (a + b for a in source('first', 2) for b in source('second', 2))
print('generator created')
print(list(g2))
try:
    g3 = (x for x in 5)
except TypeError as e:
    print('eager error:', e)
g4 = (1 / x for x in [1, 0])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print('lazy error:', e)
print(next(g4, 'exhausted'))
try:
    class C:
        k = 5
        g = list(k for _ in range(2))
except NameError as e:
    print('class scope is not visible in the genexp:', e)
class D:
    k = 5
    g = list(_ * 2 for _ in range(k))
print(D.g)
print(sum(x * x for x in range(4)), max((len(w), w) for w in ['aa', 'b', 'ccc']))
