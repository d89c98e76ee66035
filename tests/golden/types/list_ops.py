# list operators and indexing: + * in, item assignment/deletion, negative indices, errors
a = [1, 2, 3]
print(a + [4], [0] + a, a * 2, 2 * a, a * 0, a * -1, [] * 5, 3 in a, 4 not in a, [1] in [[1], 2])
print(a[0], a[-1], a[-3], len(a), a.__len__(), a.__contains__(2), a.__getitem__(1), bool([]), bool([0]))
a[1] = "two"; print(a)
a[-1] = [3]; print(a)
del a[0]; print(a)
a += (5, 6); print(a)
a += "xy"; print(a)
x = a
x *= 2
print(x is a, len(a))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1], [row[0] for row in nested])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: [1] + (2,))
t(lambda: [1] + "a")
t(lambda: (1,) + [2])
t(lambda: [1] * [2])
t(lambda: [1] * 1.0)
t(lambda: [1] * 10**30)
t(lambda: [1, 2][2])
t(lambda: [1, 2][-3])
L = [1, 2]
t(lambda: L["0"])
t(lambda: L[None])
t(lambda: L[1.0])
t(lambda: [][0])
def setbad():
    b = [1]
    b[5] = 2
t(setbad)
def delbad():
    b = [1]
    del b[-2]
t(delbad)
def iadd_bad():
    b = [1]
    b += 5
t(iadd_bad)
t(lambda: [1] - [1])
t(lambda: -[1])
t(lambda: [1] < [2] < [3])
t(lambda: [1, 2] < [1, "a"])
t(lambda: hash([]))
t(lambda: {[]: 1})
