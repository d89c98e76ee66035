# cell objects: __closure__, cell_contents get/set/del, empty cells, comparison and late binding
def outer():
    x = 1
    y = "two"
    def inner():
        return x, y
    return inner
f = outer()
cells = f.__closure__
print(len(cells), type(cells[0]).__name__, [c.cell_contents for c in cells], f.__code__.co_freevars, outer.__code__.co_cellvars)
cells[0].cell_contents = 100
print(f())
CellType = type(cells[0])
c = CellType(5)
print(c.cell_contents, CellType().__class__.__name__, c == CellType(5), c < CellType(6), c != CellType(4))
del c.cell_contents
def t(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: c.cell_contents)
t(lambda: CellType(1, 2))
t(lambda: CellType() == CellType())
t(lambda: CellType() < CellType(1))
def late():
    fs = [lambda: i for i in range(3)]
    return [g() for g in fs]
print(late())
def early():
    fs = [lambda i=i: i for i in range(3)]
    return [g() for g in fs]
print(early())
def unbound():
    def g():
        return z
    g_result = None
    try:
        g_result = g()
    except NameError as e:
        g_result = type(e).__name__ + ": " + str(e)
    z = 1
    return g_result, g()
print(unbound())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
print(inc(), inc(), inc.__closure__[0].cell_contents)
