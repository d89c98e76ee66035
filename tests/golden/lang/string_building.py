# string building in loops: +=, join, format, slicing, multiplication; BUILD_STRING and FORMAT_* instructions
parts = []
s = ''
for i in range(10):
    s += str(i)
    parts.append(f'{i:02d}')
print(s, '-'.join(parts), len(s))
line = ''
for word in 'the quick brown fox'.split():
    line += word[0].upper() + word[1:] + ' '
print(repr(line.strip()))
table = [('alpha', 1.5, 10), ('beta', 22.25, 200), ('gamma', 333.125, 3)]
for name, price, qty in table:
    print(f'{name:<8}|{price:>9.2f}|{qty:^5}|{price * qty:>10,.1f}')
print(f'{"total":<8}|{sum(p * q for _, p, q in table):>9.2f}|')
w = 12
for n in [1, 22, 333]:
    print(f'[{n:>{w}}] [{n:<{w}}] [{n:^{w}}] [{n:*^{w}}]')
row = ''.join(chr(ord('a') + i) for i in range(26))
print(row, row[::5], row.upper()[-3:], row.find('k'), row.count('a'))
acc = []
for i in range(5):
    acc.append('x' * i)
print('|'.join(acc), '|'.join(reversed(acc)))
print(f'{1}{2}{3}', f'a{1}b{2}c', f'{"x"}' + f'{"y"}', f'{3.0!r}{None!s}{"q"!r}')
