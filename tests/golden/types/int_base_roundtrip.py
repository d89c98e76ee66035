# int(str, base) for every base 2..36 against a reference conversion, on pseudo-random values, plus format round trips
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = DIGITS[r] + s
    return "-" + s if neg else s
state = 17
def rnd(bits):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> (64 - bits)
results = []
for base in range(2, 37):
    vals = [0, 1, base - 1, base, base ** 5 + 1, -rnd(40), rnd(63), rnd(20) * rnd(60)]
    ok = all(int(to_base(v, base), base) == v for v in vals)
    ok_upper = all(int(to_base(v, base).upper(), base) == v for v in vals)
    results.append((base, ok, ok_upper, to_base(vals[-1], base)[:12]))
for r in results:
    print(r)
for v in (rnd(64), -rnd(64), 2**200 + rnd(50)):
    print(int(format(v, "b"), 2) == v, int(format(v, "o"), 8) == v, int(format(v, "x"), 16) == v, int(format(v, "#x"), 0) == v, int(format(v, "_d").replace("-", "-"), 10) == v)
print(int("z" * 20, 36), int("1" * 64, 2), int("7" * 30, 8), int("-" + "f" * 40, 16))
