# annotations: functions, classes, modules (__annotations__), annotated assignments without values, evaluation order
import sys
x: int = 5
y: 'forward ref'
z: list[int] = []
print(__annotations__)
print('y' in globals(), x, z)
def f(a: int, b: str = 'b', *args: float, c: bool, **kw: dict) -> None: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, (lambda q: q).__annotations__)
class C:
    attr: int
    other: str = 'default'
    def method(self, v: 'C') -> 'C': return self
print(C.__annotations__, C.other, hasattr(C, 'attr'), C.method.__annotations__)
def side(v):
    print('evaluating annotation', v)
    return v
w: side('module-level') = 1
def h(p: side('param')) -> side('return'): pass
class D:
    e: side('class body')
def local_annotations():
    local: side('never evaluated in functions') = 1
    return local
print(local_annotations())
obj = type('O', (), {})()
obj.attr: int = 3
d = {}
d['key']: str = 'v'
print(obj.attr, d)
print(sorted(h.__annotations__))
