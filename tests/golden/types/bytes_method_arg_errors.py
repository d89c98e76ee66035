# every bytes and bytearray method called with no arguments, a str argument, and too many arguments: exact messages
for obj in (b"abc", bytearray(b"abc")):
    names = sorted(n for n in dir(type(obj)) if not n.startswith("_") and n not in ("maketrans", "fromhex"))
    for name in names:
        out = []
        for args in ((), ("s",), (1, 2, 3, 4)):
            try:
                r = getattr(type(obj)(obj), name)(*args)
                out.append("ok:" + repr(r)[:18])
            except Exception as e:
                out.append(type(e).__name__ + ": " + str(e))
        print(type(obj).__name__, name, out)
