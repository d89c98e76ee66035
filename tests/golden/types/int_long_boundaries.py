# int operations at and around the 64-bit boundaries (2**63, 2**64, 2**31): no overflow, exact results and conversions
M, m = 2**63 - 1, -2**63
vals = [M, M + 1, m, m - 1, 2**64 - 1, 2**64, -2**64, 2**31 - 1, -2**31, 2**32, 3037000499, 3037000500, -3037000500]
for v in vals:
    print(v, v + 1, v - 1, v * 2, -v, abs(v), v // 3, v % 7, v * v, v << 1, v >> 63, ~v, hex(v), v.bit_length(), hash(v))
print(M + M, m + m, M - m, m - M, M * m, m * m, m // -1, m % -1, divmod(m, -1), M * -1 - 1 == m, -m == M + 1)
print(pow(M, 2), pow(m, 3), pow(2, 63) == M + 1, pow(2, 64, 2**64 + 1), pow(M, M, 10**9 + 7), (M + 1) // (2**32), (M + 1) >> 32)
print(float(M), float(M + 1), int(float(M)), float(m), int(float(m)) == m, M == float(M), M + 1 == float(M), m == float(m))
print(M < float(M), M + 2 > float(M), 2**64 == 2.0**64, 2**64 + 1 > 2.0**64, -2**63 - 1 < float(-2**63), 9007199254740993 > 9007199254740992.0)
print(str(M), repr(m), format(M, ","), format(m, "x"), "%d %x" % (M + 1, m - 1), int(str(m - 1)) == m - 1, int("-9223372036854775809"))
print(sorted(vals)[:3], max(vals), min(vals), sum(vals), len({M, M + 1, float(M + 1)}), [M, M + 1].index(M + 1), range(m, M)[-1] == M - 1)
print(M.to_bytes(8, "big"), (M + 1).to_bytes(9, "big"), m.to_bytes(8, "big", signed=True), int.from_bytes(b"\xff" * 8, "big", signed=True))
print(len(range(m, M)) if False else (M - m), range(0, 2**64, 2**62)[-1], [(M + i) % 5 for i in range(4)], (M * 3) // M, -(M * 3) // M)
