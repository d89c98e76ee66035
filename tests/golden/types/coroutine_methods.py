# coroutine objects driven by hand: send/throw/close, cr_* attributes, awaiting custom awaitables, error messages
class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value
async def coro(x):
    got = await Suspend()
    return x, got
c = coro(5)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_code.co_name, c.cr_frame is not None, c.cr_await)
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send("resumed")
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_await)
c2 = coro(1)
c2.send(None)
try:
    c2.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated", e)
c3 = coro(2)
c3.send(None)
print(c3.close(), c3.cr_frame)
async def simple():
    return "simple"
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: s.send(None))
c4 = coro(4)
t(lambda: c4.send(1))
c4.close()
c5 = coro(0)
t(lambda: next(c5))
c5.close()
c6 = simple()
t(lambda: iter(c6))
c6.close()
class BadAwait:
    def __await__(self): return 5
async def uses_bad():
    await BadAwait()
t(lambda: uses_bad().send(None))
async def awaits_int():
    await 5
t(lambda: awaits_int().send(None))
class NotAwaitable:
    pass
async def awaits_obj():
    await NotAwaitable()
t(lambda: awaits_obj().send(None))
