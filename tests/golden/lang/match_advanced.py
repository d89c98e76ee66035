# match: as-patterns, value patterns (dotted names), guards with side effects, capture in or-patterns, subject evaluated once
class Color:
    RED = 'red'
    GREEN = 'green'
class Ns:
    color = Color
def color(c):
    match c:
        case Color.RED:
            return 'stop'
        case Ns.color.GREEN:
            return 'go'
        case str() as other:
            return f'unknown color {other}'
print(color('red'), color('green'), color('blue'))
def subject():
    print('subject evaluated')
    return (1, 2)
match subject():
    case (3, _):
        pass
    case (1, b) if print('guard evaluated') or b == 2:
        print('matched with b =', b)
match [1, 2]:
    case [1, 2] as whole:
        print('whole:', whole)
match (1, 'x'):
    case (1, a) | (2, a):
        print('or with capture', a)
match {'k': [1, {'z': 9}]}:
    case {'k': [_, {'z': (1 | 9) as z}]}:
        print('deep or-as', z)
def failed_guard_keeps_bindings(v):
    match v:
        case [x] if x > 5:
            return 'big'
        case _:
            return f'x is still bound: {x}'
print(failed_guard_keeps_bindings([1]))
match 5:
    case int() | str() as typed:
        print('typed', typed)
match -3:
    case -3:
        print('negative literal')
match 3 + 4j:
    case 3 + 4j:
        print('complex literal pattern')
