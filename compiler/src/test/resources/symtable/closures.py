def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += a + c
        return lambda: b + c
    return inner
