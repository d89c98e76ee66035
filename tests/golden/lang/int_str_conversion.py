# int <-> str conversion: bases, prefixes, underscores, whitespace, errors, the 4300-digit limit
print(int('42'), int('-0'), int(' +7 '), int('0x1f', 16), int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('1_000_000'), int('١٢٣'), int(3.99), int(-3.99), int(True), int('10', 2), int(b'12'))
for args in [('',), ('1.5',), ('0x10',), ('12', 1), ('12', 37), ('1__0',), ('_1',), ('08', 0), (None,), ('abc', 16)]:
    try:
        print(args, int(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int('1' * 4301)
except ValueError as e:
    print(e)
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)))
print(str(-12345678901234567890), repr(2 ** 70), hex(2 ** 70), oct(-8), bin(-5), format(2 ** 70, 'x'))
print(f'{12345678901234567890:,}', f'{-255:#x}', f'{255:#010b}', str(0), str(-0))
