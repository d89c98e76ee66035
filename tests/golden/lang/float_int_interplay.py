# int/float interplay: true division always float, floor semantics, exact comparisons of big ints with floats
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 7 // 2.0, -7 // 2.0, 7 % -2.5, 2 ** 0.5 * 2 ** 0.5 == 2)
print(10**16 + 1 == float(10**16 + 1), 2**53 + 1 > 2.0**53, 2**1000 > 1e300, 2**1024 > 1.7e308, float(2**1023) * 2)
print(int(1e20), int(-1.5), int(1.9999999999999999), round(1e20), round(2.5), round(-0.5), round(0.5000001))
print(1 == 1.0, hash(10**20) == hash(1e20), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(3 * 0.1, 0.1 * 3, 1 - 0.9, 100 * 1.1, 1e16 + 1.0, 9007199254740993.0, 2.5e-324, 1.7976931348623157e308 * 1.0000001)
print(divmod(7, 2.5), divmod(-7, 2.5), 7.5 // 2, -7.5 % 2, 5 % 0.3, (-5) % 0.3)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(e)
print(10 ** 400 // 3 % 1000, (10 ** 400) / (10 ** 399), 1 / 3 == 1 // 3, 1 // 3.0)
print(sum([0.1] * 10) == 1.0, float('0.1') == 0.1, 0.1.hex(), float.fromhex('0x1.999999999999ap-4') == 0.1)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([1, 1.0, True]), [1, 1.0] == [1.0, True])
