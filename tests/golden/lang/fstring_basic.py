# f-strings: expressions, conversions !r !s !a, nested quotes, braces, multi-line, concatenation
name, n, pi = 'Kaa', 42, 3.14159
print(f'hello {name}', f"{n + 1}", f'{name!r} {name!s} {"é"!a} {n!r}')
print(f'{{literal braces}} {n}{{}}', f'{n}' f'{n}' 'plain' f'{name}')
print(f'{"double" + '"'"'single'"'"' if False else "q"}', f"{'single'}", f'''{"triple"}''')
d = {'key': 'value', 1: 'one'}
print(f'{d["key"]} {d[1]} {[x * 2 for x in range(3)]} {(lambda y: y + 1)(1)}')
print(f'{n:>6}|{n:<6}|{n:^6}|{n:06}|{n:+}|{n:x}|{n:#o}|{n:b}|{n:,}|{1234567:_}')
print(f'{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:.3g}|{pi:%}|{0.5:.0%}|{1e20:g}|{-pi:+.1f}')
print(f'{name:*^9}|{name:.2}|{name:>{n // 6}}|{"x":{"<"}5}|')
width, prec = 12, 3
print(f'{pi:{width}.{prec}f}|{pi:>{width}}|')
print(f'{n=}', f'{name = }', f'{pi=:.2f}', f'{n + 1=}', f'{name=!s}', f'{d["key"]=}')
print(f'''multi
{n}
line''')
print(f'{n}' == str(n), type(f'{n}').__name__, f'' == '', f'{"nested {inner}"}')
print(f'{f"{f'{n}'}"}', f"{'a' 'b'}")
print(f'{3:{"0"}{4}}', f'{"{"}{"}"}')
class C:
    def __format__(self, spec): return f'<{spec}>'
print(f'{C()}', f'{C():abc}', f'{C()!r:.4}'[:4], f'{C():{n}}')
print(f'{True!r:>6}|{None}|{[1, 2]!s:^10}|')
try:
    f'{n:q}'
except ValueError as e:
    print(e)
try:
    f'{name:d}'
except ValueError as e:
    print(e)
