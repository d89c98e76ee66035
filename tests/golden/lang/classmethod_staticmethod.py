# classmethod and staticmethod: calling on class and instance, alternative constructors, inheritance of cls
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-1-2'), MyDate(1, 2, 3).from_string('5-6-7'))
print(Date.is_leap(2000), Date(1, 1, 1).is_leap(1900), MyDate.is_leap(2024))
cm = Date.__dict__['from_string']
sm = Date.__dict__['is_leap']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(type(Date.from_string).__name__, Date.from_string.__self__.__name__, type(Date.is_leap).__name__)
def standalone(x):
    return x * 2
sm2 = staticmethod(standalone)
print(sm2(21), callable(sm2))
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
Counter.increment(); SubCounter.increment(); SubCounter.increment()
print(Counter.count, SubCounter.count)
class Prop:
    @classmethod
    def name(cls):
        return cls.__name__
print(Prop.name(), Prop().name())
