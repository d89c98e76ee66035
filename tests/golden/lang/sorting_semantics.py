# sorting: stability, key functions, reverse stability, errors from mixed types and from key functions, in-place mutation detection
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(sorted(data, key=lambda p: p[0]), key=lambda p: p[1]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted([]), sorted([1.5, 1, True, 0.5]))
for bad in [[1, 'a', 2], [None, 1], [[1], (1,)]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
def bad_key(x):
    if x == 3:
        raise ValueError('key failed on 3')
    return x
try:
    sorted([1, 2, 3], key=bad_key)
except ValueError as e:
    print(e)
class Cmp:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Cmp.calls += 1
        return self.v < o.v
print([c.v for c in sorted(Cmp(v) for v in [5, 3, 8, 1, 9, 2])], Cmp.calls)
victim = [3, 2, 1]
def mutating_key(x):
    victim.append(x)
    return x
try:
    victim.sort(key=mutating_key)
except ValueError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True), list(reversed(sorted([3, 1, 2]))), max([], default=None), min([4, 2], key=lambda x: -x))
try:
    sorted([1], bogus=True)
except TypeError as e:
    print(e)
