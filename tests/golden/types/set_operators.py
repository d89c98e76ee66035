# set and frozenset operators: | & - ^ and comparisons, mixed set/frozenset result types, in-place forms
a, b = {1, 2, 3}, frozenset({2, 3, 4})
print(a | b, a & b, a - b, a ^ b, type(a | b).__name__, type(b | a).__name__, type(b & a).__name__, type(b - a).__name__)
print(a == {3, 2, 1}, a == frozenset(a), a != b, {1} < a, a < a, a <= a, a > {1}, a >= b, b > frozenset())
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == {1, 3}, set() == frozenset(), set() < {0})
x = {1, 2, 3}
y = x
x |= {4}; print(x, x is y)
x &= {1, 2, 4, 8}; print(x, x is y)
x -= {1}; print(x)
x ^= {4, 5}; print(x, x is y)
f = frozenset({1, 2})
g = f
f |= {3}; print(f, g, f is g, type(f).__name__)
print(sorted({(1, 2), (0, 5), (1, 1)}), {-1, -2, 0, 2**64, 2**61 - 1, 10})
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: {1} | [2])
t(lambda: [2] | {1})
t(lambda: {1} & "a")
t(lambda: {1} - None)
t(lambda: {1} ^ (1,))
t(lambda: {1} < [1])
t(lambda: {1} + {2})
t(lambda: {1} * 2)
S1 = {1}
t(lambda: S1[0])
t(lambda: frozenset({1}) | 5)
def ior_list():
    s = {1}
    s |= [2]
t(ior_list)
def isub_tuple():
    s = {1}
    s -= (1,)
t(isub_tuple)
t(lambda: sorted([{1, 2}, {1}, {3}]))
t(lambda: max({1}, {2}))
