# PEP 695 type parameters: generic functions and classes, type aliases, bounds, constraints, lazy evaluation
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 2]), first.__type_params__, first.__type_params__[0].__name__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box.__type_params__, Box[str].__origin__ is Box, Box.__mro__[-2].__name__)
class Pair[K, V](dict):
    pass
print(Pair.__type_params__, Pair.__bases__[0].__name__)
type IntList = list[int]
print(IntList, type(IntList).__name__, IntList.__name__, IntList.__value__)
type Lazy = UndefinedName
print(Lazy.__name__)
try:
    Lazy.__value__
except NameError as e:
    print('alias value is lazy:', e)
type Gen[T] = tuple[T, T]
print(Gen[int], Gen.__type_params__)
def bounded[T: (int, str), U: float, *Ts, **P]():
    return T, U, Ts, P
T, U, Ts, P = bounded()
print(T.__constraints__, U.__bound__, type(Ts).__name__, type(P).__name__, T.__name__, Ts.__name__, P.__name__)
class Outer[T]:
    class Inner:
        pass
    def method[S](self, x: S) -> tuple[T, S]:
        return x
print(Outer.method.__type_params__, Outer.Inner.__qualname__)
type Recursive = list[Recursive] | int
print(Recursive.__value__)
def capture[T]():
    def inner():
        return T
    return inner()
print(capture())
