# int formatting with format specs: fill, align, sign, #, 0, width, grouping, b/o/x/X/c/d/n/e/f/g/%
specs = ["", "d", "5", "<5", ">5", "^5", "*^7", "+", "-", " ", "+5", "05", "=+8", "#x", "#X", "#o", "#b",
         "x", "X", "o", "b", ",", "_", "_x", "_b", "10,", "010,", "#010x", "e", ".2e", "E", "f", ".3f",
         "g", "G", "%", ".1%", "n", "c", "#_b", "-^+9", ",d", "z5"]
for n in (0, 7, -7, 255, 1234567, -9876543210, 2**70):
    out = []
    for s in specs:
        try:
            out.append(format(n, s))
        except (ValueError, OverflowError) as e:
            out.append("<%s: %s>" % (type(e).__name__, e))
    print(n, out)
print(format(True, ""), format(True, "d"), format(False, "x"), format(True, "5"))
print(f"{42:>{8}}", f"{42:{'^'}{9}}", "{:,}".format(10**12), "{0:#_x}".format(2**40))
print(format(65, "c"), format(0x1F600, "c"), format(10**30, ","), format(-10**30, "_"))
print(format(5, ".0f"), format(123, "0=+10"), format(123, "@<10"), format(123, "\u00e9>6"))
