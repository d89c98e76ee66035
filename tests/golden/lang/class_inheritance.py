# inheritance: overriding, extending via super(), isinstance/issubclass, multiple inheritance, attribute resolution
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, an ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f' (age {self.age})'
p = Puppy('bit', 1)
print(p.speak(), '|', p.kind())
print(isinstance(p, Animal), isinstance(p, (int, Dog)), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, Dog.__subclasses__()[0].__name__)
class Flyer:
    def move(self): return 'fly'
    def who(self): return 'flyer'
class Swimmer:
    def move(self): return 'swim'
    def dive(self): return 'dive'
class Duck(Flyer, Swimmer):
    pass
d = Duck()
print(d.move(), d.dive(), d.who(), [c.__name__ for c in Duck.__mro__])
class Base:
    def template(self):
        return self.hook()
    def hook(self):
        return 'base hook'
class Derived(Base):
    def hook(self):
        return 'derived hook'
print(Derived().template(), Base().template())
print(issubclass(bool, int), isinstance(True, int), issubclass(int, object), isinstance(int, type))
print(issubclass(Duck, (Swimmer, int)), isinstance(3, (str, (bytes, int))))
try:
    issubclass(p, Animal)
except TypeError as e:
    print(e)
try:
    isinstance(p, 'Animal')
except TypeError as e:
    print(e)
