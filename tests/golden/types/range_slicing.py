# slicing ranges returns ranges: all step combinations, negative steps, empty results
r = range(0, 20, 3)
for sl in [slice(None), slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(-2, None), slice(5, 1, -1),
           slice(100, None), slice(-100, 3), slice(None, None, -3), slice(1, -1, 2), slice(3, 3), slice(6, 0, -2)]:
    s = r[sl]
    print(sl, s, list(s), list(s) == list(r)[sl])
q = range(10, -10, -4)
print(q[::2], q[1:], q[::-1], q[-1:-4:-1], list(q[::-2]))
print(range(10**20)[::10**19], range(10**20)[-5::2], range(0)[::-1], range(5)[10:20])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: r[::0])
t(lambda: r["a":])
t(lambda: r[1.0:])
