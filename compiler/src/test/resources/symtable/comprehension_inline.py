def f(xs):
    y = 1
    a = [x + y for x in xs if x]
    b = {k: [v for v in k] for k in xs}
    c = (x for x in xs)
    d = [lambda: x for x in xs]
    return a, b, c, d
