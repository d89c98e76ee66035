# abstract base patterns without abc: NotImplementedError, template methods, checks in __init_subclass__
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area()')
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if 'area' not in cls.__dict__:
            print(f'warning: {cls.__name__} does not override area')
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for shape in [Square(2), Circle(1), Blob()]:
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print('NotImplementedError:', e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
class Plugin:
    required = ('name', 'run')
    def __init_subclass__(cls):
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"can't define {cls.__name__}: missing {', '.join(missing)}")
class Good(Plugin):
    name = 'good'
    def run(self): return 'running'
print(Good().run())
try:
    class Bad(Plugin):
        name = 'bad'
except TypeError as e:
    print(e)
