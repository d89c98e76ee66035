# ExceptionGroup/BaseExceptionGroup API: construction errors, subgroup, split, derive, nesting, str
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('nested', [ValueError(3), KeyError(4)])])
print(str(eg), repr(eg.message), len(eg.exceptions), repr(eg))
def names(g):
    return None if g is None else [names(e) if isinstance(e, BaseExceptionGroup) else repr(e) for e in g.exceptions]
print(names(eg.subgroup(ValueError)))
print(names(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
match, rest = eg.split(ValueError)
print(names(match), names(rest))
match, rest = eg.split((TypeError, KeyError))
print(names(match), names(rest))
print(eg.subgroup(ExceptionGroup) is eg, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__)
for args in [('m', []), ('m', [1]), (1, [ValueError()]), ('m', ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '+', excs)
m = MyEG('mine', [ValueError(), TypeError()])
print(type(m.subgroup(ValueError)).__name__, m.subgroup(ValueError).message)
single = ExceptionGroup('one', [ValueError('x')])
print(str(single), repr(ExceptionGroup('two', [ValueError('x'), TypeError('y')])))
