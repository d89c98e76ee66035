# comparison operators on builtin types: sequences lexicographic, sets as subset tests, mixed numeric, strings by code point
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], (1, 'a') < (1, 'b'), [] < [0], ((), ()) == ((), ()))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} < {3}, {1} == frozenset({1}))
print(1 < 1.5 < 2, 2 == 2.0 == 2 + 0j, 10**30 < 1e31, -0.0 == 0, 1 < True + 1, 'a' < 'B', 'Z' < 'a')
print('abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z', b'a' < b'b', bytearray(b'a') == b'a')
print(float('nan') < 1, float('nan') > 1, float('nan') == float('nan'), float('inf') > 10**400)
for a, b in [([1], (1,)), ('a', 1), ({}, {}), (1j, 2j), ({1}, [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(max([3, 1, 2]), min('hello'), max([(1, 'b'), (1, 'a')]), sorted([[2], [1, 5], [1]]))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], (1, 2) != (1, 2.0))
class Loop:
    def __eq__(self, other):
        return 'truthy string'
print(Loop() == 1, [Loop()] == [1], Loop() in [1], (Loop(),) == (2,))
