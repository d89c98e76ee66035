# generator/coroutine state introspection: gi_running inside, gi_suspended, gi_frame.f_lineno while suspended, f_locals
def gen(n):
    total = 0
    for i in range(n):
        total += i
        got = yield (i, me.gi_running)
        if got:
            total += got
    return total
me = gen(3)
print(me.gi_suspended, me.gi_running, me.gi_frame.f_lineno, sorted(me.gi_frame.f_locals))
print(next(me), me.gi_suspended, me.gi_frame.f_lineno, me.gi_frame.f_locals["total"], me.gi_frame.f_locals["i"])
print(me.send(10), me.gi_frame.f_locals["total"])
print(next(me))
try:
    next(me)
except StopIteration as e:
    print("returned", e.value, me.gi_frame, me.gi_suspended, me.gi_running)
def nested():
    yield sub_state()
def sub_state():
    return (outer_gen.gi_running, outer_gen.gi_suspended)
outer_gen = nested()
print(next(outer_gen))
g2 = gen(5)
next(g2)
g2.close()
print(g2.gi_frame, g2.gi_suspended, list(g2))
async def co():
    return 1
c = co()
print(c.cr_suspended if hasattr(c, "cr_suspended") else "", c.cr_running, c.cr_frame.f_lineno, c.cr_frame.f_code.co_name)
c.close()
print(c.cr_frame)
