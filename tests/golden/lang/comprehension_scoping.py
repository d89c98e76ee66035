# comprehension scoping (PEP 709 inlining): loop variables do not leak, outer names shadowed and restored
x = 'outer'
result = [x for x in range(3)]
print(result, x)
y = 'keep'
print({y: 1 for y in 'ab'}, y)
print({y for y in range(2)}, y)
def f():
    z = 'local'
    out = [z for z in 'zz']
    return out, z
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(g())
def h():
    items = [lambda i=i: i for i in range(3)]
    return [fn() for fn in items]
print(h())
# the first iterable is evaluated in the enclosing scope, the rest inside
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        pairs = [(a, b) for a in vals for b in vals]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
def k():
    n = 10
    return [n + i for i in range(3)], (lambda: [n * j for j in range(2)])()
print(k())
try:
    [undefined_in_comp for q in range(1)]
except NameError as e:
    print(e)
def uses_outer_later():
    out = [a for a in range(3)]
    try:
        return a
    except NameError as e:
        return str(e)
print(uses_outer_later())
def nested_closure():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[fn() for fn in row] for row in nested_closure()])
