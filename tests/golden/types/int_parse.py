# int() from strings with bases, prefixes, underscores, whitespace, signs
cases = [("0", 10), ("  42  ", 10), ("-17", 10), ("+17", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16),
         ("0xff", 16), ("0xff", 0), ("0o777", 0), ("0b1011", 0), ("0B11", 0), ("0O17", 0), ("0X1f", 0),
         ("777", 8), ("0o777", 8), ("1011", 2), ("0b1_0_1", 2), ("z", 36), ("ZZ", 36), ("10", 36),
         ("-0x10", 0), ("  -0b11\n", 0), ("0", 0), ("00", 0), ("0_0", 0), ("12", 3), ("\t\n 9 \r", 10),
         ("\u0661\u0662", 10), ("\uff11\uff12", 10), ("123456789012345678901234567890", 10),
         ("-1234567890abcdef1234567890", 16), ("1" * 80, 2)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int(b"42"), int(bytearray(b" 17 ")), int(b"ff", 16), int(b"0x1F", 0))
print(int(), int(3.9), int(-3.9), int(True), int(1e20), int("7", base=8))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
for s, b in [("", 10), (" ", 10), ("1.5", 10), ("12a", 10), ("0x", 16), ("0x1g", 0), ("08", 0),
             ("1__0", 10), ("_10", 10), ("10_", 10), ("2", 2), ("9", 8), ("-", 10), ("+-1", 10),
             ("1 2", 10), ("abc", 37), ("10", 1), ("10", -1), ("0b", 0), ("\x00", 10), ("x" * 300, 10)]:
    t(lambda: int(s, b))
t(lambda: int(1.5, 10))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int("10", 2.0))
t(lambda: int("10", "2"))
t(lambda: int(x="10"))
t(lambda: int("1", 10, 3))
t(lambda: int(b"12a"))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
