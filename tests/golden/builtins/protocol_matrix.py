# protocol operations on every builtin value kind: len, iter, hash-ability, bool, index, int/float conversion, unary ops
vals = [0, 2.5, 1j, "", "s", b"b", [1], (), {1: 1}, {1}, frozenset(), None, range(2), bytearray(b"x"), ..., len, int, slice(1)]
def r(f):
    try:
        v = f()
        return repr(v)[:18]
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for v in vals:
    print(repr(v)[:20])
    print("   ", r(lambda: len(v)), "|", r(lambda: type(iter(v)).__name__), "|", r(lambda: hash(v) is not None), "|", r(lambda: bool(v)))
    print("   ", r(lambda: [10, 20, 30][v]), "|", r(lambda: int(v)), "|", r(lambda: float(v)), "|", r(lambda: complex(v)))
    print("   ", r(lambda: -v), "|", r(lambda: +v), "|", r(lambda: ~v), "|", r(lambda: abs(v)), "|", r(lambda: v()), "|", r(lambda: v[0]))
