# async with: exceptions in the body, in __aenter__ and in __aexit__; suppression; async for over a failing iterator
class Wait:
    def __await__(self):
        yield
class Resource:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    async def __aenter__(self):
        await Wait()
        if self.fail_enter:
            raise ConnectionError(f'{self.name}: enter failed')
        print('open', self.name)
        return self
    async def __aexit__(self, t, v, tb):
        await Wait()
        print('close', self.name, t.__name__ if t else None)
        if self.fail_exit:
            raise RuntimeError(f'{self.name}: exit failed')
        return self.suppress
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def scenario(**kwargs):
    try:
        async with Resource('r', **kwargs) as r:
            raise ValueError('body failed')
        return 'completed (suppressed)'
    except Exception as e:
        return f'{type(e).__name__}: {e} (context: {e.__context__!r})'
print(run(scenario()))
print(run(scenario(suppress=True)))
print(run(scenario(fail_enter=True)))
print(run(scenario(fail_exit=True)))
class Failing:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await Wait()
        self.i += 1
        if self.i == 3:
            raise OSError('stream broke')
        return self.i
async def consume():
    got = []
    try:
        async for v in Failing():
            got.append(v)
    except OSError as e:
        return got, str(e)
print(run(consume()))
async def nested():
    async with Resource('outer'):
        async with Resource('inner', suppress=True):
            raise KeyError('inner only')
        return 'after inner'
print(run(nested()))
