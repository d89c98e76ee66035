# classes: instance and class attributes, methods, __init__, attribute lookup order, shared mutable class attribute
class Dog:
    species = 'canis'
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)
    def describe(self):
        return f'{self.name} ({self.species})'
a, b = Dog('rex'), Dog('fido')
a.add_trick('sit'); b.add_trick('roll')
print(a.describe(), b.describe(), Dog.tricks, a.own_tricks, b.own_tricks)
a.species = 'wolf'
print(a.species, b.species, Dog.species, sorted(vars(a)))
Dog.species = 'changed'
print(b.species, a.species)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, type(a).__name__, a.__class__ is Dog)
print(Dog.describe(a), Dog.__dict__['species'], 'describe' in Dog.__dict__, 'name' in a.__dict__)
bound = a.describe
print(bound(), bound.__self__ is a, bound.__func__ is Dog.describe, bound.__name__)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__bases__, Empty.__mro__ == (Empty, object))
class WithDoc:
    """The docstring."""
print(WithDoc.__doc__, Empty.__doc__)
try:
    e.missing
except AttributeError as err:
    print(err)
try:
    Empty.missing
except AttributeError as err:
    print(err)
print(getattr(e, 'missing', 'default'), hasattr(e, 'x'), setattr(e, 'y', 2), e.y, delattr(e, 'y'), hasattr(e, 'y'))
