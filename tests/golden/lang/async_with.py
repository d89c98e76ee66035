# async with and async for with hand-written awaitables and async iterators; a tiny event loop drives them
class Step:
    def __await__(self):
        return (yield 'step')
class AsyncCM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Step()
        print('aenter', self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        await Step()
        print('aexit', self.name, t.__name__ if t else None)
        return self.suppress
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        await Step()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def loop(*coros):
    tasks = list(coros)
    results = {}
    steps = 0
    while tasks:
        for t in list(tasks):
            try:
                t.send(None)
                steps += 1
            except StopIteration as e:
                results[t.__name__] = e.value
                tasks.remove(t)
    return results, steps
async def one():
    async with AsyncCM('A') as name:
        total = 0
        async for i in ARange(3):
            total += i
        return name, total
async def two():
    async with AsyncCM('B', suppress=True):
        raise ValueError('suppressed by __aexit__')
    async with AsyncCM('C') as c, AsyncCM('D') as d:
        return c + d
print(loop(one(), two()))
async def bad_with():
    async with object():
        pass
try:
    loop(bad_with())
except TypeError as e:
    print(e)
class OnlySync:
    def __enter__(self): pass
    def __exit__(self, *a): pass
async def sync_in_async():
    async with OnlySync():
        pass
try:
    loop(sync_in_async())
except TypeError as e:
    print(e)
async def for_else():
    async for i in ARange(2):
        if i == 5:
            break
    else:
        return 'async for else ran'
print(loop(for_else()))
