# big int arithmetic beyond 64 bits: add, mul, pow, div, compare, str
a = 2**200 + 12345
b = 3**100 - 7
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, (-a) // b, (-a) % b)
print(a // -b, a % -b)
print(a ** 2)
print(divmod(a, 10**20))
print(a > b, a < b, a == a + 0, a != b)
print(-a, abs(-a), +a)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f // 10**40, f % 10**40)
print(len(str(2**10000)), str(2**1000)[:20], str(2**1000)[-20:])
print(int(str(7**300)) == 7**300)
print(10**18 * 10**18, (10**18) ** 3)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, -9223372036854775808 * -1)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print(abs(-9223372036854775808), -(-9223372036854775808))
print(4611686018427387904 * 2, 3037000500 * 3037000500)
print((2**64 - 1).bit_length(), (2**64).bit_length(), (-(2**64)).bit_length())
print(hex(2**100), oct(2**100), bin(2**70))
print(float(2**100), float(-(2**63)), 2**100 == float(2**100))
print(2**100 + 0.5, 2**52 + 0.5)
