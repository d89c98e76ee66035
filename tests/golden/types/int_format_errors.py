# invalid int format specs and their ValueError messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
for spec in ["s", ".2", ".2d", "#c", "+c", ",c", "_c", ",x", ",b", ",o", "<<<", "5.5.5", "=s", "y", "Z",
             ",_", "_,", "z", "zd", "1000000000000000000000", ".5x", "#s", "__", ",,"]:
    t(lambda: format(42, spec))
t(lambda: format(-1, "c"))
t(lambda: format(0x110000, "c"))
t(lambda: format(42, 5))
t(lambda: (42).__format__(None))
t(lambda: "{:d}".format("a"))
t(lambda: "{:d}".format(1.5))
t(lambda: "{:x}".format(1.5))
t(lambda: "{:c}".format("ab"))
t(lambda: "{:,}".format("abc"))
