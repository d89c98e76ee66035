# integer arithmetic at the 64-bit boundaries: results must silently become big ints (no wrap-around)
MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX + 1, MIN - 1, -MIN, abs(MIN), MIN * -1, MIN // -1, MIN % -1, divmod(MIN, -1))
print(MAX * 2, MAX * MAX, MIN * MIN, MAX * MIN, (MAX + 1) - 1 == MAX, type(MAX + 1 - 1).__name__)
print(1 << 63, 1 << 64, -1 << 63, (1 << 63) - 1 == MAX, 3037000500 ** 2, 2 ** 63, 2 ** 64, (-2) ** 63)
print(~MAX, ~MIN, MAX & MIN, MAX | MIN, MAX ^ MIN, MIN >> 63, MIN >> 64, MAX >> 62)
x = MAX
x += 1
print(x, x - 1, x * 0, hash(x) == hash(MAX + 1), x == 2 ** 63)
y = MIN
y -= 1
print(y, -y, y // 2, y % 7, y >> 1)
acc = 1
for i in range(1, 30):
    acc *= i
print(acc, acc // 3**10, acc % (2**64))
print(4294967296 * 4294967296, 4294967295 * 4294967297, -4294967296 * 4294967296)
print(int('9223372036854775808'), int('-9223372036854775809'), str(2**63 - 1), float(2**63), int(2.0**63))
print(sum([MAX, MAX, MAX]), max(MAX, MAX + 1), MIN < MIN + 1, MAX + 1 > MAX, round(MAX + 0.0))
print([MAX + i for i in range(3)], [MIN - i for i in range(3)])
print(MAX // 3, MAX % 3, -MAX // 3, MIN // 3, MIN % 3, pow(MAX, 2, 10**9 + 7), pow(2, 64, 2**64 + 1))
