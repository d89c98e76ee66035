# format specs via format(), str.format and f-strings: fill, align, sign, width, grouping, precision, types
vals = [0, 7, -7, 255, 2**40, 3.5, -0.0, 1e-7, 123456.789, float('inf'), float('nan')]
specs = ['', '>8', '<8', '^8', '=+8', '08', ',', '_', '.2f', '.3e', '.4g', '%', 'x', 'X', 'o', 'b', 'c', '#x']
for spec in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(spec), '|'.join(row))
print(format('text', '*<10'), format('text', '>10.2'), format('ab', '^7'), format('s', ''))
print('{0} {1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{} {}'.format(*'ab'))
print('{0[0]} {0[1][k]} {1.real}'.format([5, {'k': 'v'}], 3 + 4j), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{{}} {}'.format(1))
print(format(1234567.891, ',.2f'), format(-1234567, '_'), format(0.000123, '.2e'), format(12.0, 'g'))
print(format(True, 'd'), format(True), format(3, '.2f'), format(10**20, ','), format(5, '#b'))
print(format(1+2j, '.1f'), format(1.5, '10'), format(-1.5, '<10') + '|')
for bad in [('x', 'd'), (1.5, 'd'), (1, 's'), (1, '.2s'), ('a', ','), (2**70, 'c')]:
    try:
        format(*bad)
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
