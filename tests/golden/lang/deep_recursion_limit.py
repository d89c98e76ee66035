# a raised recursion limit allows deep (15000 frames) recursion; tracebacks and RecursionError still work beyond it
import sys
sys.setrecursionlimit(20000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(15000))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(10000))))
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(2000)))
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
    def count(self):
        return 1 + (self.child.count() if self.child else 0)
print(Deep(5000).count())
try:
    depth(50000)
except RecursionError as e:
    print('RecursionError:', e)
print(sys.getrecursionlimit())
