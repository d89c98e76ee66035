# print edge cases: no arguments, empty sep/end, None sep/end, many arguments, unpacking empty, non-str objects, input prompt types
print()
print(end="")
print("", end="")
print("a", "b", sep="", end="")
print()
print(*[])
print(*[], sep="x", end="!\n")
print(*"abc", sep="-")
print(1, 2, sep=None, end=None)
print("x", end="\n\n")
print(*range(20))
print("tab\tsep", "nul\x00char", "bell\a", sep="|")
print(b"bytes", bytearray(b"ba"), 1.0, -0.0, 1e100, None, True, ..., NotImplemented)
print(str, int.__add__.__name__, [print][0].__name__)
print("%s" % "é", "\u00e9", "e\u0301", "\U0001F600")
try:
    input(5)
except EOFError:
    print()
    print("EOFError after prompt 5")
try:
    input(None)
except EOFError:
    print()
    print("EOFError after prompt None")
