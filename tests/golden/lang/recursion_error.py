# RecursionError when recursion is too deep: caught, message printed, the program goes on; setrecursionlimit
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('caught:', e)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('caught again:', e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
try:
    depth(200)
except RecursionError as e:
    print('limit 100:', e)
print(depth(50))
sys.setrecursionlimit(1000)
class Rec:
    def __repr__(self): return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print('repr:', e)
class Attr:
    def __getattr__(self, name): return getattr(self, name)
try:
    Attr().x
except RecursionError as e:
    print('getattr:', e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print('still running')
