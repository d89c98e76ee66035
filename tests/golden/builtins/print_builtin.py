# print(): sep, end, file (stdout, stderr, custom writers), flush, None arguments, non-string objects, errors
import sys
print()
print(1, "a", 2.5, None, [1], (2,), {3: 4})
print("a", "b", "c", sep="")
print("a", "b", sep=" -- ", end="!\n")
print("no newline", end="")
print(" continued")
print("x", "y", sep=None, end=None)
print(*range(5), sep=",")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print("stderr", "sep", sep="|", end=".\n", file=sys.stderr)
print("explicit None file", file=None)
class Writer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = Writer()
print("captured", 42, sep="+", end="$", file=w)
print(w.parts)
class Flushable(Writer):
    def flush(self): self.parts.append("<flushed>")
fw = Flushable()
print("f", file=fw, flush=True)
print(fw.parts)
class S:
    def __str__(self): return "S-str"
print(S(), [S()][0], "é", "\U0001F600")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: print("x", sep=5))
t(lambda: print("x", end=[]))
t(lambda: print("x", file=5))
t(lambda: print("x", bogus=1))
t(lambda: print("x", file=object()))
class BadStr:
    def __str__(self): return 1
t(lambda: print(BadStr()))
class WriteFails:
    def write(self, s): raise OSError("write failed")
t(lambda: print("x", file=WriteFails()))
