# match statement: literal patterns (int, str, None, True/False), or-patterns, wildcard, capture, no match
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello' | 'hi':
            return 'greeting'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'complex'
        case b'bytes':
            return 'bytes'
        case other if isinstance(other, int) and other > 100:
            return f'big {other}'
        case _:
            return f'other {x!r}'
for v in [0, 2, 'hi', None, True, False, -1, 1.5, 2j, b'bytes', 1000, 50, 1.0, 'x', 0.0]:
    print(repr(v), '->', describe(v))
def no_match(x):
    match x:
        case 1:
            print('one')
    print('fell through for', x)
no_match(2)
match 'capture':
    case c:
        print('captured', c)
print(c)
