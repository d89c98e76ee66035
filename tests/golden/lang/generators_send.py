# generator send(): priming, values flowing both ways, running averages, send to unstarted generator error
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(30))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value)
g = averager()
try:
    g.send(5)
except TypeError as err:
    print(err)
def accumulate():
    total = 0
    while True:
        total += (yield total) or 0
acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v), end=' ')
print(next(acc))
def running():
    yield 1
g = running()
next(g)
try:
    g.send(1)
except StopIteration:
    print('send past the end raises StopIteration')
