# yield from delegation of send/throw/close to sub-generators and iterators, return values, gi_yieldfrom
def sub():
    try:
        x = yield "sub1"
        print("sub got", x)
        y = yield "sub2"
        print("sub got", y)
    except KeyError as e:
        print("sub caught", repr(e))
        yield "sub recovered"
    finally:
        print("sub finally")
    return "sub result"
def outer():
    r = yield from sub()
    print("outer got result", r)
    yield "outer end"
g = outer()
print(next(g), g.gi_yieldfrom.__name__ if g.gi_yieldfrom else None)
print(g.send("A"))
print(g.throw(KeyError("kk")))
print(next(g))
print(g.gi_yieldfrom, next(g, "done"))
g2 = outer()
next(g2)
g2.close()
print("closed", g2.gi_frame)
def over_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
print(list(over_list()))
g3 = over_list()
next(g3)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: g3.send("x"))
t(lambda: g3.throw(ValueError("into list iterator")))
def returns_value():
    return (yield from iter([]))
def wrapper():
    v = yield from returns_value()
    yield ("wrapped", v)
print(list(wrapper()))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("it value")
def from_it():
    v = yield from It()
    yield v
print(list(from_it()))
