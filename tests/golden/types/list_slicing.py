# list slicing reads with steps, slice assignment (growing, shrinking, extended) and deletion
a = list(range(10))
print(a[2:5], a[:-3], a[::2], a[::-1], a[8:2:-2], a[-1:-11:-3], a[100:], a[-100:2], a[::10**20], a[5:5])
b = a[:]; b[2:5] = ["x"]; print(b)
b = a[:]; b[2:2] = ["i", "j"]; print(b)
b = a[:]; b[:] = "abc"; print(b)
b = a[:]; b[::2] = range(5); print(b)
b = a[:]; b[::-3] = ["p", "q", "r", "s"]; print(b)
b = a[:]; b[8:2:-2] = "XYZ"; print(b)
b = a[:]; b[5:2] = [None]; print(b)
b = a[:]; b[-2:] = []; print(b)
b = a[:]; b[100:] = [99]; print(b)
b = a[:]; b[1:3] = b; print(b)
b = a[:]; b[::3] = b[::3][::-1]; print(b)
b = a[:]; del b[::2]; print(b)
b = a[:]; del b[1:-1:3]; print(b)
b = a[:]; del b[::-1]; print(b)
b = a[:]; del b[7:100]; print(b)
b = a[:]; b[0:0] = (x * x for x in range(3)); print(b)
b = a[:]; b[::1] = [0]; print(b)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
def setslice(s, v):
    b = list(range(10))
    b[s] = v
    return b
t(lambda: setslice(slice(None, None, 2), [1, 2]))
t(lambda: setslice(slice(None, None, -1), []))
t(lambda: setslice(slice(1, 3), 5))
t(lambda: setslice(slice(1, 3), None))
t(lambda: setslice(slice(None, None, 0), []))
t(lambda: setslice(slice("a", 3), []))
t(lambda: setslice(slice(None, None, 3), "abcd"))
t(lambda: a[1:2:0])
t(lambda: a[1.5:2])
t(lambda: a["x"])
def delslice():
    b = [1, 2]
    del b[::0]
t(delslice)
