# mutation while iterating: dicts and sets raise RuntimeError, lists see the change, views reflect updates
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'new'
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)
d = {1: 'a', 2: 'b', 3: 'c'}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
keys = d.keys()
d[9] = 'z'
print(keys, list(d.values()), list(d.items()), len(keys))
d2 = {'a': 1}
try:
    for k in d2:
        del d2[k]
        d2['b'] = 2
except RuntimeError as e:
    print(e)
print(d2)
nums = [1, 2, 3, 4]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
d3 = {'x': 1}
for k in d3:
    d3[k] = 'value updates are fine'
print(d3)
