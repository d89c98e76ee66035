# The training run behind ./kaa's ahead-of-time cache (JDK 25's -XX:AOTCacheOutput): a little of
# everything a typical program does at start-up, so the classes it needs are loaded and linked in the cache.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        yield i * i


words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
pts = sorted((Point(i % 7, i) for i in range(50)), key=lambda p: (p.x, -p.y))
total = sum(gen(100)) + fib(15) + len(pts) + int(3.5 * 2) + len(str(2 ** 100))
try:
    {}["missing"]
except KeyError as e:
    total += len(repr(e))
print("hello", total, counts["the"], pts[0], sys.argv[0] != "", file=sys.stdout)
