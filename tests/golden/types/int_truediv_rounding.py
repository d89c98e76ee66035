# int / int is correctly rounded even for huge operands; float results for mixed big/small ints
state = 7
def rnd(bits):
    global state
    out = 0
    for _ in range(bits // 31 + 1):
        state = (state * 1103515245 + 12345) % 2**31
        out = (out << 31) | state
    return out % (2**bits) + 1
for i in range(40):
    a = rnd(10 + i * 9)
    b = rnd(5 + (i * 17) % 300)
    print(a / b, -a / b, b / a, a / -b)
print(1 / 3, 2 / 3, 10**30 / 3, (10**30 + 1) / 10**30, 2**1000 / 2**999, (2**1080 + 1) / 2**1079)
print(9007199254740993 / 1, 9007199254740995 / 1, 18014398509481987 / 2, (2**54 + 1) / 4)
print(10**400 // 10**399 / 3, 10**320 / 10**300, 1 / 10**320, 10**-5, 2**-1074, 2**-1075, 3 * 2**-1076)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: 10**400 / 3)
t(lambda: 3 / 10**400)
t(lambda: 2**-1100)
t(lambda: 10**400 / 10**401)
