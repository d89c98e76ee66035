class C:
    global y
    y = 1
    def f(self): return y
