# bound methods: __self__/__func__, equality, methods stored in containers, methods of builtins, unbound access
class Counter:
    def __init__(self): self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
m = c.inc
print(m(), m(5), c.n, m.__self__ is c, m.__func__ is Counter.inc, m.__name__, m.__qualname__)
print(c.inc == c.inc, c.inc == Counter().inc, c.inc is c.inc)
print(Counter.inc(c, 10), Counter.inc.__qualname__)
ops = [c.inc, c.inc]
print([op(2) for op in ops])
append = [].append
lst = append.__self__
append(1); append(2)
print(lst, append.__name__, append.__self__ is lst)
up = 'abc'.upper
print(up(), type(up).__name__, up.__self__)
print(str.upper('xyz'), list.append.__name__, dict.fromkeys('ab'))
class WithStatic:
    @staticmethod
    def s(): return 'static'
    @classmethod
    def c(cls): return cls.__name__
    def i(self): return 'instance'
w = WithStatic()
print(w.s(), w.c(), w.i(), WithStatic.c.__self__.__name__, WithStatic.__dict__['i'](w))
try:
    WithStatic.i()
except TypeError as e:
    print(e)
method_type = type(c.inc)
rebound = method_type(Counter.inc, Counter())
print(rebound(7))
