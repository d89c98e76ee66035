"""Recursive calls: naive Fibonacci plus a mutually recursive pair and a keyword-argument call chain.

Stresses Python-to-Python calls (frame creation, argument binding, returns) and small-int arithmetic.
Usage: fib.py [--steady N]
"""
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def ackermann(m, n, depth=0):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1, depth=depth + 1)
    return ackermann(m - 1, ackermann(m, n - 1, depth=depth + 1), depth=depth + 1)


def workload():
    f = fib(30)
    parity = 0
    for k in range(1500):
        if is_even(k % 400 + 100):
            parity += 1
    a = 0
    for _ in range(5):
        a += ackermann(2, 300)
    return f"fib(30)={f} even={parity} ack(2,300)x5={a}"


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
