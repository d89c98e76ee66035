# complex formatting with format specs: precision, types e/f/g, width and alignment, signs, repr vs str vs format
vals = [1 + 2j, -1.5 - 0.25j, 1j, -1j, 0j, complex(1e20, -1e-20), complex(float("inf"), float("nan")), complex(-0.0, 0.0), 3 + 0j]
specs = ["", "g", ".2f", ".3e", "10.1f", "<20", ">20", "^20", "+", " ", "-", "+.1f", ".0f", "G", "E", "F", "*^25.2f", ".5", "#.0f", "_.2f"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ValueError: %s" % e)
    print(repr(v), out)
print(f"{1+2j:.1f}", f"{(1+2j).real:5}", "%s" % (1 + 2j), "{0.real} {0.imag}".format(2 - 3j), str(complex(1, -0.0)))
