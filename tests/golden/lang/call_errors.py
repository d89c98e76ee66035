# the exact TypeError messages for wrong calls: missing, extra, duplicate, unexpected, positional-only, keyword-only
def f(a, b, c=3): pass
def g(a, /, b, *, c): pass
def h(*, k1, k2): pass
def v(a, *args, **kw): pass
def none(): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def k(cls, x, y): pass
five, text, nothing = 5, 'str', None
tests = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, a=1), lambda: f(1, 2, d=4),
    lambda: f(b=1, c=2), lambda: g(1, 2), lambda: g(a=1, b=2, c=3), lambda: g(1, 2, 3), lambda: g(1, b=2),
    lambda: h(), lambda: h(1, 2), lambda: h(k1=1), lambda: h(k1=1, k2=2, k3=3), lambda: v(),
    lambda: v(1, a=2), lambda: none(1), lambda: none(x=1), lambda: C().m(), lambda: C().m(1, 2),
    lambda: C.m(1), lambda: C.s(), lambda: C.k(1), lambda: C().k(1, 2, 3), lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1), lambda: f(1, 2, 3, 4, 5), lambda: g(), lambda: f(1, b=2, **{'b': 3}),
    lambda: len(), lambda: len(1, 2), lambda: len([], x=1), lambda: int(1, 2, 3), lambda: 'x'.join(),
    lambda: [].append(), lambda: {}.get(), lambda: divmod(1), lambda: isinstance(1), lambda: C(1),
    lambda: object(1), lambda: sorted([1], 2), lambda: five(), lambda: text(), lambda: nothing(),
]
for t in tests:
    try:
        t()
        print('no error?')
    except TypeError as e:
        print(e)
