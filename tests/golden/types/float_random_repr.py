# repr/str/format of many pseudo-random floats (deterministic LCG), checking shortest round-trip and parse-back
state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
vals = []
for i in range(150):
    bits = rnd()
    mant = bits % 2**52
    exp = (bits >> 52) % 2047
    sign = -1.0 if (bits >> 63) else 1.0
    if exp == 0:
        v = sign * mant * 2.0**-1074
    else:
        v = sign * (1 + mant / 2**52) * 2.0**(exp - 1023)
    vals.append(v)
ok = all(float(repr(v)) == v for v in vals)
print(ok)
for v in vals[:60]:
    print(repr(v), "%.17g" % v, format(v, ".6e"), v.hex())
for i in range(40):
    x = (rnd() % 10**6) / 10 ** (rnd() % 12)
    print(repr(x), str(x * 3), format(x, ".3f"), format(x, "g"), round(x, 2))
print(sum(vals[:10]), sorted(vals[:8]))
