# program: a bank-queue simulation with generators as processes, a deterministic random generator and statistics
class LCG:
    def __init__(self, seed): self.state = seed
    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n
rng = LCG(42)
def customer(name, arrival, service, log):
    log.append((arrival, f'{name} arrives'))
    start = yield ('wait', arrival)
    log.append((start, f'{name} starts service (waited {start - arrival})'))
    end = yield ('serve', service)
    log.append((end, f'{name} leaves'))
    return start - arrival
def simulate(n):
    log, waits = [], []
    t = 0
    free_at = 0
    for i in range(n):
        t += rng.next(5)
        proc = customer(f'c{i}', t, 1 + rng.next(6), log)
        kind, arrival = next(proc)
        start = max(arrival, free_at)
        kind, service = proc.send(start)
        free_at = start + service
        try:
            proc.send(free_at)
        except StopIteration as stop:
            waits.append(stop.value)
    return log, waits
log, waits = simulate(8)
for when, what in sorted(log, key=lambda e: e[0]):
    print(f't={when:>3} {what}')
print('waits', waits, 'max', max(waits), 'avg', round(sum(waits) / len(waits), 3))
