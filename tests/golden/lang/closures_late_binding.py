# late binding of closure variables in loops, and the classic fixes (default args, factory functions)
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])
i = 'rebound'
print([f() for f in funcs])
def factory(n):
    return lambda: n
print([factory(k)() for k in range(3)])
def loop_in_function():
    result = []
    for j in range(3):
        result.append(lambda: j)
    j = 100
    return [r() for r in result]
print(loop_in_function())
def while_closure():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_closure())
def cell_deleted():
    x = 1
    def get(): return x
    del x
    try:
        get()
    except NameError as e:
        print(e)
    x = 2
    return get()
print(cell_deleted())
