# container protocol dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__
class Seq:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __getitem__(self, k):
        print('getitem', k)
        if isinstance(k, int) and k >= 3:
            raise IndexError(k)
        return self.d.get(k, k * 2 if isinstance(k, int) else k)
    def __setitem__(self, k, v): print('setitem', k, v); self.d[k] = v
    def __delitem__(self, k): print('delitem', k); del self.d[k]
s = Seq()
s[0] = 'zero'
print(s[0], s[1], len(s))
print(list(s))
print(2 in s, 5 in s)
print(s[1:2], s[::2], s[1, 2], s[...])
del s[0]
print(len(s))
class Cont:
    def __contains__(self, x): print('contains', x); return x == 42
    def __iter__(self): return iter([1, 2])
    def __reversed__(self): return iter(['r', 'e', 'v'])
c = Cont()
print(42 in c, 1 in c, 1 not in c, list(c), list(reversed(c)))
class D(dict):
    def __missing__(self, k): return f'missing {k}'
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print(e)
try:
    NoLen()[0]
except TypeError as e:
    print(e)
try:
    iter(NoLen())
except TypeError as e:
    print(e)
try:
    5 in NoLen()
except TypeError as e:
    print(e)
