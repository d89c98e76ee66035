with open("f") as fh, lock:
    data = fh.read()

with (a as b, c as d):
    pass

def f():
    with cm() as x:
        return x

async def g():
    async with acm() as y:
        await y
    async for z in aiter():
        print(z)
