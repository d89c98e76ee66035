# compile(..., "single") prints expression values through sys.displayhook (None suppressed, _ set in builtins)
import sys
import builtins
exec(compile("1 + 1\n", "<s>", "single"))
exec(compile("None\n", "<s>", "single"))
exec(compile("'text'\n", "<s>", "single"))
exec(compile("x = 5\n", "<s>", "single"))
exec(compile("[1, 2]\n", "<s>", "single"))
print(builtins._)
exec(compile("if True:\n    3\n    4\n", "<s>", "single"))
shown = []
def hook(value):
    shown.append(value)
sys.displayhook = hook
exec(compile("42\n", "<s>", "single"))
exec(compile("None\n", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(shown)
sys.displayhook(None)
sys.displayhook("via displayhook")
print(builtins._)
del sys.displayhook
try:
    exec(compile("7\n", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
