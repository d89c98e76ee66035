"""Module docstring."""
import os, sys as system
from collections import OrderedDict as OD, deque
from . import sibling
x = 1
y, z = 2, 3
a = b = [x, y, *z]
x += 1
del a
print(x + y * z - 4 / 2 // 1 % 3 ** 2, -x, +y, ~z, not x)
print(x << 1 >> 2 & 3 | 4 ^ 5, x @ y)
t = (1, 2, (3, 4), "s", b"b", None, True, ..., 1.5, 2j)
d = {"a": 1, "b": 2, **t}
s = {1, 2, 3}
l = [1, 2, 3, 4]
e = x if y else z
c = a < b <= c == d != e > f >= g is h is not i in j not in k
print(x and y or z)
print(l[1:2], l[::2], l[1:], l[x:y:z])
l[0] = l[-1]
l[1:2] = []
obj.attr.other = obj.method(1, *args, key=2, **kw)
f"{x!r:>{width}} and {y=}"
