# binary arithmetic operators across pairs of builtin values: results or the exact TypeError messages
vals = [1, 2.5, 1j, True, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset({2}), None, range(2), bytearray(b"x")]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("&", lambda a, b: a & b),
       ("|", lambda a, b: a | b), ("<<", lambda a, b: a << b)]
for name, op in ops:
    print("op", name)
    for a in vals:
        row = []
        for b in vals:
            try:
                r = op(a, b)
                row.append(repr(r)[:20])
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(" ", repr(a), row)
