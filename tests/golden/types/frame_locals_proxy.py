# PEP 667: frame.f_locals of a function frame is a live write-through FrameLocalsProxy; locals() is a snapshot
import sys
def f():
    a = 1
    b = [2]
    def inner():
        return b
    p = sys._getframe().f_locals
    print(type(p).__name__, len(p), "a" in p, "zz" in p, p.get("zz", 5), p["a"], list(p), p.keys())
    p["a"] = 10
    p["b"] = [20]
    print(a, b, inner())
    p["extra"] = 3
    print(p["extra"], "extra" in p, sorted(p), "extra" in locals())
    try:
        p["nope"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        del p["a"]
    except TypeError as e:
        print("TypeError:", e)
    print(p == dict(p), dict(p | {"z": 0})["z"], type(p.copy()).__name__, p.setdefault("a", 0))
    snap = locals()
    snap["a"] = 99
    print(a, type(snap).__name__)
f()
top = sys._getframe()
print(top.f_locals is globals())
class C:
    print(type(sys._getframe().f_locals).__name__)
