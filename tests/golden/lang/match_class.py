# match class patterns: keyword attributes, positional via __match_args__, builtins self-matching, errors
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ('center', 'radius')
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def where(shape):
    match shape:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Circle(Point(x, y), radius=r) if r > 10:
            return f'big circle at {x},{y}'
        case Circle(center=Point(), radius=r):
            return f'circle r={r}'
        case Point():
            return 'some point'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case list([int(), *_]) as l:
            return f'list of ints starting {l[0]}'
        case dict(d):
            return f'dict {d}'
        case bool(b):
            return 'unreachable: bool matched int first'
        case _:
            return 'unknown'
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1),
          7, 2.5, 'txt', [1, 'a'], ['a'], {'k': 1}, True, None]:
    print(where(s))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
class Bad:
    __match_args__ = ['x']
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print(e)
not_a_class = 5
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print(e)
