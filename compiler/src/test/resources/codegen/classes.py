class A:
    """Doc."""
    x = 1
    def __init__(self, v):
        self.v = v
        self._w = v
        self.__p = 2

    def method(self):
        return super().method()

    @property
    def prop(self):
        return __class__

    @staticmethod
    def s():
        pass

class B(A, metaclass=Meta, flag=True):
    def m(self):
        super().m()
        return self.__p

class C[T](list[T]):
    def f[U](self, x: U) -> T:
        return x

type Alias[K, V] = dict[K, V]
type Simple = int
