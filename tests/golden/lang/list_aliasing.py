# aliasing and copying of mutable objects: shared references, shallow copies, default-argument sharing, nested lists
a = [1, 2, [3, 4]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(5)
a[2].append('shared')
print(a, b, c, d, e, sep='\n')
print(b is a, c is a, c[2] is a[2])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
x = [1, 2]
y = x
x += [3]
print(y)
x = x + [4]
print(y, x)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
m = {'k': [1]}
n = dict(m)
n['k'].append(2)
n['j'] = 'only in n'
print(m, n)
s = 'imm'
t = s
s += 'utable'
print(s, t)
lst = [[]] * 2
lst[0].append('both')
print(lst, lst[0] is lst[1])
