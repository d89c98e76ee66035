# infinite generators and iterators consumed partially by zip, next, enumerate, any/all, map, filter, in, and loops with break
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def count_calls():
    count_calls.n += 1
    return count_calls.n
count_calls.n = 0
print(list(zip("abc", naturals())), next(naturals()), [x for x, _ in zip(naturals(), range(4))])
print(any(x > 10 for x in naturals()), 5 in naturals(), next(x for x in naturals() if x * x > 50))
print(list(zip(range(3), map(lambda x: x * x, naturals()))), list(zip(range(3), filter(lambda x: x % 3 == 0, naturals()))))
for i, v in enumerate(naturals()):
    if i == 3:
        print("broke at", v)
        break
it = iter(count_calls, 5)
print(list(it), count_calls.n)
g = naturals()
print(next(g), next(g), list(zip(g, "xy")), next(g))
print(all(x < 5 for x in naturals()), sum(x for x, _ in zip(naturals(), range(100))), max(zip(range(3), naturals())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)], next(x for x in fib() if x > 10**20))
g2 = naturals()
for x in g2:
    if x > 2:
        break
print(next(g2), g2.gi_suspended if hasattr(g2, "gi_suspended") else "", g2.close(), next(g2, "closed"))
