# str indexing and slicing with positive/negative steps, out-of-range bounds, and errors
s = "0123456789"
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2), (None, None, -1),
           (8, 2, -2), (2, 8, -1), (-1, -11, -3), (100, None, None), (-100, 3, None), (None, None, 3), (1, None, 4),
           (9, None, -4), (None, 0, -1), (5, 5, None), (3, 100, 2), (-100, 100, -1), (None, None, 10**30)]:
    print(sl, repr(s[slice(*sl)]))
print(s[0], s[-1], s[5], s[-10], s[::-1], s[::11], s[1::-1], s[-2::-2])
print("\U0001F600\u00e9x"[::-1], "\U0001F600\u00e9x"[1:], "ab"[1:1], "ab"[2:], ""[::-1], ""[0:0])
print(s[True], s[False:True], s[slice(2, None)], s.__getitem__(3), s.__getitem__(slice(1, 3)))
class I:
    def __index__(self): return 2
print(s[I()], s[I():I().__index__() + 3], s[::I()])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: s[10])
t(lambda: s[-11])
t(lambda: s[1.0])
t(lambda: s["1"])
t(lambda: s[None])
t(lambda: s[::0])
t(lambda: s[1.0:2])
t(lambda: s[:"a"])
t(lambda: s[10**30])
t(lambda: s[(1, 2)])
def setitem():
    s[0] = "x"
t(setitem)
def delitem():
    del s[0]
t(delitem)
