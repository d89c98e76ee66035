# slicing reads: lists, tuples, strings, ranges, negative and out-of-range bounds, steps, slice objects
L = list(range(10))
print(L[2:5], L[:3], L[7:], L[-3:], L[:-7], L[::2], L[1::3], L[::-1], L[8:2:-2], L[-1:-4:-1])
print(L[100:], L[-100:2], L[5:2], L[::100], L[2:5:-1])
s = 'hello world'
print(s[::-1], s[6:], s[:5], s[-5:-1], s[::3], s[100:], repr(s[3:3]))
t = tuple(range(6))
print(t[1:4], t[::-2], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(r[1:4], r[::-1], list(r[::2]), r[-1], r[2])
b = b'abcdef'
print(b[1:3], b[::-1], b[2], bytearray(b)[1:4])
sl = slice(1, 8, 3)
print(L[sl], sl.start, sl.stop, sl.step, sl, slice(5), slice(None, None, -1).indices(10))
print(slice(2, 20, 2).indices(10), slice(-3, None).indices(5))
i, j = 2, 6
print(L[i:j], L[i:], L[:j], L[i:j:2], L[i - 1:j + 1])
try:
    L[::0]
except ValueError as e:
    print(e)
try:
    L['a':]
except TypeError as e:
    print(e)
try:
    L[1.5]
except TypeError as e:
    print(e)
try:
    L[10]
except IndexError as e:
    print(e)
try:
    'abc'[5]
except IndexError as e:
    print(e)
try:
    (1,)[-2]
except IndexError as e:
    print(e)
class Sl:
    def __getitem__(self, k): return k
print(Sl()[1:2], Sl()[::], Sl()[1:2, 3], Sl()[:, ::2])
