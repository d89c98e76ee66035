class _C__:
    __a = 1
    def __m(self, __p):
        __q = self.__a
        global __g
        return __q
class ___: __z = 1
