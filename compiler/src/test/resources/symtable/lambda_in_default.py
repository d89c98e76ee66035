def f[T=lambda: (yield)](): pass
