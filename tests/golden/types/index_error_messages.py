# IndexError / KeyError / ValueError messages for out-of-range access, pops and removals on every sequence and mapping
def r(fn):
    try:
        return repr(fn())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
seqs = ["abc", b"abc", bytearray(b"abc"), [1, 2, 3], (1, 2, 3), range(3)]
for s in seqs:
    print(type(s).__name__, r(lambda: s[3]), "|", r(lambda: s[-4]), "|", r(lambda: s.index(99 if not isinstance(s, str) else "z")))
def store(c, k):
    c[k] = 0
def delete(c, k):
    del c[k]
for c in ([1], bytearray(b"a")):
    print(type(c).__name__, r(lambda: store(c, 5)), "|", r(lambda: delete(c, -2)), "|", r(lambda: c.pop(3)), "|", r(lambda: type(c)().pop()))
print(r(lambda: {}.popitem()), "|", r(lambda: set().pop()), "|", r(lambda: {1: 2}[3]), "|", r(lambda: delete({}, "k")), "|", r(lambda: {1}.remove(2)))
print(r(lambda: [1].remove(2)), "|", r(lambda: bytearray(b"a").remove(98)), "|", r(lambda: "abc".index("z")), "|", r(lambda: (1,).index(2)))
print(r(lambda: [].pop(0)), "|", r(lambda: [1, 2].insert(10**30, 1)), "|", r(lambda: "abc"[10**30]), "|", r(lambda: [1][-10**30]))
print(r(lambda: (1, 2, 3)[1:10**30]), "|", r(lambda: "abcdef"[-10**30:2]), "|", r(lambda: range(10)[10**30:]))
