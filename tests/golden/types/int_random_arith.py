# pseudo-random big int arithmetic (deterministic LCG): + - * // % divmod pow shifts and bit ops, printed as checksums
state = 12345
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 30) // 31):
        state = (state * 1103515245 + 12345) % 2**31
        out = (out << 31) | state
    return out >> (((bits + 30) // 31) * 31 - bits)
lines = []
for i in range(60):
    a = rnd(1 + i * 7) * (-1 if i % 3 == 0 else 1)
    b = rnd(1 + (i * 13) % 200) * (-1 if i % 4 == 1 else 1) or 7
    q, r = divmod(a, b)
    assert q * b + r == a
    vals = [a + b, a - b, a * b, a // b, a % b, q, r, a & b, a | b, a ^ b, ~a, a >> (i % 70), b << (i % 40),
            pow(abs(a) + 2, 3), pow(a, 5, abs(b) + 1), abs(a).bit_length(), abs(b).bit_count()]
    lines.append(sum(v % 1000003 for v in vals) % 1000003)
    if i % 10 == 0:
        print(i, a, b)
        print("  ", vals[:7])
print(lines)
x = 1
for i in range(1, 300):
    x = x * i + rnd(20)
print(x % 10**40, x.bit_length(), len(str(x)), str(x)[:30])
y = x
for d in (7, 1000000007, 2**64 + 13, 10**30 + 57):
    print(d, y % d, (y // d) % 10**12, (-y) % d, y // -d % 10**12)
print(int(str(x)) == x, int(hex(x), 16) == x, int(bin(x)[2:], 2) == x, int(oct(-x), 8) == -x)
print(x.to_bytes((x.bit_length() + 7) // 8, "big")[:8], int.from_bytes(x.to_bytes(x.bit_length() // 8 + 1, "little"), "little") == x)
print(x / 10**600, (x * 10**40) / x, 2**2000 / 3**1000, -(2**2000) / 3**1000)
