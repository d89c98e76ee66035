# iteration order of int sets and dicts after growth and deletions (must follow CPython's hash table layout)
s = set()
for i in range(0, 200, 7):
    s.add(i * 31 % 97)
print(list(s))
s2 = {i * 1000 for i in range(40)}
print(list(s2))
s3 = set(range(100))
for i in range(0, 100, 3):
    s3.remove(i)
for i in (500, 1000, 2**40, -1, -2):
    s3.add(i)
print(list(s3))
s4 = {2**k for k in range(70)}
print(list(s4)[:30])
s5 = {-k for k in range(20)} | {k * 8 for k in range(20)}
print(list(s5))
print(list({5, 13, 21, 29, 37, 45}), list({8, 16, 24, 32, 40, 48, 56}), list(frozenset(range(30, 0, -4))))
s6 = set()
for i in range(50):
    s6.add(i)
    if i % 5 == 0:
        s6.discard(i // 2)
print(list(s6))
print(list({1.5, 2.5, 0.5, -0.5}), list({(1, 2), (2, 1)}) == list({(1, 2), (2, 1)}), list({True, 2, 3.0}))
print(list(set([9, 1, 8, 2, 7, 3]) & {1, 2, 3, 7}), list({1, 2, 3} | {100, 50, 25}), list({1, 2, 3, 4, 5} - {2, 4}))
print(list({x % 13 for x in range(100)}), list({x: x for x in range(20, 0, -1)}))
