# format specs applied to str: fill, align, width, precision truncation, = and sign errors
for spec in ("", "5", "<5", ">5", "^5", "^6", "x^7", "\u00e9>4", ".2", "8.3", "<8.3", "^9.1", ".0", "s", "10s", ".10"):
    print(repr(spec), repr(format("abc", spec)), repr(format("", spec)), repr(format("\U0001F600\u00e9", spec)))
print(f"{'x':{'<'}{5}}|", f"{'long string':.4}|", f"{'a'!r:>6}|", f"{'é'!a}", f"{'ab'=}", f"{3*'z'=:>5}")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
for spec in ("d", "=5", "+", " ", "-", "05", "#", ",", "_", "x", "z", "5.5.5", ".", "<<", "c", "%"):
    t(lambda: format("abc", spec))
t(lambda: format("abc", None))
t(lambda: "abc".__format__(5))
t(lambda: format("abc", "0"))
t(lambda: format("abc", "=<5"))
