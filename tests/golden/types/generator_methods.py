# generator objects: send, throw, close, gi_running, gi_frame, gi_code, return values, attributes, error messages
def gen():
    received = yield 1
    print("got", received)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after throw"
    return "done"
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_code.co_name, g.gi_frame is not None, g.gi_suspended)
print(next(g), g.send("hello"), g.throw(ValueError("boom")), g.gi_suspended)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(g.gi_frame, next(g, "exhausted"), list(g))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer(); next(c); print(c.close(), c.close(), list(c))
c2 = closer(); print(c2.close())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: gen().send(5))
t(lambda: gen().throw(KeyError("k")))
t(lambda: gen().throw(ValueError))
t(lambda: gen().throw(5))
def stubborn():
    for i in range(2):
        try:
            yield i
        except GeneratorExit:
            pass
s = stubborn(); next(s)
t(lambda: s.close())
def reentrant():
    yield next(r)
r = reentrant()
t(lambda: next(r))
def raises_stop():
    raise StopIteration("inner")
    yield
t(lambda: next(raises_stop()))
def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
rc = ret_in_close(); next(rc); print(rc.close())
g3 = (x * 2 for x in range(3))
print(type(g3).__name__, g3.__name__, g3.__qualname__, list(g3), iter(g3) is g3)
g4 = gen(); g4.__name__ = "renamed"; print(g4.__name__)
t(lambda: setattr(g4, "__name__", 5))
