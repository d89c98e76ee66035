# large dicts: many inserts and deletes keep insertion order, resizing, popitem LIFO, views stay consistent
d = {}
for i in range(3000):
    d[(i * 7919) % 3001] = i
print(len(d), list(d)[:10], list(d)[-5:], sum(d.values()) % 100003)
for k in list(d)[::3]:
    del d[k]
print(len(d), list(d)[:10], list(d.items())[-3:])
for i in range(100):
    d[-i] = i
print(len(d), list(d)[-5:], d.popitem(), d.popitem(), len(d))
keys = d.keys()
d2 = dict.fromkeys(range(1000), 0)
for i in range(0, 1000, 2):
    del d2[i]
d2.update({i: 1 for i in range(2000, 2010)})
print(len(d2), list(d2)[:5], list(d2)[-12:], len(keys) == len(d))
s = {}
for w in ("the quick brown fox jumps over the lazy dog the end " * 20).split():
    s[w] = s.get(w, 0) + 1
print(s, sorted(s.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
e = {}
for i in range(10):
    e[i] = i
    del e[i]
e["x"] = 1
print(e, len(e))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, {k: v for k, v in nested.items() if k}, {**nested[1], **nested[2]})
