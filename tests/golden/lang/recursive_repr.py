# self-referencing containers: repr shows [...] and {...}, equality and printing of nested cycles
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {'k': 1}
d['self'] = d
print(d)
l1 = []
l2 = [l1]
l1.append(l2)
print(l1, l2)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f'Node({self.children!r})'
n = Node()
n.children.append([n] if False else 'leaf')
print(n)
s = {'a': [1, {'b': None}]}
s['a'][1]['b'] = s['a']
print(s)
print(str(a) == repr(a), f'{d}')
