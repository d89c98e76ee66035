if x is 1:
    pass
y = 1 is not x
z = x is () or x is 'a' is None
assert (x, 'msg')
assert (1, 2)
assert ()
(1, 2)(3)
[1](2)
f'{x}'(1)
{x: 1 for x in y}(1)
{1}[0]
(lambda: 1)[0]
1[0]
None[1]
True[0]
'abc'['x']
[1, 2][1.5]
(a, b)['k']
(x for x in y)[0]
[x for x in y]['a']
f'{x}'[1.0]
b'x'[()]
(1, 2)[1:2]
'abc'[True]
obj.method(1)
del (1, 2)[0]
x is -1
def f():
    return x is b'' or (lambda: 1)[0]
