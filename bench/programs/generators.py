"""Generators: pipelines of generator functions, yield from, generator expressions, send().

Stresses generator creation, resumption and exhaustion (StopIteration), for loops over generators.
Usage: generators.py [--steady N]
"""
import sys
import time

N = 800_000


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(tree):
    # A recursive generator: yield from delegates to the subtrees.
    if isinstance(tree, list):
        for sub in tree:
            yield from flatten(sub)
    else:
        yield tree


def build_tree(depth, start):
    if depth == 0:
        return start
    return [build_tree(depth - 1, start * 3 + k) for k in range(3)]


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def workload():
    pipeline = sum(squares(evens(count_up(N))))
    chunk_sums = 0
    for c in chunks(count_up(N // 2), 7):
        chunk_sums += c[-1] - c[0]
    tree = build_tree(9, 1)
    leaves = sum(flatten(tree))
    genexp = sum(x % 7 for x in range(N) if x % 3)
    avg = running_average()
    next(avg)
    last = 0
    for v in range(N // 4):
        last = avg.send(v)
    firsts = [next(count_up(k + 1)) for k in range(N // 10)]
    return f"pipeline={pipeline} chunks={chunk_sums} leaves={leaves} genexp={genexp} avg={last} firsts={sum(firsts)}"


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
