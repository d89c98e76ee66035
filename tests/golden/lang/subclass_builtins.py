# subclassing builtin types: list, dict, str, int, float, tuple with overridden methods and extra attributes
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, type(s + [4]).__name__, s[1:], type(s[1:]).__name__)
class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value
dd = DefaultDict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, len(dd), dd.get('zz'), 'zz' in dd)
class LoudDict(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v.upper())
ld = LoudDict()
ld['x'] = 'quiet'
ld.update(y='bypasses __setitem__')
print(ld)
class Money(float):
    def __str__(self):
        return f'${self:.2f}'
m = Money(3.14159)
print(m, repr(m), m + 1, type(m + 1).__name__, f'{m}', str(m))
class Bits(int):
    def __repr__(self):
        return f'Bits({bin(self)})'
b = Bits(5)
print(repr(b), b + 1, b << 2, b == 5, hash(b) == hash(5), {5: 'five'}[b], [b])
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
pr = Pair((1, 2))
print(pr.swap(), type(pr.swap()).__name__, pr + (3,), type(pr + (3,)).__name__)
class Name(str):
    def greet(self):
        return 'hello ' + self
n = Name('kaa')
print(n.greet(), n.upper(), type(n.upper()).__name__, n == 'kaa', n[0], type(n[0]).__name__)
class Counter(dict):
    def __getitem__(self, k):
        return super().get(k, 0)
c = Counter(a=1)
print(c['a'], c['missing'], c.get('missing'))
