"""Sieve of Eratosthenes over a list of flags: the seed's benchmark.

Stresses list index loads and stores, int arithmetic, comparisons and while/for loops.
One workload = sieve of 100,000, repeated REPEAT times (so CPython takes well over 0.3 s).
Usage: sieve.py [--steady N]
"""
import sys
import time

N = 100_000
REPEAT = 25


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
    return count


def workload():
    total = 0
    for _ in range(REPEAT):
        total += sieve(N)
    return f"primes below {N}: {total // REPEAT} (x{REPEAT})"


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
