# closures: cells shared between functions, nonlocal rebinding, counters, cell contents after outer returns
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = counter()
print(inc2(), get())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'changed before call'
    return middle()()
print(outer())
def shared():
    v = []
    def add(x): v.append(x)
    def show(): return list(v)
    return add, show
a, s = shared()
a(1); a(2)
print(s())
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
def param_cell(p):
    def read(): return p
    p = p * 2
    return read
print(param_cell(21)())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    return l1()
f = deep()
print(f(), f(), f())
def before_assignment():
    def read(): return y
    try:
        read()
    except NameError as e:
        print(e)
    y = 1
    return read()
print(before_assignment())
