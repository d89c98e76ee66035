A = 1 + 2 * 3
B = "a" + "b" * 3
C = (1, 2) + (3,)
D = -5 ** 2
E = 2 ** 100
F = not True
G = x in [1, 2, 3]
H = x in {1, 2, 3}
I = x in {"alpha", "beta", "gamma"}
for q in {"one", "two", "three"}:
    pass
J = "%s-%d" % (a, b)
K = __debug__
if __debug__:
    print("debug")
L = 1 / 0
M = "abc"[1]
N = (1, 2, 3)[0]
