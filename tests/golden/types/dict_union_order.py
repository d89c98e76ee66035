# dict insertion order (updates keep position, delete+reinsert moves to end), | and |= operators, reversed
d = {}
for key in ["z", "a", "m", "b"]:
    d[key] = len(d)
print(d, list(d))
d["a"] = 100; print(d)
del d["z"]; d["z"] = -1; print(d)
print(list(reversed(d)), list(reversed(d.items())), next(reversed(d.values())))
x, y = {"a": 1, "b": 2}, {"b": 20, "c": 30}
print(x | y, y | x, x, y, x | {}, {} | x)
x |= y; print(x)
x |= [("d", 4)]; print(x)
x |= {"a": 0}.items(); print(x)
print({1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2, 0.0: 3, -0.0: 4})
print({i: i * i for i in range(5)}, dict(zip("abc", range(3))), {**{"a": 1}, "b": 2, **{"a": 3}})
class D(dict):
    pass
print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__, D(a=1) | {"b": 2})
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: {"a": 1} | [("b", 2)])
t(lambda: [("b", 2)] | {"a": 1})
t(lambda: {"a": 1} | None)
def ior_bad():
    z = {}
    z |= 5
t(ior_bad)
def ior_bad2():
    z = {}
    z |= [1]
t(ior_bad2)
t(lambda: {} + {})
t(lambda: {} < {})
t(lambda: {1: 2} == {1: 2.0})
