# async generator objects driven by hand: asend/athrow/aclose, ag_* attributes, StopAsyncIteration, errors
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("result", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
    return ("suspended",)
async def agen():
    try:
        x = yield 1
        print("agen received", x)
        yield 2
    except KeyError as e:
        print("agen caught", e)
        yield "after throw"
    finally:
        print("agen finally")
g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_code.co_name, g.ag_frame is not None)
print(run(g.__anext__()))
print(run(g.asend("hello")))
print(run(g.athrow(KeyError("k"))))
print(run(g.__anext__()))
print(run(g.__anext__()))
g2 = agen()
print(run(g2.__anext__()), run(g2.aclose()), run(g2.__anext__()))
g3 = agen()
print(run(g3.aclose()), run(g3.asend(None)))
async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = ignores_exit()
print(run(g4.__anext__()), run(g4.aclose()))
g5 = agen()
print(run(g5.asend("not none")))
async def comp():
    return [x async for x in agen()]
print(run(comp()))
