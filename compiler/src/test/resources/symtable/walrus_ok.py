def f():
    [(y := x) for x in range(3)]
    return y
z = [(w := i) for i in range(3)]
