# formatting of pseudo-random floats (deterministic LCG) with many specs: correctly rounded decimal conversion
state = 31337
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
vals = []
for i in range(70):
    r = rnd()
    mant = (r >> 11) / 2**53
    exp = (r % 61) - 30
    v = mant * 10.0 ** exp * (-1 if r & 1 else 1)
    vals.append(v)
specs = [".0f", ".1f", ".5f", ".0e", ".3e", ".10e", ".1g", ".4g", ".12g", ".17g", "g", "%", ".2%", "r"]
for v in vals:
    out = []
    for s in specs:
        out.append(repr(v) if s == "r" else format(v, s))
    print(" ".join(out))
half = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.0000000000000002, 0.30000000000000004, 1e22, 1e23, 9.999999999999999e22]
for v in half:
    print(repr(v), format(v, ".0f"), format(v, ".2f"), format(v, ".1e"), format(v, ".16g"), "%.3f" % v, round(v, 1))
