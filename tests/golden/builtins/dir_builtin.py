# dir(): of instances, classes with inheritance, modules, custom __dir__, and without arguments
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self): self.inst = 3
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(Base) if not n.startswith("__")], dir(c) == sorted(dir(c)))
class Custom:
    def __dir__(self): return ["z", "a", "m", "a"]
print(dir(Custom()))
class BadDir:
    def __dir__(self): return 5
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
import sys
print("argv" in dir(sys), "path" in dir(sys), dir(sys) == sorted(dir(sys)))
print(sorted(set(dir(1)) - set(dir(object)))[:8], "append" in dir([]), "keys" in dir({}))
print([n for n in dir(type("X", (), {"q": 1})) if not n.startswith("_")])
def t(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: dir(BadDir()))
t(lambda: dir(1, 2))
