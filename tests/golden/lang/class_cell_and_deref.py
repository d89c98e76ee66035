# class bodies reading free variables (LOAD_FROM_DICT_OR_DEREF), __class__ cells, closures inside classes inside functions
def make(n):
    class Holder:
        size = n
        doubled = n * 2
        def get(self):
            return n, __class__.__name__
        @classmethod
        def build(cls):
            return cls.__name__ + str(n)
    return Holder
H = make(3)
print(H.size, H.doubled, H().get(), H.build())
def shadowing():
    x = 'outer'
    class C:
        try:
            y = x
        except NameError as e:
            y = f'NameError: {e}'
        x = 'class-level'
        z = x
    return C.y, C.z, C.x
def no_shadowing():
    x = 'outer'
    class C:
        y = x
    return C.y
print(shadowing(), no_shadowing())
def locals_override():
    w = 'free'
    class Meta(type):
        @classmethod
        def __prepare__(mcls, name, bases):
            return {'w': 'from namespace'}
    class D(metaclass=Meta):
        seen = w
    return D.seen
print(locals_override())
class Base:
    def who(self):
        return 'Base'
def factory():
    class Derived(Base):
        def who(self):
            return 'Derived>' + super().who()
        def cls_name(self):
            return __class__.__qualname__
    return Derived
print(factory()().who(), factory()().cls_name())
class Outer:
    def method(self):
        def helper():
            return __class__.__name__
        return helper()
print(Outer().method())
