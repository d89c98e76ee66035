# float formatting: e/E/f/F/g/G/%/n and the empty type, precision, alignment, sign, z, grouping, #
specs = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0e", ".3e", ".0f", ".2f", ".10f", ".0g", ".3g",
         ".12g", ".1%", "10.3f", "<10.2f", ">10.2f", "^12.3e", "*^12", "+", " ", "-", "+.2f", "010.2f",
         "=+12.4f", ",.2f", "_.3f", ",", "#.0f", "#.0e", "#g", "#.3g", "z.1f", "z", ".3", ".0", "r" if 0 else "", "015,.2f"]
for v in (0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, -2.5e20, 0.5, 2.5, 1e16, 123.456e-10):
    print(repr(v), [format(v, s) for s in specs])
for v in (float("inf"), float("-inf"), float("nan"), -float("nan")):
    print(repr(v), [format(v, s) for s in ("", "f", "e", "g", "%", "+", "08.2f", "^9", "E", "F", "G")])
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}")
print("{:.3}".format(1234.5), "{:.30f}".format(0.1), "{:.20e}".format(1 / 3))
print("{:g}".format(1e-5), "{:g}".format(1e-4), "{:g}".format(1e16), "{:g}".format(123456), "{:g}".format(1234567))
print("{:.2}".format(0.0001), "{:.2}".format(100.0), "{}".format(1e16), "{:}".format(1e-5))
print(format(1.0, ".1000f")[-5:], len(format(1e300, "f")), format(5e-324, ".3e"))
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(-0.0, "zf"), format(-1e-10, "z.3e"), format(-0.4, "z.0f"))
