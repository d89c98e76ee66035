# every list, tuple, dict, set and frozenset method called with no arguments, one int, and too many: exact messages
for obj in ([3, 1, 2], (3, 1, 2), {"a": 1}, {1, 2}, frozenset({1, 2})):
    names = sorted(n for n in dir(type(obj)) if not n.startswith("_") and n != "fromkeys")
    for name in names:
        out = []
        for args in ((), (1,), (1, 2, 3, 4)):
            try:
                copy = type(obj)(obj)
                r = getattr(copy, name)(*args)
                out.append("ok:" + repr(r)[:18])
            except Exception as e:
                out.append(type(e).__name__ + ": " + str(e))
        print(type(obj).__name__, name, out)
