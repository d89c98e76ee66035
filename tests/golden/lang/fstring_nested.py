# f-strings (PEP 701): reused quotes, nested f-strings, backslashes and comments in replacement fields
items = ['a', 'b']
print(f"{", ".join(items)}")
print(f'{'\n'.join(items)}')
print(f"{f"{f"{1 + 1}"}"}")
print(f'{'x' * 3:>{2 + 4}}')
x = 10
print(f'{
    x  # a comment inside the field
    + 1
}')
print(f'{x!r:>{x // 2}}|', f'{"\\"}', f'{"\t"!r}')
print(f'{x:{'>'}{'10'}}|')
nested = {'a': {'b': 'deep'}}
print(f'{nested['a']['b']}')
print(f'{(lambda: 42)()}', f'{x if x > 5 else -x}', f'{[*items, *"cd"]}')
print(f'{x:=^9}', f'{ x = }', f'{x!s:>4}{x!r:<4}|')
print(f'{{{x}}}', f'{{{{{x}}}}}', f'}}{{')
print(rf'\n{x}\t', fr'{x}\d')
print(len(f'{'é'}{'😀'}'), f'{'😀'!a}')
