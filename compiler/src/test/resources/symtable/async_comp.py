async def f(xs):
    return [x async for x in xs], [await y for y in xs]
async def g():
    return (x async for x in y)
