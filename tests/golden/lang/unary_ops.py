# unary operators -, +, ~, not and their dunders and errors
print(-5, +5, ~5, not 5, not 0, not [], not [0], -(-5), --5, not not 'x')
print(-True, +True, ~False, -0.0, -(2**64), ~(2**64))
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __bool__(self): return False
u = U()
print(-u, +u, ~u, not u)
for expr in ['-"a"', '+[]', '~1.0', '-None', '~"x"', '+{}']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
class L:
    def __len__(self): return 0
print(not L(), bool(L()))
class BadBool:
    def __bool__(self): return 1
try:
    not BadBool()
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
