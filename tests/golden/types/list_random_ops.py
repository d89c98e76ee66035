# a long pseudo-random sequence of list mutations (insert/pop/append/extend/slice assign/del/reverse/sort) mirrored step by step
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n if n else 0
a = []
log = []
for step in range(400):
    op = rnd(10)
    n = len(a)
    if op == 0: a.append(rnd(100))
    elif op == 1: a.insert(rnd(n + 3) - 1, rnd(100))
    elif op == 2 and a: log.append(a.pop(rnd(n)))
    elif op == 3: a.extend(range(rnd(4)))
    elif op == 4: i = rnd(n + 1); j = rnd(n + 1); a[i:j] = [rnd(50) for _ in range(rnd(3))]
    elif op == 5 and n > 2: del a[rnd(n)::rnd(3) + 2]
    elif op == 6: a.reverse()
    elif op == 7 and n > 1: a[::2] = sorted(a[::2])
    elif op == 8: a.sort(key=lambda v: v % 7)
    elif op == 9 and a: a.remove(a[rnd(n)])
    if step % 40 == 0:
        print(step, len(a), a[:12])
print(len(a), a, sum(log), len(log))
print(a.count(0), a.index(a[-1]) if a else None, sorted(a)[:10], a[::-3][:8], a[1::4][:8])
