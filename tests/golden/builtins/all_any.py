# all() and any(): empty iterables, short-circuiting with generators, truthiness of elements, errors
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0.0, ""]), any([0, "x"]), all("abc"), any(""), all({}), any({0: 1}))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all([[]]), any([[]]), all([None]), any([None, 1]))
seen = []
def gen():
    for i in range(10):
        seen.append(i)
        yield i
print(any(x > 3 for x in gen()), seen)
seen.clear()
print(all(x < 2 for x in gen()), seen)
it = iter([1, 0, 1, 1])
print(all(it), list(it))
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(any([B(False), B(True), B(True)]), all([B(True), B(False), B(True)]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: all(5))
t(lambda: any(None))
t(lambda: all())
t(lambda: any([1], [2]))
class Bad:
    def __bool__(self): raise ValueError("no truth")
t(lambda: any([Bad()]))
t(lambda: all([1, Bad()]))
