# closure patterns: memoisation with a closed-over dict, accumulators, function factories, callbacks with state
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print('computing', n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
def accumulator(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator(10)
print(acc(1), acc(2), acc(3))
def make_stack():
    items = []
    def push(x): items.append(x)
    def pop(): return items.pop()
    def size(): return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2)
print(pop(), size())
handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register
@on('save')
def log_save(data): return f'log {data}'
@on('save')
def backup(data): return f'backup {data}'
print([h('doc') for h in handlers['save']])
def counter_gen():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    while True:
        yield tick
t = next(counter_gen())
print(t(), t(), t())
