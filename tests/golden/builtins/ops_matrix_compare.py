# ordering and equality comparisons and membership across pairs of builtin values: results or exact TypeError messages
vals = [1, 2.5, 1j, True, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset({1}), None, range(1), bytearray(b"b")]
for name, op in (("<", lambda a, b: a < b), (">=", lambda a, b: a >= b), ("==", lambda a, b: a == b), ("in", lambda a, b: a in b)):
    print("op", name)
    for a in vals:
        row = []
        for b in vals:
            try:
                row.append(op(a, b))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(" ", repr(a), row)
