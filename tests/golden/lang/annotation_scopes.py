# annotations in nested classes and type-parameter scopes inside class bodies, class-level type aliases
class Outer:
    a: int
    b: 'str' = 'b'
    class Inner:
        c: float
        d: list = []
    type Alias = list[int]
    def method[T](self, x: T) -> T:
        return x
    class Generic[K, V]:
        mapping: dict
print(Outer.__annotations__, Outer.Inner.__annotations__, Outer.Alias.__value__, Outer.Alias.__name__)
print(Outer().method(5), Outer.method.__type_params__, Outer.Generic.__type_params__, Outer.Generic.__annotations__)
def func():
    class Local:
        e: int = 1
        f: 'Local'
    return Local.__annotations__, Local.e
print(func())
class WithConst:
    limit = 10
    type Limited = list[limit]
print(WithConst.Limited.__value__)
x: int
print(__annotations__)
class Empty:
    pass
print(Empty.__annotations__, Empty.__dict__.get('__annotations__', 'created on access'))
