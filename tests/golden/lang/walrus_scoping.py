# := scoping rules: binds in the containing function even from comprehensions, errors for iteration variables
def f():
    result = [y := x * 2 for x in range(3)]
    return y, result
print(f())
def nested():
    [[inner := a + b for a in range(2)] for b in range(2)]
    return inner
print(nested())
class C:
    data = [1, 2, 3]
    total = sum(data)
print(C.total)
for src in ['[i := 0 for i in range(3)]', '[x for x in (y := [1]) if (x := 1)]',
            'class D:\n    [z := 1 for _ in range(1)]', 'def h(): (a := 1) = 2']:
    try:
        compile(src, '<walrus>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
def shadows_global():
    if (gv := 'local binding'):
        return gv
gv = 'global'
print(shadows_global(), gv)
def in_while():
    data = iter([3, 2, 1, 0, 5])
    seen = []
    while (v := next(data)):
        seen.append(v)
    return seen, v
print(in_while())
print([(n, sq) for n in range(5) if (sq := n * n) % 2])
