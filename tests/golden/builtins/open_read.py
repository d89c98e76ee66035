# open() for reading this program's own source: read/readline/readlines/iteration/seek/tell/with/closed, modes and errors
name = __file__
with open(name, encoding="utf-8") as f:
    first = f.readline()
    print(repr(first), f.closed, f.mode, f.readable(), f.writable(), f.encoding)
    rest = f.read()
print(f.closed, len(first) + len(rest) > 100, rest.count("\n"))
with open(name) as f:
    lines = f.readlines()
print(len(lines), lines[0] == first, lines[-1].endswith("\n"))
with open(name) as f:
    print([len(line) for i, line in zip(range(3), f)])
    try:
        f.tell()
    except OSError as e:
        print("OSError:", e)
    print(f.seek(0), f.read(10), f.tell())
with open(name, "rb") as f:
    data = f.read()
    print(type(data).__name__, data[:10], f.mode, data.decode("utf-8") == first + rest)
with open(name, "r", encoding="ascii", errors="strict") as f:
    print(len(f.read(50)))
def t(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: open("no_such_file_here.txt"))
t(lambda: open(name, "rw"))
t(lambda: open(name, "z"))
t(lambda: open(name, encoding="no-such-encoding"))
t(lambda: open(name, "rb", encoding="utf-8"))
t(lambda: open(5.5))
t(lambda: open())
t(lambda: open(".").read())
g = open(name)
g.close()
t(lambda: g.read())
t(lambda: g.readline())
print(g.closed, g.name == name)
