# SyntaxError messages from compile() for common mistakes (the parser's tailored messages)
cases = [
    'x = (1, 2',
    'if x = 1: pass',
    'print "hello"',
    'f(a for a in b, c)',
    'def f(x, x): pass',
    'x + 1 = 2',
    'del f()',
    'for x in range(3):\npass',
    'a = 1 +',
    'class C(x for x in y): pass',
    "f'{'",
    'nonlocal x',
    'def f():\n    global x\n    x: int = 1',
    'return',
    'break',
    'continue',
    'lambda: (yield)',
    'True = 1',
    '[x async for x in y]',
    'def f(*): pass',
    'def f(**k, a): pass',
    'import',
    'x = 1 if 2',
    '1 = x',
    "'unterminated",
    '"""unterminated triple',
    'a b',
    '0777',
    '1__0',
    'x := 5',
]
for src in cases:
    try:
        compile(src, '<case>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(f'{src!r}: {type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})')
