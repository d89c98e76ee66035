# dict behaviour the interpreter relies on: insertion order, update/merge operators, views, equality, key errors
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), list(d.values()), list(d.items()))
print(d | {'z': 0}, {'z': 0} | d)
d |= {'a': 'updated', 'new': True}
print(d)
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, list({1: 'a', 2: 'b'}) == list({2: 'b', 1: 'a'}))
keys = d.keys()
print('a' in keys, keys & {'a', 'zzz'}, len(keys), reversed(d).__class__.__name__, list(reversed(d)))
print(d.pop('a'), d.pop('missing', 'default'), d.setdefault('s', []), d.get('nothing'), d.popitem())
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
print(dict([('x', 1), ('y', 2)]), dict(a=1, b=2), dict({'a': 1}, b=2), dict.fromkeys(range(3), 'v'))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested, len(nested['a']['b']))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in sorted(counts.items())}, dict(sorted(counts.items(), reverse=True)))
