"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by power
iteration on A^T A.

Stresses float division and multiplication inside nested loops over ranges, small function calls,
list building and zip.
Usage: spectral_norm.py [--steady N]
"""
import sys
import time

SIZE = 180
ROUNDS = 10


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * u[j]
        result.append(s)
    return result


def times_at(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * u[j]
        result.append(s)
    return result


def times_ata(u):
    return times_at(times_a(u))


def workload():
    u = [1.0] * SIZE
    v = u
    for _ in range(ROUNDS):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return f"spectral norm of {SIZE}: {(vbv / vv) ** 0.5:.9f}"


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
