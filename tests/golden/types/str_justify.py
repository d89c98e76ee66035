# str.center/ljust/rjust/zfill/expandtabs, including fill characters and odd padding
for s in ("", "a", "ab", "abc", "\U0001F600"):
    for w in (0, 1, 4, 5, 6):
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "\u00e9")), repr(s.center(w, "-")))
for s in ("", "42", "-42", "+42", "abc", "-", "+", "3.14", "-0x1f", "00"):
    print(repr(s), s.zfill(0), s.zfill(5), s.zfill(1))
for s in ("a\tb", "\t", "abc\tdef\tg", "12345678\tx", "a\nb\tc", "x\r\ty", "\t\t", "ab\u00e9\tz"):
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=3)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".ljust(5, ""))
t(lambda: "a".rjust(5, 1))
t(lambda: "a".center("5"))
t(lambda: "a".center())
t(lambda: "a".zfill("3"))
t(lambda: "a".expandtabs("4"))
t(lambda: "a".ljust(3.0))
t(lambda: "a".rjust(5, b"x"))
t(lambda: "a".center(10**30))
