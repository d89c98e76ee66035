"""String building: concatenation in loops, join of generated pieces, %-formatting, str.format and
f-strings with format specs, replace/find/partition/split on the built text, and repr/str of numbers.

Stresses str allocation, formatting of ints and floats, and the common str methods.
Usage: strbuild.py [--steady N]
"""
import sys
import time

ROWS = 50_000


def table(rows):
    lines = []
    for i in range(rows):
        price = (i * 37 % 1000) / 8
        lines.append(f"{i:>6}|{'item' + str(i % 97):<10}|{price:9.3f}|{i * 3 % 17:02d}|{i:#x}")
    return "\n".join(lines)


def percent(rows):
    out = []
    for i in range(rows):
        out.append("%d:%s:%.2f:%5s" % (i, "ab" * (i % 3), i / 7, hex(i)))
    return ";".join(out)


def fmt(rows):
    parts = []
    for i in range(0, rows, 2):
        parts.append("{0}-{1:>4}-{2!r}".format(i, i % 1000, str(i)))
    return ",".join(parts)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 100 == 99:
            s += "\n"
    return s


def process(text):
    total = 0
    for line in text.split("\n"):
        head, sep, tail = line.partition("|")
        if sep:
            total += int(head)
            total += tail.find("item")
            total += len(tail.replace(" ", "").upper())
    return total


def workload():
    t = table(ROWS)
    p = percent(ROWS)
    f = fmt(ROWS)
    c = concat(25_000)
    total = process(t)
    words = p.split(";")
    rebuilt = "/".join(w[::-1] for w in words[:1000])
    count = p.count("ab") + f.count("-") + c.count("7")
    return (f"len={len(t)}+{len(p)}+{len(f)}+{len(c)} total={total} count={count} "
            f"rebuilt={len(rebuilt)} sample={t[-30:]!r} {words[12345]}")


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
