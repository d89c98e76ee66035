def f():
    return [lambda: y for y in range(3) for z in [y]]
