# any statement can appear in a class body: loops, conditionals, try, del, nested functions called at class creation
class Table:
    columns = []
    for name in ['id', 'name', 'email']:
        columns.append(name.upper())
    del name
    if len(columns) > 2:
        wide = True
    else:
        wide = False
    try:
        default = int('not a number')
    except ValueError:
        default = 0
    def _helper(x):
        return x * 2
    doubled = _helper(21)
    del _helper
    squares = {i: i * i for i in range(3)}
    class _CM:
        def __enter__(self): return 'entered'
        def __exit__(self, *a): pass
    with _CM() as ctx:
        pass
    del _CM
    match columns:
        case ['ID', *rest]:
            rest_columns = rest
print(Table.columns, Table.wide, Table.default, Table.doubled, Table.squares, Table.ctx, Table.rest_columns)
print(hasattr(Table, 'name'), hasattr(Table, '_helper'), sorted(k for k in vars(Table) if not k.startswith('__')))
class Counter:
    n = 0
    while n < 5:
        n += 1
    assert n == 5
    import sys as _sys
    platform_bits = 64 if _sys.maxsize > 2**32 else 32
print(Counter.n, Counter.platform_bits, type(Counter._sys).__name__)
