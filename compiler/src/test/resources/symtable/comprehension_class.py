class C:
    y = 1
    a = [x for x in range(y)]
    b = [__class__ for x in range(3)]
    def m(self): return [super() for _ in range(1)]
