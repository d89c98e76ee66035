# pseudo-random int format specs (fill, align, sign, z, #, 0, width, grouping, precision, type) on pseudo-random ints
state = 2718
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
def pick(options):
    return options[rnd(len(options))]
lines = 0
for i in range(140):
    spec = pick(["", "", "*", "0", "é"]) + pick(["", "<", ">", "^", "="]) if rnd(2) else ""
    spec += pick(["", "+", "-", " "]) + pick(["", "", "z"]) + pick(["", "#"]) + pick(["", "0"]) + pick(["", "1", "8", "12"])
    spec += pick(["", "", ",", "_"]) + pick(["", "", ".2"]) + pick(["", "d", "b", "o", "x", "X", "c", "n", "e", "f", "g", "%", "s"])
    n = (rnd(2**15) - 2**14) * pick([1, 1, 1000, 10**12])
    try:
        out = repr(format(n, spec))
    except (ValueError, OverflowError, TypeError) as e:
        out = type(e).__name__ + ": " + str(e)
    print(repr(spec), n, out)
