# int.to_bytes and int.from_bytes: byteorder, signed, defaults, overflow errors
for n in (0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, 2**64 - 1):
    for order in ("big", "little"):
        try:
            print(n, order, n.to_bytes(10, order, signed=True))
        except OverflowError as e:
            print(n, order, "OverflowError:", e)
print((1024).to_bytes(2), (1024).to_bytes(4, "little"), (0).to_bytes(0, "big"), (1).to_bytes())
print((255).to_bytes(1, byteorder="big"), (-1).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\x00\x10"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b""))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x02"), "little"))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
print(int.from_bytes(iter([5, 6]), byteorder="little"), bool.from_bytes(b"\x01"), bool.from_bytes(b"\x00"))
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x07")).__name__, MyInt.from_bytes(b"\x07"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (-1).to_bytes(1, "big"))
t(lambda: (128).to_bytes(1, "big", signed=True))
t(lambda: (-129).to_bytes(1, "big", signed=True))
t(lambda: (1).to_bytes(-1, "big"))
t(lambda: (1).to_bytes(1, "middle"))
t(lambda: (1).to_bytes(1, 5))
t(lambda: (1).to_bytes("1", "big"))
t(lambda: int.from_bytes(b"\x01", "sideways"))
t(lambda: int.from_bytes("abc", "big"))
t(lambda: int.from_bytes([256], "big"))
t(lambda: int.from_bytes([-1], "big"))
t(lambda: int.from_bytes(5, "big"))
t(lambda: (1).to_bytes(1, "big", True))
