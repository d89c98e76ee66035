# truth testing order: __bool__ wins over __len__, inheritance of both, errors when they return bad types
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class BoolOnly:
    def __bool__(self): return False
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Sub(Both):
    __bool__ = None
print(bool(LenOnly(0)), bool(LenOnly(3)), bool(BoolOnly()), bool(Both()), bool(object()))
try:
    bool(Sub())
except TypeError as e:
    print(e)
if LenOnly(2) and not BoolOnly():
    print('if uses the same protocol')
print([x for x in [LenOnly(0), LenOnly(1), Both(), BoolOnly()] if x].__len__())
print(LenOnly(0) or 'fallback', Both() and 'both is true')
class BadLen:
    def __len__(self): return 'three'
try:
    bool(BadLen())
except TypeError as e:
    print(e)
class HugeLen:
    def __len__(self): return 2 ** 100
try:
    bool(HugeLen())
except OverflowError as e:
    print(e)
class NegLen:
    def __len__(self): return -5
try:
    len(NegLen())
except ValueError as e:
    print(e)
class BoolRaises:
    def __bool__(self): raise RuntimeError('no truth')
try:
    while BoolRaises():
        pass
except RuntimeError as e:
    print(e)
print(not BoolOnly(), BoolOnly() is not None, True if LenOnly(5) else False)
