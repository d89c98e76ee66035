"""List, dict and set comprehensions: nested and filtered comprehensions, matrix transpose and
product, enumerate/zip, slicing, list methods and builtins over lists (sum, min, max, any, all).

Stresses the inlined comprehension code (PEP 709), list growth, iteration and tuple unpacking.
Usage: listcomp.py [--steady N]
"""
import sys
import time

N = 60
ROUNDS = 12


def matrix(n, seed):
    return [[(i * seed + j * 7) % 13 - 6 for j in range(n)] for i in range(n)]


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


def multiply(a, b):
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]


def workload():
    checksum = 0
    for r in range(ROUNDS):
        a = matrix(N, r + 3)
        b = matrix(N, r + 5)
        c = multiply(a, b)
        checksum += sum([sum(row) for row in c])
        diag = [c[i][i] for i in range(N)]
        checksum += max(diag) - min(diag)
        flat = [x for row in c for x in row if x % 2 == 0]
        checksum += len(flat)
        positions = {(i, j): v for i, row in enumerate(c) for j, v in enumerate(row) if v > 0}
        checksum += len(positions)
        values = {v % 101 for v in flat}
        checksum += len(values)
        checksum += sum(1 for row in c if any(v > 100 for v in row))
        checksum += all(len(row) == N for row in c)
        evens = flat[::2]
        evens.reverse()
        evens.extend(flat[1:100])
        checksum += evens.index(flat[1]) + evens.count(0)
        pairs = [(i, s) for i, s in enumerate([sum(row[:10]) for row in c]) if s % 3 == 0]
        checksum += len(pairs)
    return f"checksum={checksum}"


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
