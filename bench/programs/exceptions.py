"""Exceptions: raise and catch in loops, custom exception classes, try/finally, re-raise, chaining,
exceptions crossing several frames, and the exceptions builtins raise (KeyError, ZeroDivisionError...).

Stresses exception creation, the exception table, handler matching and traceback building.
Usage: exceptions.py [--steady N]
"""
import sys
import time

N = 150_000


class AppError(Exception):
    pass


class RetryError(AppError):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt}")
        self.attempt = attempt


def check(i):
    if i % 3 == 0:
        raise RetryError(i)
    if i % 3 == 1:
        raise AppError("bad")
    return i


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


def workload():
    retries = apps = ok = 0
    for i in range(N):
        try:
            ok += check(i)
        except RetryError as e:
            retries += e.attempt % 5
        except AppError:
            apps += 1

    finals = 0
    for i in range(N):
        try:
            try:
                if i & 1:
                    raise KeyError(i)
            finally:
                finals += 1
        except KeyError as e:
            finals += e.args[0] & 3

    builtin = 0
    d = {"a": 1}
    for i in range(N):
        try:
            builtin += 10 // (i % 4)
        except ZeroDivisionError:
            builtin += 1
        try:
            builtin += d["b"]
        except KeyError:
            builtin += 2

    chained = 0
    for i in range(N // 10):
        try:
            try:
                deep(10)
            except ValueError as e:
                raise AppError("wrapped") from e
        except AppError as e:
            if isinstance(e.__cause__, ValueError):
                chained += 1

    stops = 0
    for i in range(N // 2):
        it = iter(())
        try:
            next(it)
        except StopIteration:
            stops += 1
    return f"retries={retries} apps={apps} ok={ok} finals={finals} builtin={builtin} chained={chained} stops={stops}"


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
