# container displays: tuples, lists, dicts, sets, nesting, trailing commas, empty forms
print((), (1,), (1, 2), 1, (((1,),),))
print([], [1], [1, 2, 3,], [[1], [2, [3]]])
print({}, {'a': 1}, {'a': 1, 'b': 2,}, {1: 'one', (2, 3): 'tuple key'})
print(set(), {1}, {3, 1, 2}, {1, 1, 1}, frozenset([2, 1]))
print({'k': 1, 'k': 2}, {1: 'a', 1.0: 'b', True: 'c'})
t = 1, 2, 3
print(t, type(t).__name__)
x = [i for i in range(3)], {i: i * i for i in range(3)}
print(x)
d = {'a': [1, 2], 'b': {'c': (3, 4)}}
print(d['b']['c'][1], d['a'][-1])
print(len([1, [2, 3]]), len({}), len(()), len({1, 2}))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == frozenset({2, 1}))
nested = [[0] * 3 for _ in range(2)]
nested[0][1] = 5
print(nested)
alias = [[0] * 3] * 2
alias[0][1] = 5
print(alias)
print(..., Ellipsis, None, NotImplemented)
