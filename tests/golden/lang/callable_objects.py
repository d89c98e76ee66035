# __call__ on instances, callable(), functions as objects with attributes, bound methods stored and called later
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(Adder(10), [1, 2])))
def f(): return 'f'
f.attr = 'function attribute'
print(f.attr, f.__dict__, callable(f))
class Greeter:
    def __init__(self, name): self.name = name
    def greet(self, greeting): return f'{greeting}, {self.name}'
handlers = [Greeter('a').greet, Greeter('b').greet]
print([h('hi') for h in handlers])
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
class CallViaClass:
    pass
CallViaClass.__call__ = lambda self: 'added later'
print(CallViaClass()())
obj = NotCallable()
obj.__call__ = lambda: 'instance attribute'
try:
    obj()
except TypeError as e:
    print('instance __call__ ignored:', e)
class Chain:
    def __init__(self, parts=()): self.parts = parts
    def __getattr__(self, name): return Chain(self.parts + (name,))
    def __call__(self, *args): return '.'.join(self.parts) + str(args)
print(Chain().a.b.c(1, 2))
