# aiter() and anext() on async generators and async iterators, driven by hand with coroutine.send(None)
async def agen():
    yield 1
    yield 2
class AIter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n * 10
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")
async def main():
    out = []
    g = aiter(agen())
    out.append(await anext(g))
    out.append(await anext(g))
    out.append(await anext(g, "default"))
    it = aiter(AIter())
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    async for v in AIter():
        out.append(v)
    return out
print(run(main()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: aiter([1]))
t(lambda: anext([1]))
t(lambda: aiter())
t(lambda: anext(agen(), 1, 2))
g = agen()
print(type(g).__name__, g.__name__, aiter(g) is g)
