# every zero-argument str, bytes and bytearray method applied to empty and whitespace-only inputs
for obj in ("", " ", "\t\n", b"", b" ", bytearray(b"")):
    out = []
    for name in sorted(dir(type(obj))):
        if name.startswith("_") or name in ("maketrans", "fromhex", "join", "hex"):
            continue
        try:
            out.append((name, getattr(obj, name)()))
        except TypeError:
            pass
        except Exception as e:
            out.append((name, type(e).__name__ + ": " + str(e)))
    print(repr(obj), out)
print("".split(), "".split(","), "".rsplit(), "".splitlines(), "".partition("x"), "".center(3), "".zfill(2), "".join([]))
print(b"".split(), b"".split(b","), b"".splitlines(), b"".partition(b"x"), b"".center(3), b"".zfill(2), b"".join([]), b"".hex())
