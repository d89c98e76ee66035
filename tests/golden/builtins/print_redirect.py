# print() through a replaced sys.stdout, sys.stdout.write return values, and restoring the real stream
import sys
class Capture:
    def __init__(self): self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self): self.data.append("<flush>")
real = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
print("no flush", end="")
print(flush=True)
sys.stdout = real
print(cap.data)
n = sys.stdout.write("direct write\n")
print(n, sys.stdout.write(""), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stdout.flush()
sys.stdout = None
print("goes nowhere")
sys.stdout = real
print("restored")
class NoWrite:
    pass
sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as e:
    err = e
sys.stdout = real
print("AttributeError:", err)
print("line1\nline2", "tab\there", sep="|")
print("a\rb")
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.isatty(), sys.stdout.writable(), sys.stdin.readable())
sys.stdout.write("end without newline")
