# match sequence patterns: fixed length, star, nested, tuples vs lists, strings are not sequences here
def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one: {a}'
        case [a, b] if a == b:
            return f'pair of equal {a}'
        case [a, b]:
            return f'pair {a}, {b}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first}..{last} middle={middle}'
        case [0, *rest]:
            return f'starts with 0, rest={rest}'
        case [[x1, y1], [x2, y2]]:
            return f'two points ({x1},{y1}) ({x2},{y2})'
        case (a, b, c):
            return f'triple {a} {b} {c}'
        case _:
            return 'no sequence match'
for v in [[], [1], (7,), [2, 2], [1, 2], [1, 2, 3, 4, 5], [0, 9, 9, 9], [0, 1, 2], [[1, 2], [3, 4]], (1, 2, 3),
          'ab', 'abc', b'ab', range(3), {1: 2}, iter([1]), bytearray(b'xy')]:
    print('iterator' if hasattr(v, '__next__') else repr(v), '->', seq(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match (1, 2, 3):
    case [*all_items]:
        print('star of everything', all_items)
match [1, 2]:
    case [*_, 2]:
        print('ends with 2')
