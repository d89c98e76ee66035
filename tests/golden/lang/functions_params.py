# parameter kinds: positional-only, positional-or-keyword, *args, keyword-only, **kwargs and their binding
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return dict(a=a, b=b, c=c, d=d, args=args, e=e, f=f, kwargs=kwargs)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, g=7))
print(f(1, 2, 3, 40, 50, 60, e=5, f=66, a='a-in-kwargs'))
def only_star(*args): return args
def only_kw(**kw): return kw
print(only_star(), only_star(1, [2]), only_kw(), only_kw(x=1, **{'y': 2}))
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
def posonly(x, y=2, /): return x, y
print(posonly(1), posonly(1, 3))
def shadow(self, *args, **kwargs): return self, args, kwargs
print(shadow(self=1), shadow(1, 2, self_=3))
def names(a, b, /, **kw): return a, b, kw
print(names(1, 2, a=3, b=4))
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
def lots(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19):
    return a0 + a19
print(lots(*range(20)))
