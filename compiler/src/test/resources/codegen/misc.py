import a.b.c
import a.b.c as abc
from m import *
x: int = 1
y: list[int]
obj.attr: str = "s"
print(*a, *b)
print(**a, **b)
f(a, *b, c=1, **d)
x = yield_ = 1
(a, *b, c) = range(5)
[p, q] = 1, 2
a, b = b, a
a, b, c = c, b, a
if (n := len(x)) > 10:
    pass
x = [*a, *b]
y = (*a, 1)
z = {*a, 2}
w = {**a, 'k': 1}
global_var = None
def f():
    global global_var
    global_var = 1
    del global_var
async def coro():
    await x
    return [await y for y in z]
