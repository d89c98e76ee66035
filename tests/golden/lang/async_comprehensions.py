# asynchronous comprehensions: async for in list/set/dict comprehensions and generator expressions, await inside
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield 'suspend'
        return self.v
async def agen(n):
    for i in range(n):
        yield await Ready(i)
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
async def main():
    lst = [x async for x in agen(4)]
    st = {x % 2 async for x in agen(4)}
    dct = {x: x * x async for x in agen(3) if x}
    awaited = [await Ready(x * 10) for x in range(3)]
    nested = [[y async for y in agen(x)] for x in range(3)]
    gen = (x + 100 async for x in agen(2))
    from_gen = [v async for v in gen]
    return lst, sorted(st), dct, awaited, nested, from_gen
print(run(main()))
async def genexp_type():
    g = (x async for x in agen(1))
    return type(g).__name__
print(run(genexp_type()))
