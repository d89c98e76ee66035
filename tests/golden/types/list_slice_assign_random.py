# pseudo-random slice assignments and deletions on lists and bytearrays, compared with a reference implementation
state = 2468
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
def reference_assign(lst, s, values):
    start, stop, step = s.indices(len(lst))
    if step == 1:
        return lst[:start] + values + lst[max(start, stop):]
    idx = list(range(start, stop, step))
    if len(idx) != len(values):
        return "size mismatch"
    out = lst[:]
    for i, v in zip(idx, values):
        out[i] = v
    return out
ok = 0
for i in range(150):
    n = rnd(10)
    lst = list(range(n))
    s = slice(rnd(14) - 7 if rnd(4) else None, rnd(14) - 7 if rnd(4) else None, [None, 1, 2, -1, -2, 3][rnd(6)])
    values = [100 + j for j in range(rnd(4))]
    expected = reference_assign(lst, s, values)
    try:
        lst[s] = values
        got = lst
    except ValueError as e:
        got = "size mismatch"
        if i < 40:
            print("ValueError:", e)
    ok += got == expected
    if i % 15 == 0:
        print(n, s, values, got)
    b = bytearray(range(n))
    try:
        del b[s]
        del_ok = list(b) == [x for j, x in enumerate(range(n)) if j not in range(*s.indices(n))]
    except ValueError as e:
        del_ok = str(e)
    if not del_ok is True:
        print("del mismatch", s, del_ok)
print(ok)
