# id() relations (never printed): identity of singletons, small objects, containers, mutation keeps identity
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
a.append(3)
print(id(a) == id(b), b)
print(id(None) == id(None), id(True) == id(1 == 1), id(...) == id(Ellipsis), type(id(a)).__name__, id(a) > 0)
x = ()
y = ()
print(x == y, frozenset() == frozenset(), "" == str())
s = "interned"
print(s is s, id(s) == id(s))
class K:
    pass
k1, k2 = K(), K()
print(id(k1) != id(k2), k1 is not k2, len({id(k1), id(k2)}))
d = {}
before = id(d)
d["x"] = 1
d.clear()
print(id(d) == before)
l = [0]
l += [1]
print(id(l) == id(l), l)
t = (1,)
t_before = id(t)
t += (2,)
print(id(t) == t_before, t)
def f(): pass
print(f is f, f.__code__ is f.__code__, id(f) == id(f))
def t2(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t2(lambda: id())
t2(lambda: id(1, 2))
