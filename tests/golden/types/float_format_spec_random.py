# pseudo-random float format specs (fill, align, sign, z, #, 0, width, grouping, precision, type) on assorted floats
state = 1618
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
def pick(options):
    return options[rnd(len(options))]
values = [0.0, -0.0, 1.5, -2.25, 1234567.891, -0.000123, 1e22, 5e-324, float("inf"), float("-nan"), 0.5, 2.5, 999.9996, -1e-7]
for i in range(140):
    spec = (pick(["", "*", "0", "é"]) + pick(["<", ">", "^", "="])) if rnd(2) else ""
    spec += pick(["", "+", "-", " "]) + pick(["", "", "z"]) + pick(["", "#"]) + pick(["", "0"]) + pick(["", "1", "9", "15"])
    spec += pick(["", "", ",", "_"]) + pick(["", "", ".0", ".3", ".12"]) + pick(["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x"])
    v = pick(values)
    try:
        out = repr(format(v, spec))
    except (ValueError, TypeError) as e:
        out = type(e).__name__ + ": " + str(e)
    print(repr(spec), repr(v), out)
