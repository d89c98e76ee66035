# async def coroutines driven by hand with send(None): await chains, return values, custom awaitables
class Suspend:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        print('suspending', self.tag)
        received = yield self.tag
        print('resumed', self.tag, 'with', received)
        return f'{self.tag}-result'
async def leaf(n):
    r = await Suspend(f'leaf{n}')
    return r.upper()
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]
coro = middle()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print('yielded', coro.send(None))
print('yielded', coro.send('x'))
try:
    coro.send('y')
except StopIteration as e:
    print('coroutine returned', e.value)
def run(coro):
    value = None
    steps = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = f'v{steps}'
async def compute():
    results = []
    for i in range(3):
        results.append(await leaf(i))
    return results
print(run(compute()))
async def no_await():
    return 'immediate'
print(run(no_await()))
try:
    run(compute()) if False else None
    async def awaits_int():
        await 5
    run(awaits_int())
except TypeError as e:
    print(e)
class BadAwait:
    def __await__(self): return 5
async def awaits_bad():
    await BadAwait()
try:
    run(awaits_bad())
except TypeError as e:
    print(e)
c = no_await()
run(c)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
