# a tiny cooperative scheduler: coroutines awaiting custom "sleep" and queue objects, round-robin, no asyncio
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        yield ('sleep', self.ticks)
class Queue:
    def __init__(self): self.items = []
    async def get(self):
        while not self.items:
            await Sleep(1)
        return self.items.pop(0)
    def put(self, item):
        self.items.append(item)
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.log = []
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock += 1
                wake = [t for t in self.sleeping if t[0] <= self.clock]
                self.sleeping = [t for t in self.sleeping if t[0] > self.clock]
                self.ready.extend((n, c) for _, n, c in wake)
                continue
            name, coro = self.ready.pop(0)
            try:
                cmd, ticks = coro.send(None)
                self.sleeping.append((self.clock + ticks, name, coro))
            except StopIteration as e:
                self.log.append(f't={self.clock} {name} finished -> {e.value}')
async def producer(q, n):
    for i in range(n):
        await Sleep(2)
        q.put(f'item{i}')
        print('produced', i)
    q.put(None)
    return 'producer done'
async def consumer(q):
    got = []
    while (item := await q.get()) is not None:
        print('consumed', item)
        got.append(item)
    return got
async def ticker(n):
    for i in range(n):
        await Sleep(3)
        print('tick', i)
    return n
s = Scheduler()
q = Queue()
s.spawn('producer', producer(q, 3))
s.spawn('consumer', consumer(q))
s.spawn('ticker', ticker(2))
s.run()
print('\n'.join(s.log))
print('final clock', s.clock)
