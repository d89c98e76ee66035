# a long pseudo-random sequence of dict operations (set/del/pop/popitem/setdefault/update/|=) checking order and contents
state = 777
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
d = {}
popped = []
for step in range(600):
    op = rnd(8)
    k = rnd(60)
    if op in (0, 1): d[k] = step
    elif op == 2: d.pop(k, None)
    elif op == 3 and d: popped.append(d.popitem())
    elif op == 4: d.setdefault(k, -step)
    elif op == 5: d.update({rnd(60): step, rnd(60): -1})
    elif op == 6: d |= {k: "or"}
    elif op == 7 and k in d: del d[k]
    if step % 60 == 0:
        print(step, len(d), list(d.items())[:6])
print(len(d), list(d), popped[-5:], len(popped))
print(sorted(d.items(), key=lambda kv: str(kv[1]))[:5], list(d.keys() & {1, 2, 3, 4, 5}), list(reversed(d))[:5])
s = set()
for step in range(500):
    k = rnd(80)
    if rnd(3):
        s.add(k)
    else:
        s.discard(k)
print(len(s), list(s))
