# pseudo-random printf-style % conversions (flags, width, precision, type) applied to ints, floats and strings
state = 1414
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
def pick(options):
    return options[rnd(len(options))]
values = [0, 7, -42, 255, 10**15, 3.14159, -0.5, 1e-5, 2.5e10, float("inf"), "text", "é", True]
for i in range(130):
    fmt = "%" + "".join(pick(["", "-", "+", " ", "#", "0"]) for _ in range(rnd(3))) + pick(["", "1", "6", "10"])
    fmt += pick(["", "", ".0", ".2", ".5"]) + pick(["d", "i", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a", "u"])
    v = pick(values)
    try:
        out = repr(fmt % (v,))
    except (ValueError, TypeError, OverflowError) as e:
        out = type(e).__name__ + ": " + str(e)
    print(repr(fmt), repr(v), out)
