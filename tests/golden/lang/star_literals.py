# starred expressions in list, tuple, set and dict displays, and in for targets / return statements
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a], (*a,), [*'xy', *range(2)])
d1 = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 4}
print({**d1, **d2}, {**d2, **d1}, {'z': 0, **d1, 'a': 'override'}, {**{}})
print(*[*a, *b])
def ret():
    return *a, *b
print(ret())
def yielder():
    yield *a, 0
print(list(yielder()))
x = *a, 5
print(x)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
print([*(i for i in range(3))], {**dict.fromkeys('ab', 0)})
try:
    {**[1, 2]}
except TypeError as e:
    print(e)
try:
    [*5]
except TypeError as e:
    print(e)
print(sorted({*range(3), *range(2, 5)}))
