# pseudo-random slices (including None, negatives, huge values and negative steps) on lists, strs, tuples and ranges
state = 3141
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
def rpart():
    k = rnd(7)
    if k == 0:
        return None
    if k == 1:
        return (rnd(2) * 2 - 1) * 10**20
    return rnd(25) - 12
for i in range(60):
    n = rnd(12)
    start, stop = rpart(), rpart()
    step = rpart()
    if step == 0:
        step = None
    s = slice(start, stop, step)
    lst = list(range(n))
    idx = s.indices(n)
    manual = [lst[j] for j in range(*idx)]
    print(n, (start, stop, step), idx, lst[s], lst[s] == manual, "abcdefghijkl"[:n][s], tuple(lst)[s] == tuple(manual), list(range(n)[s]) == manual)
