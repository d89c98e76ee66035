# everyday string operations inside programs: split/join/strip/replace/find/startswith/format chains on real data
log = """2024-01-05 INFO  server started port=8080
2024-01-05 WARN  disk usage 91%
2024-01-06 ERROR connection refused host=db.local
2024-01-06 INFO  request path=/index.html status=200
2024-01-07 ERROR timeout host=cache.local"""
by_level = {}
for line in log.splitlines():
    date, level, *rest = line.split(maxsplit=2)
    by_level.setdefault(level, []).append((date, rest[0] if rest else ''))
for level in sorted(by_level):
    print(f'{level:<5} {len(by_level[level])}')
hosts = [part.split('=', 1)[1] for line in log.splitlines() for part in line.split() if part.startswith('host=')]
print(hosts, [h.removesuffix('.local') for h in hosts])
print(log.count('ERROR'), log.find('WARN'), log.rfind('INFO'), log.index('disk'), 'port=8080' in log)
title = '  the QUICK brown fox  '
print(repr(title.strip()), title.title().strip(), title.upper().split(), title.strip().capitalize(), title.swapcase().strip())
csv = 'name,age,city\nann,31,oslo\nbob,27,lima\n'
rows = [r.split(',') for r in csv.strip().split('\n')]
header, *records = rows
print([dict(zip(header, r)) for r in records])
print('-'.join(['a', 'b']).replace('-', ' + '), 'abc'.center(9, '*'), '42'.zfill(5), 'x'.ljust(3, '.') + '|', 'tab\tsep'.expandtabs(4))
print('Hello World'.lower().startswith(('hello', 'hi')), 'file.tar.gz'.rsplit('.', 1), 'a b  c'.split(' '), ' a b '.split())
print('ab12'.isalnum(), '12'.isdigit(), 'ab'.isalpha(), '  '.isspace(), 'Title Case'.istitle(), 'lower'.islower())
print('%s has %d items' % ('cart', 3), '{0}-{0}'.format('x'), str.maketrans('ab', 'xy') == {97: 120, 98: 121}, 'aabb'.translate(str.maketrans('ab', 'xy')))
