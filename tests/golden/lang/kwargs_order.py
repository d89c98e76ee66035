# **kwargs preserves the caller's keyword order; keyword order in calls, dict(**), merging and overriding
def show(**kwargs):
    return list(kwargs.items())
print(show(z=1, a=2, m=3))
print(show(**{'b': 1, 'a': 2}, c=3))
print(show(c=3, **{'b': 1}, **{'a': 2}))
def forward(*args, **kwargs):
    return show(**kwargs, extra=True)
print(forward(1, y=2, x=1))
print(dict(b=1, a=2), {**dict(b=1), 'a': 2})
def defaults(a, b=2, **rest):
    return a, b, rest
print(defaults(1, c=3, b=4, d=5))
print(defaults(**{'a': 1, 'zz': 0}))
class Options:
    def __init__(self, **opts):
        self.__dict__.update(opts)
    def __repr__(self):
        return 'Options(' + ', '.join(f'{k}={v!r}' for k, v in vars(self).items()) + ')'
print(Options(verbose=True, level=3, name='x'))
