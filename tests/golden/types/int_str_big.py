# str()/repr()/int() of big ints near the 4300-digit limit, and hex/bin conversions which have no limit
x = 7 ** 5000
s = str(x)
print(len(s), s[:30], s[-30:], int(s) == x, len(repr(-x)), repr(-x)[:10])
y = 10 ** 4299 - 1
print(len(str(y)), str(y)[:5], int("9" * 4299) == y, str(y + 1)[:2] if False else "")
h = hex(3 ** 20000)
print(len(h), h[:20], int(h, 16) == 3 ** 20000, len(bin(3 ** 20000)), len(oct(3 ** 20000)))
f = 1
for i in range(2, 1000):
    f *= i
print(len(str(f)), str(f)[:25], str(f).count("0"), sum(map(int, str(f))), f % (10**9 + 7))
print(f"{2**1000:,}"[:30], f"{-2**600:_}"[:20], format(2**3000, "x")[:15], "%d" % 2**2000 == str(2**2000), ("%x" % 3**3000)[:12])
print(int(" -" + "1" * 4000 + " ") == -int("1" * 4000), int("1_" * 2000 + "1") == int("1" * 2001), int("0" * 4000 + "7"))
