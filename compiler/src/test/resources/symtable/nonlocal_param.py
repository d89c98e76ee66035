def f(y):
    def g(y):
        nonlocal y
