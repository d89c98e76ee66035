# augmented assignment: every operator, on names, attributes, subscripts, slices; evaluated once
x = 10
x += 5; x -= 3; x *= 2; x /= 4; print(x)
x = 17
x //= 3; print(x); x %= 4; print(x); x **= 5; print(x)
x <<= 2; x >>= 1; x &= 0xff; x |= 0x100; x ^= 0x3; print(x)
m = [[1, 2], [3, 4]]
import sys
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v + 1)
a = M(3); a @= M(4); print(a.v)
s = 'ab'; s += 'cd'; s *= 2; print(s)
class O:
    def __init__(self): self.n = 1
calls = []
def get(o):
    calls.append('get')
    return o
o = O()
get(o).n += 41
print(o.n, calls)
def idx(i):
    calls.append(f'idx{i}')
    return i
d = {'k': 1}
d['k'] += 1
lst = [1, 2, 3]
get(lst)[idx(1)] *= 10
print(d, lst, calls)
lst[0:2] += [9]
print(lst)
t = (1, 2)
t += (3,)
print(t)
l1 = [1]; l2 = l1; l1 += [2]; print(l2, l1 is l2)
t1 = (1,); t2 = t1; t1 += (2,); print(t2, t1 is t2)
try:
    undefined_name += 1
except NameError as e:
    print(e)
