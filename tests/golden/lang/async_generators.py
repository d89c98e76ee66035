# async generators driven by hand: __anext__, asend, athrow, aclose, async for in a coroutine, StopAsyncIteration
class Tick:
    def __await__(self):
        yield 'tick'
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
    print('agen exhausted')
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))
async def comprehension():
    return [v * 10 async for v in agen(3) if v != 1]
print(run(comprehension()))
g = agen(2)
print(type(g).__name__, g.__name__)
print(run(g.__anext__()), run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print('StopAsyncIteration')
async def echo():
    received = None
    try:
        while True:
            received = yield received
            print('echo got', received)
    finally:
        print('echo closing')
e = echo()
print(run(e.asend(None)), run(e.asend('a')))
try:
    run(e.athrow(ValueError('thrown')))
except ValueError as err:
    print('athrow propagated', err)
e2 = echo()
run(e2.asend(None))
print(run(e2.aclose()))
async def anext_default():
    it = agen(0)
    return await anext(it, 'default')
print(run(anext_default()))
async def use_aiter():
    it = aiter(agen(1))
    return await anext(it)
print(run(use_aiter()))
async def bad_async_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_async_for())
except TypeError as err:
    print(err)
