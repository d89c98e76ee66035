class C:
    x = 1
    def f[T](self, a: x) -> T: ...
    type A = x
