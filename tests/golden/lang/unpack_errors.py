# unpacking errors: too many / not enough values, non-iterables, starred edge cases
def attempt(src):
    try:
        exec(src, {})
    except (ValueError, TypeError) as e:
        print(f'{src!r}: {type(e).__name__}: {e}')
attempt('a, b = 1, 2, 3')
attempt('a, b = [1]')
attempt('a, b, c = "ab"')
attempt('a, b = 1')
attempt('a, *b, c = [1]')
attempt('a, b = None')
attempt('(a, b), c = 1, 2')
attempt('a, b = {1: 2, 3: 4, 5: 6}')
attempt('a, b = iter(range(5))')
attempt('[a] = []')
attempt('*a, b, c, d = range(2)')
def gen():
    yield 1
    yield 2
    yield 3
    print('generator not exhausted past the third value')
    yield 4
try:
    a, b, c = gen()
except ValueError as e:
    print(e)
a, *b = gen()
print(a, b)
