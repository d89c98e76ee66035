# breakpoint() calls sys.breakpointhook(*args, **kws) looked up at each call; sys.__breakpointhook__ keeps the original
import sys
print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__, breakpoint.__name__)
calls = []
def hook(*args, **kws):
    calls.append((args, kws))
    return "hooked"
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, 2, a=3))
print(calls)
sys.breakpointhook = lambda: "no args"
try:
    breakpoint(1)
except TypeError as e:
    print("TypeError:", e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
