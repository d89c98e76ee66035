a = [x * 2 for x in range(10) if x % 2]
b = {x: y for x, y in pairs}
c = {x for x in data for y in x if y}
g = (x for x in range(3))
def f(n):
    return [i for i in range(n) if i != n]
def h(items):
    return {k: [v for v in vs] for k, vs in items}
def uses_cell():
    y = 1
    return [lambda: x + y for x in range(3)]
class K:
    vals = [v for v in range(3)]
    other = [w for w in vals]
async def ag(xs):
    return [x async for x in xs]
