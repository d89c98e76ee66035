# coroutine throw() and close(), exceptions propagating through await chains, try/except around await
class Pause:
    def __await__(self):
        yield 'paused'
async def guarded():
    try:
        await Pause()
    except ValueError as e:
        print('coroutine caught', e)
        await Pause()
        return 'recovered'
    return 'normal'
c = guarded()
print(c.send(None))
print(c.throw(ValueError('injected')))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
async def failing():
    await Pause()
    raise KeyError('inside coroutine')
async def caller():
    try:
        await failing()
    except KeyError as e:
        return f'caller caught {e}'
c = caller()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def cleanup():
    try:
        await Pause()
    finally:
        print('coroutine finally on close')
c = cleanup()
c.send(None)
c.close()
print(c.cr_frame is None, c.cr_running, c.cr_await)
async def plain(): pass
c = plain()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
