# class body scoping: class-level names not visible in methods, name mangling of __private, class body runs once in order
x = 'global x'
class C:
    x = 'class x'
    y = x + ' (seen in class body)'
    def method(self):
        return x
    print('class body runs at definition time, y =', y)
    items = [x for _ in range(1)]
print(C().method(), C.y, C.items)
class Secret:
    def __init__(self):
        self.__hidden = 'mangled'
        self._single = 'not mangled'
    def reveal(self):
        return self.__hidden
    def __dunder__(self):
        return 'dunder names are not mangled'
s = Secret()
print(s.reveal(), s._Secret__hidden, s._single, s.__dunder__(), sorted(vars(s)))
try:
    s.__hidden
except AttributeError as e:
    print(e)
class Sub(Secret):
    def peek(self):
        try:
            return self.__hidden
        except AttributeError as e:
            return str(e)
print(Sub().peek())
class _Under:
    def __m(self): return '_Under mangling strips leading underscores'
    def call(self): return self.__m()
print(_Under().call(), [n for n in vars(_Under) if 'm' in n and 'mod' not in n])
def f():
    class Local:
        v = 1
    return Local
print(f().__qualname__, f().v)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
class UsesLocals:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith('__'))
print(UsesLocals.names)
def func_with_class(v):
    class K:
        attr = v
        def get(self):
            return v
    return K
print(func_with_class(7).attr, func_with_class(8)().get())
