# module-level global statements, globals shared with functions, names created by for/with/import/def/class at module level
global x
x = 1
for loop_var in range(3):
    pass
class Cls: pass
def fn(): return loop_var, x
import sys as system_module
class CM:
    def __enter__(self): return 'bound by with'
    def __exit__(self, *a): pass
with CM() as weird:
    pass
print(fn(), 'Cls' in globals(), 'system_module' in globals(), weird)
def rebind():
    global x, y
    x = 'rebound'
    y = 'new global'
rebind()
print(x, y)
def reader():
    return x
x = 'changed at module level'
print(reader())
