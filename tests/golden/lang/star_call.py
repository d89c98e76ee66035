# star arguments in calls: *iterables, **mappings, several of each, mixed with keywords and positionals
def f(*args, **kwargs):
    return args, dict(sorted(kwargs.items()))
print(f(*[1, 2], 3, *(4,), *'ab'))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(1, *range(2), x=1, **{'y': 2}))
print(f(*[], **{}))
def g(a, b, c=3, *, d=4):
    return a, b, c, d
print(g(*(1, 2)), g(1, *[2, 5]), g(**{'a': 1, 'b': 2, 'd': 9}), g(*[1], **{'b': 2}))
args = (1, 2, 3)
print(g(*args), max(*args), print(*args, sep='-'))
class KeysOnly:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(f(**KeysOnly()))
def gen():
    yield from (10, 20)
print(f(*gen()))
for bad in ["f(*1)", "f(**1)", "f(**{'a': 1}, **{'a': 2})", "f(a=1, **{'a': 2})", "g(1, 2, 3, 4)", "f(**{1: 2})"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
print((lambda *a: a)(*range(3), *range(2)))
