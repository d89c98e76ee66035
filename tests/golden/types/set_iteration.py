# set iteration order for ints (hash-based, like CPython), mutation during iteration, repr of sets, len
print({5, 3, 1, 8, 2**40, -7, 100, 33}, set(range(20, 0, -3)), {2**62, 2**61, 2**60, 1})
print(list({10, 20, 30, 40, 50, 1000, 7}), [x for x in {64, 32, 16, 8, 4, 2}], list(frozenset({9, 18, 27})))
s = set()
for i in (17, 3, 33, 65, 1, 97, 129):
    s.add(i)
print(s, list(s))
s = set(range(100))
for i in range(0, 100, 2):
    s.discard(i)
s.update({200, 150, 3})
print(s)
print(repr(set()), repr(frozenset()), str({1}), {(1, "a")}, {None}, {True, 1, 1.0}, {0.5, 1.5})
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
def add_during():
    z = {1, 2, 3}
    for x in z:
        z.add(x + 10)
t(add_during)
def remove_during():
    z = {1, 2, 3}
    for x in z:
        z.discard(x)
t(remove_during)
def same_size():
    z = {1, 2, 3}
    for x in z:
        z.discard(x)
        z.add(x + 100)
    return len(z)
t(same_size)
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
class R:
    def __repr__(self): return "R"
    def __hash__(self): return 1
print({R()}, len({R(), R()}))
