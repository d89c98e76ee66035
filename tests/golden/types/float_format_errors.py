# invalid float format specs and % formatting of floats
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
for spec in ["d", "x", "b", "c", "s", "=", ",_", "_,", ".", "10.2.2", "#,", "y", ",n", ".-1f"]:
    t(lambda: format(1.5, spec))
t(lambda: format(1.5, ".1000000000000000000000f"))
t(lambda: "%f" % "x")
t(lambda: "%d" % 1.5)
t(lambda: "%x" % 1.5)
t(lambda: "%c" % 1.5)
print("%f %e %g %E %G %.2f %10.3f %-10.1f| %+f %05.1f % f" % (1.5, 1.5, 1.5, 1.5, 1.5, 3.14159, 2.5, 2.5, 1.0, 2.25, 3.0))
print("%r %s %a" % (0.1, 0.1, 0.1), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%#.0f %#x" % (3.0, 255))
print("%d %i %u" % (3.99, -3.99, 7.0), "%.3g|%g|%g" % (1234567.0, 1e-10, float("inf")))
print("%s" % float("nan"), "%f" % float("-inf"), "%5.1f%%" % 99.44)
