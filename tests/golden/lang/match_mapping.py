# match mapping patterns: keys, nested values, **rest, extra keys allowed, missing keys, non-dict mappings
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} with {rest}'
        case {'type': 'scroll', 'delta': int(d)} if d < 0:
            return f'scroll up {-d}'
        case {'type': 'scroll'}:
            return 'scroll other'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
for e in [{'type': 'click', 'pos': (1, 2), 'extra': 0}, {'type': 'key', 'key': 'a', 'mod': 'ctrl', 'rep': 1},
          {'type': 'key', 'key': 5}, {'type': 'scroll', 'delta': -3}, {'type': 'scroll', 'delta': 3},
          {'unknown': 1}, [('type', 'click')], 'str']:
    print(handle(e))
class M(dict):
    def __missing__(self, key):
        print('__missing__ is not called by match:', key)
        return 'x'
match M(a=1):
    case {'a': 1, 'b': _}:
        print('matched b?')
    case {'a': v}:
        print('matched a', v)
KEY = 'dynamic'
class K:
    key = 'dynamic'
match {'dynamic': 42}:
    case {K.key: value}:
        print('value-pattern key', value)
match {1: 'int key', 2.0: 'float key'}:
    case {1: a, 2: b}:
        print(a, b)
