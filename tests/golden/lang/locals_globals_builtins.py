# locals(), globals(), vars(), dir() and builtins: reading and writing namespaces, shadowing builtins
x = 1
print('x' in globals(), globals()['x'], sorted(k for k in vars() if not k.startswith('__'))[:2])
globals()['created'] = 'via globals()'
print(created)
def func(a, b=2):
    c = a + b
    return sorted(locals().items())
print(func(1))
def locals_snapshot():
    v = 1
    snap = locals()
    v = 2
    return snap['v'], locals()['v']
print(locals_snapshot())
class C:
    attr = 1
    inside = sorted(k for k in locals() if not k.startswith('__'))
print(C.inside, sorted(k for k in vars(C) if not k.startswith('__')))
len = lambda obj: 'shadowed len'
print(len([1, 2]))
del len
print(len([1, 2]))
import builtins
builtins.my_builtin = 'added to builtins'
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
def shadow_in_function():
    print = lambda *a: builtins.print('custom print:', *a)
    print('hello')
shadow_in_function()
print(dir(C)[:3] if False else 'attr' in dir(C), 'x' in dir(), sorted(dir(func))[:3])
try:
    vars(5)
except TypeError as e:
    print(e)
