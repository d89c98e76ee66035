# large code objects: more than 256 constants, names and locals, and long jumps (EXTENDED_ARG everywhere)
src = ['def big(flag):']
for i in range(300):
    src.append(f'    v{i} = {i * 7 + 1000}')
src.append('    total = 0')
src.append('    if flag:')
for i in range(300):
    src.append(f'        total += v{i}')
src.append('    else:')
src.append('        total = -1')
src.append('    return total, v299, "s299"')
ns = {}
exec('\n'.join(src), ns)
print(ns['big'](True), ns['big'](False), ns['big'].__code__.co_nlocals)
consts = ', '.join(f'"c{i}"' for i in range(400))
exec(f'def many_consts():\n    return [{consts}]', ns)
r = ns['many_consts']()
print(len(r), r[0], r[255], r[256], r[399])
names = '\n'.join(f'g{i} = {i}' for i in range(300))
exec(names, ns)
print(ns['g0'], ns['g299'], sum(ns[f'g{i}'] for i in range(300)))
def long_jump(n):
    if n > 0:
        x = 0
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        return x
    return 'negative'
print(long_jump(1), long_jump(-1))
total = 0
i = 0
while i < 3:
    exec('pass')
    total += len(r) + ns['big'](True)[0] % 7 + long_jump(1)
    i += 1
print(total)
