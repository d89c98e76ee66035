# print basics: sep, end, file=sys.stderr, flush, several args
import sys
print("hello, world")
print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="", end="!\n")
print()
print("no newline", end="")
print(" ... then newline")
print("to stderr", file=sys.stderr)
print("x", "y", sep="-", end="\n\n", file=sys.stderr)
print(None, True, False, 1.5, -0.0, "é∂", flush=True)
print(*[1, 2, 3], sep=" | ")
print("last line, no newline", end="")
