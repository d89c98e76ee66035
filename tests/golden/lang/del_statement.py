# del in every form: names, attributes, subscripts, slices, tuples of targets, globals, locals, errors
a = 1
del a
try:
    a
except NameError as e:
    print(e)
b, c, d = 1, 2, 3
del b, c
print(d, 'b' in globals(), 'c' in globals())
L = list(range(8))
del L[0]
del L[-1]
del L[1:3]
del L[::2]
print(L)
D = {'x': 1, 'y': 2, 'z': 3}
del D['x'], D['y']
print(D)
class O: pass
o = O()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, 'attr'), o.other)
nested = {'k': [1, 2, {'deep': 1}]}
del nested['k'][2]['deep']
print(nested)
[e, f] = 1, 2
del [e, f]
print('e' in globals())
def local_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as err:
        return str(err)
print(local_del())
for err_src in ['del undefined_x', 'del L[100]', 'del D["missing"]', 'del o.missing', 'del (1, 2)[0]', 'del "s"[0]']:
    try:
        exec(err_src)
    except Exception as err:
        print(type(err).__name__, err)
def del_param(p):
    del p
    p = 'rebound'
    return p
print(del_param(1))
