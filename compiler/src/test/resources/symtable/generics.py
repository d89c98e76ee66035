from typing import Callable
class Box[T: (int, str) = int, *Ts, **P](list[T]):
    attr: T
    def get[U = T](self, f: Callable[P, U]) -> U: ...
    type Alias[V] = dict[T, V]
    __private = 1
    class __Inner[__X]: pass

