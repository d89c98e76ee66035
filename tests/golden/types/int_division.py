# int floor division, modulo and true division signs, zero division messages
for a in (7, -7, 0, 1, -1, 10**25, -(10**25)):
    for b in (2, -2, 3, -3, 10**12, -(10**12)):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1 / 0)
t(lambda: divmod(1, 0))
t(lambda: 10**30 // 0)
t(lambda: 10**30 % 0)
t(lambda: 10**30 / 0)
t(lambda: 0 / 0)
t(lambda: 1 // 0.0)
t(lambda: 1 % 0.0)
t(lambda: 1 / 0.0)
t(lambda: divmod(1, 0.0))
t(lambda: 0 ** -1)
t(lambda: 10**400 / 1)
t(lambda: 10**400 / 10**399)
t(lambda: 1 / 10**400)
t(lambda: (10**400 + 1) // 10**399)
t(lambda: 2**1100 / 3)
t(lambda: -(2**1100) // 3)
t(lambda: 10**310 / 10**5)
