# bitwise operations on pseudo-random signed big ints (two's complement semantics) checked against identities
state = 8080
def rnd(bits):
    global state
    out = 0
    for _ in range(bits // 30 + 1):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 30) | (state >> 34)
    return out % 2**bits
rows = []
for i in range(50):
    a = rnd(10 + i * 5) - rnd(9 + i * 5)
    b = rnd(3 + (i * 11) % 150) - rnd(2 + (i * 7) % 150)
    s = i % 67
    vals = (a & b, a | b, a ^ b, ~a, a << s, a >> s, b >> (s + 64), (a & b) + (a | b) == a + b, (a ^ b) == (a | b) - (a & b), ~a == -a - 1)
    rows.append(vals)
    if i % 7 == 0:
        print(i, a, b, vals[:6])
print(all(r[7] and r[8] and r[9] for r in rows))
print(sum(hash(r[:7]) % 1000 for r in rows))
m = (1 << 200) - 1
x = rnd(300) - rnd(300)
print(x & m, x | ~m, (x ^ m) & m, (x >> 100) << 100 == x & ~((1 << 100) - 1), x.bit_length(), (-x).bit_count() == x.bit_count())
print([(-(1 << k)) >> k for k in range(0, 130, 13)], [((1 << k) - 1) & -(1 << (k // 2)) for k in range(0, 80, 16)])
