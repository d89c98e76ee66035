# hash(): ints, floats, tuples, frozensets of ints, custom __hash__, unhashable types and error messages
for x in (0, 1, -1, 2**64, 1.5, -2.5, 1e100, (1, 2), (1, (2, 3)), (), frozenset({1, 2}), True, None is None, 3 + 4j):
    print(repr(x), hash(x))
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash((1, 2)) == hash((1.0, 2.0)))
class H:
    def __hash__(self): return 2**100
class N:
    def __hash__(self): return -1
class Big:
    def __hash__(self): return -2**70
print(hash(H()), hash(N()), hash(Big()))
class EqNoHash:
    def __eq__(self, o): return True
class Inherit(int):
    pass
print(hash(Inherit(5)), EqNoHash.__hash__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(bytearray()))
t(lambda: hash((1, [2])))
t(lambda: hash(EqNoHash()))
t(lambda: hash(slice(1, [])))
t(lambda: hash())
t(lambda: hash(1, 2))
class BadHash:
    def __hash__(self): return 1.5
t(lambda: hash(BadHash()))
class NoneHash:
    def __hash__(self): return None
t(lambda: hash(NoneHash()))
