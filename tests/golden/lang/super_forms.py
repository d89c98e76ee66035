# super(): zero-argument form, two-argument form, in classmethods and staticmethods, super objects, errors
class Base:
    def hello(self): return f'Base.hello({type(self).__name__})'
    @classmethod
    def create(cls): return f'Base.create({cls.__name__})'
    @property
    def prop(self): return 'Base.prop'
class Child(Base):
    def hello(self): return 'Child+' + super().hello()
    @classmethod
    def create(cls): return 'Child+' + super().create()
    @property
    def prop(self): return 'Child+' + super().prop
class Grand(Child):
    def hello(self):
        return 'Grand+' + super(Child, self).hello()
    def explicit(self):
        return super(Grand, self).hello()
g = Grand()
print(g.hello(), '|', g.explicit(), '|', Grand.create(), '|', g.prop)
print(super(Child, g).hello(), super(Grand, Grand).create())
s = super(Child, g)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
def outside(self):
    return super().hello()
try:
    outside(g)
except RuntimeError as e:
    print(e)
class NoArgsStatic(Base):
    @staticmethod
    def s():
        return super().hello()
try:
    NoArgsStatic.s()
except RuntimeError as e:
    print(e)
try:
    super(Child, 5)
except TypeError as e:
    print(e)
class UsesClassCell(Base):
    def method(self):
        return __class__.__name__
    def lam(self):
        try:
            return (lambda: super().hello())()
        except RuntimeError as e:
            return f'lambda has no self: {e}'
    def lam2(self):
        return (lambda s: super(UsesClassCell, s).hello())(self)
print(UsesClassCell().method(), UsesClassCell().lam(), UsesClassCell().lam2())
class Attr(Base):
    def hello(self):
        try:
            return super().missing
        except AttributeError as e:
            return str(e)
print(Attr().hello())
class Init(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self['extra'] = True
print(Init({'a': 1}))
