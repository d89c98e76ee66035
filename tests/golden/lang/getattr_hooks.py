# __getattr__ (fallback only), __getattribute__ (every access), __setattr__, __delattr__, __dir__
class Fallback:
    existing = 'real'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
f = Fallback()
print(f.existing, f.dyn_value, getattr(f, 'dyn_x'), hasattr(f, 'nope'))
try:
    f.nope
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('getattribute', name)
        return super().__getattribute__(name)
l = Logged()
print(l.x)
try:
    l.missing
except AttributeError as e:
    print(e)
class Guarded:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        if name == 'readonly':
            raise AttributeError('readonly is read-only')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)
g = Guarded()
g.a = 1
try:
    g.readonly = 2
except AttributeError as e:
    print(e)
del g.a
try:
    del g.a
except AttributeError as e:
    print(e)
class Both:
    def __getattribute__(self, name):
        if name == 'special':
            raise AttributeError('from getattribute')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'getattr rescue for {name}'
print(Both().special)
class Dir:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(Dir()))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target: pass
t = Target()
pr = Proxy(t)
pr.v = 10
print(t.v, pr.v, 'v' in vars(pr))
