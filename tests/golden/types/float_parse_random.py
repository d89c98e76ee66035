# float() of pseudo-random decimal strings (long mantissas, big/small exponents): correctly rounded parsing
state = 1729
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 20) % n
for i in range(80):
    digits = "".join(str(rnd(10)) for _ in range(1 + rnd(30)))
    frac = "".join(str(rnd(10)) for _ in range(rnd(25)))
    exp = rnd(700) - 350
    sign = "-" if rnd(2) else ""
    s = sign + digits + ("." + frac if frac else "") + ("e%d" % exp if rnd(3) else "")
    v = float(s)
    print(s[:40], repr(v), float(repr(v)) == v)
for s in ("2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324", "2.4703282292062328e-324",
          "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308", "9007199254740993", "0.1e1", "1e-400",
          "123456789012345678901234567890e-10", "0.000000000000000000000000000001e30", "7.038531e-26", "1" + "0" * 400 + "e-400"):
    print(s[:40], repr(float(s)))
