# subscripting every builtin container kind with keys of many types: results or exact TypeError/IndexError/KeyError
containers = ["abc", b"abc", bytearray(b"abc"), [1, 2, 3], (1, 2, 3), range(3), {0: "zero", "k": "v", (1,): "t"}, memoryview(b"abc")]
keys = [0, -1, 3, True, 1.0, "k", None, slice(1, None), slice(None, None, -1), (1,), [0], 10**20, ...]
for c in containers:
    row = []
    for k in keys:
        try:
            v = c[k]
            row.append(repr(v) if not isinstance(v, memoryview) else "mv" + repr(v.tobytes()))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(type(c).__name__, row)
for c in ([1, 2, 3], bytearray(b"abc"), {0: 1}):
    row = []
    for k in (0, 5, "k", slice(0, 1), None):
        try:
            c2 = c.copy()
            c2[k] = [9] if isinstance(k, slice) and isinstance(c, list) else (b"z" if isinstance(k, slice) else 120)
            row.append(repr(c2))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print("set", type(c).__name__, row)
