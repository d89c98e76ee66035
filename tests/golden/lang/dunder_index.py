# __index__, __int__, __float__, __complex__, __round__, __trunc__, __abs__ and where they are used
class N:
    def __index__(self): return 3
print([10, 20, 30, 40][N()], 'abcdef'[N():], bin(N()), hex(N()), range(N()), [0] * N())
print(int(N()), operator_idx if (operator_idx := N().__index__()) else 0)
class F:
    def __float__(self): return 2.5
    def __int__(self): return 7
    def __complex__(self): return 1j
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __abs__(self): return 'abs'
f = F()
print(float(f), int(f), complex(f), round(f), round(f, 2), abs(f))
try:
    [1, 2][F()]
except TypeError as e:
    print(e)
try:
    k = "a"; [1, 2][k]
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return 'no'
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BigIdx:
    def __index__(self): return 2**100
try:
    [1][BigIdx()]
except IndexError as e:
    print(e)
print('x' * True, [0] * False)
