# conversions between containers with list/tuple/set/frozenset/dict/str/bytes from every iterable kind
sources = {"list": [3, 1, 2, 1], "tuple": (3, 1, 2), "str": "cab", "range": range(3), "dict": {"k1": 1, "k2": 2},
           "set": {5, 3}, "bytes": b"ba", "gen": (i * i for i in range(3)), "keys": {"a": 1}.keys(), "items": {"a": 1}.items(),
           "zip": zip("ab", "cd"), "enum": enumerate("xy"), "rev": reversed([1, 2]), "map": map(abs, [-1, -2])}
for name, src in sources.items():
    data = list(src)
    print(name, data, tuple(data), sorted(set(map(repr, data))), len(frozenset(data)) if all(not isinstance(x, list) for x in data) else "-")
print(dict([("a", 1), ("b", 2)]), dict(zip("xy", [1, 2])), dict(enumerate("pq")), dict({"a": 1}.items()), dict.fromkeys("aab"))
print(str([1, "2"]), str((1,)), str({1}), bytes([104, 105]), bytes((1,)), bytes(range(3)), bytearray([1]), bytes(bytearray(b"q")))
print(list("\U0001F600a"), tuple(b"\x00\xff"), set("aab") == {"a", "b"}, frozenset("aab") == {"a", "b"}, list(dict.fromkeys("hello")))
print(list(map(list, ["ab", "cd"])), [list(t) for t in zip(*["abc", "def"])], list(zip(*[[1, 2], [3, 4], [5, 6]])))
print("".join(["a", "b"]), "".join(("c",)), "".join({"k": 1}), "".join(map(str, range(3))), b"".join([b"a", bytearray(b"b")]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: dict(["a", "bc"]))
t(lambda: set([[1]]))
t(lambda: frozenset([{}]))
t(lambda: tuple(None))
t(lambda: bytes(["a"]))
t(lambda: "".join([1]))
t(lambda: dict([1, 2]))
