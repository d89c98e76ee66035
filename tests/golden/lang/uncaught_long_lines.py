# traceback carets for a call whose arguments span several lines, and a long line
def fail(*args, **kwargs):
    raise ValueError(f'{len(args)} args, {sorted(kwargs)}')
result = fail(
    1,
    2,
    key='value',
    other=[1, 2, 3],
)
