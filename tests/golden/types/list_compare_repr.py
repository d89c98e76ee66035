# list comparisons (lexicographic, identity shortcut), repr of nested and recursive lists, equality with other types
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2], [1] != [1.0])
print([1, 2] == (1, 2), [] == (), [1] == "1", [[1]] == [[1.0]], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], [nan] < [nan], [1, nan] < [1, 2])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), a[2] is a)
b = [a, [a]]
print(b)
d = {"k": []}
d["k"].append(d)
print(d)
print([1, "a", 2.5, None, True, [], (), {}, set(), b"x", 1j, ...])
print(repr([" ", "'", '"', "\n"]), str(["é"]), ascii(["é"]))
class R:
    def __repr__(self): return "R!"
    def __str__(self): return "not used in lists"
print([R(), R()], str([R()]), "%s" % [R()])
class Eq:
    def __eq__(self, o): return "truthy"
print([Eq()] == [Eq()], Eq() in [1], [1, 2].count(Eq()) if False else "")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
class BadEq:
    def __eq__(self, o): raise ValueError("eq failed")
t(lambda: [BadEq()] == [BadEq()])
t(lambda: [1] < [None])
t(lambda: [[1]] < [["a"]])
x = BadEq()
t(lambda: [x] == [x])
t(lambda: x in [x])
