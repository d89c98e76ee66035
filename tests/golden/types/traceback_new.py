# types.TracebackType: building traceback objects, keyword arguments, tb_next relinking and its checks
import sys
def frame():
    return sys._getframe()
TB = type(sys.exc_info()[2]) if sys.exc_info()[2] else None
try:
    1 / 0
except ZeroDivisionError as e:
    TB = type(e.__traceback__)
f = frame()
a = TB(None, f, 6, 42)
b = TB(tb_next=a, tb_frame=f, tb_lasti=-1, tb_lineno=7)
print(a.tb_lineno, a.tb_lasti, b.tb_lasti, b.tb_next is a, a.tb_next, a.tb_frame is f)
a.tb_next = None
try:
    a.tb_next = b
except ValueError as e:
    print("ValueError:", e)
try:
    del a.tb_next
except TypeError as e:
    print("TypeError:", e)
for args in [(None, f, "x", 1), (None, f, 1), (None, None, 0, 0), ("tb", f, 0, 0)]:
    try:
        TB(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError("x").with_traceback(b)
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next is b, tb.tb_next.tb_next is a)
