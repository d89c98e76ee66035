"""Closures with sorting: list.sort and sorted with key lambdas and closures, nonlocal counters,
function factories, decorators and comparisons of tuples and strings.

Stresses closure creation, cell loads and stores, calls of small functions from the sort,
and the sort algorithm itself (key functions, tuple comparisons, stability, reverse).
Usage: closures_sort.py [--steady N]
"""
import sys
import time

N = 50_000


def make_records(n):
    seed = 42
    records = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        name = "n" + str(seed % 997)
        records.append((name, seed % 100, (seed >> 10) % 1000, i))
    return records


def make_counter():
    calls = 0

    def key(r):
        nonlocal calls
        calls += 1
        return r[1]

    def count():
        return calls

    return key, count


def weighted(wa, wb):
    return lambda r: r[1] * wa + r[2] * wb


def counted(fn):
    total = [0]

    def wrapper(*args):
        total[0] += 1
        return fn(*args)

    wrapper.total = total
    return wrapper


def workload():
    records = make_records(N)
    checksum = 0

    by_name = sorted(records, key=lambda r: r[0])
    checksum += by_name[0][3] + by_name[-1][3]

    key, count = make_counter()
    by_age = sorted(records, key=key)
    checksum += by_age[N // 2][3]

    for wa, wb in ((1, 1), (3, -1), (-2, 5)):
        best = sorted(records, key=weighted(wa, wb), reverse=True)
        checksum += best[0][3] + best[7][3]

    by_tuple = sorted(records, key=lambda r: (r[1], r[0], -r[2]))
    checksum += by_tuple[123][3]

    plain = list(records)
    plain.sort()
    checksum += plain[-1][3]

    strings = [r[0] + ":" + str(r[2]) for r in records]
    strings.sort(key=str.lower, reverse=True)
    checksum += len(strings[0])

    adders = [(lambda k: lambda x: x + k)(k) for k in range(50)]
    acc = 0
    for i in range(N):
        acc = adders[i % 50](acc) % 1000003

    @counted
    def score(a, b):
        return (a * 31 + b) % 101

    total = 0
    for r in records:
        total += score(r[1], r[2])

    groups = {}
    for r in by_age:
        groups.setdefault(r[1], []).append(r)
    sizes = sorted(((len(v), k) for k, v in groups.items()), key=lambda p: (-p[0], p[1]))

    return (f"checksum={checksum} keycalls={count()} acc={acc} total={total} "
            f"calls={score.total[0]} top={sizes[:3]}")


def main(argv):
    if len(argv) > 2 and argv[1] == "--steady":
        result = None
        for i in range(int(argv[2])):
            t0 = time.perf_counter()
            result = workload()
            print("iter", i, time.perf_counter() - t0)
        print(result)
    else:
        print(workload())


main(sys.argv)
