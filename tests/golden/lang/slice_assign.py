# slice assignment and deletion: growing, shrinking, extended slices and their errors
L = list(range(10))
L[2:5] = ['a', 'b']
print(L)
L[:0] = [-1, -2]
print(L)
L[len(L):] = [99]
print(L)
L[::2] = 'x' * len(L[::2])
print(L)
L[1:3] = []
print(L)
del L[::3]
print(L)
del L[-2:]
print(L)
del L[:]
print(L)
M = [1, 2, 3, 4]
M[1:3] = M
print(M)
M[5:2] = [0]
print(M)
try:
    M[::2] = [1]
except ValueError as e:
    print(e)
try:
    M[1:2] = 5
except TypeError as e:
    print(e)
b = bytearray(b'hello')
b[1:3] = b'EE'
del b[0]
print(b)
try:
    t = (1, 2)
    t[0:1] = [5]
except TypeError as e:
    print(e)
try:
    s = 'abc'
    del s[0]
except TypeError as e:
    print(e)
class Sl:
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
x = Sl()
x[1:2] = 'v'
x[::3] = 'w'
del x[4:]
x[1:2, 3] = 0
