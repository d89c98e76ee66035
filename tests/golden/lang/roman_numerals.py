# program: roman numeral conversion both ways with validation, round-trip over a range
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
          (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f'{n} out of range')
    out = []
    for v, s in VALUES:
        count, n = divmod(n, v)
        out.append(s * count)
    return ''.join(out)
def from_roman(s):
    lookup = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        try:
            v = lookup[ch]
        except KeyError:
            raise ValueError(f'bad numeral {ch!r}') from None
        if i + 1 < len(s) and lookup.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f'non-canonical numeral {s!r}')
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for s in ['MCMXCIV', 'IIII', 'ABC', 'IC']:
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print(s, 'ValueError:', e)
try:
    to_roman(0)
except ValueError as e:
    print(e)
