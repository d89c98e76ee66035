# bitwise operators on ints and bools, with negative and big operands, and their errors
for a, b in [(12, 10), (-12, 10), (12, -10), (2**70 + 5, 3), (-(2**70), 2**65)]:
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 2).__name__, ~True)
print(0xF0 & 0x3C | 0x01 ^ 0x10, 1 << 2 + 1, (1 << 2) + 1)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (255).bit_count())
for expr in ['1.0 & 1', '1 | 2.0', '"a" ^ 1', '~1.5', '1 << 1.0', '[1] & [2]']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {3, 4}, {1, 2, 3} - {1})
x = 0b1010
x &= 0b0110; print(x)
x |= 0b1000; print(x)
x ^= 0b1111; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
