# try/finally and with inside generators: cleanup when exhausted, closed early, or garbage (explicit close here)
class Res:
    def __init__(self, name): self.name = name
    def __enter__(self): print('open', self.name); return self
    def __exit__(self, *a): print('close', self.name, a[0].__name__ if a[0] else None)
def reader(name, n):
    with Res(name):
        for i in range(n):
            yield f'{name}{i}'
print(list(reader('r1', 2)))
g = reader('r2', 5)
print(next(g))
g.close()
def nested():
    try:
        try:
            yield 1
        finally:
            print('inner finally')
        yield 2
    finally:
        print('outer finally')
for x in nested():
    print(x)
g = nested()
next(g)
g.close()
def in_for_loop():
    for i in range(10):
        try:
            yield i
        finally:
            print('finally', i)
it = in_for_loop()
for v in it:
    if v == 1:
        break
print('loop broken; generator not closed yet')
it.close()
print('closed')
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return 'swallowed'
g = gen_return_in_finally()
next(g)
print(g.close())
