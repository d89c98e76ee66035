# __eq__ and __hash__: defining __eq__ makes instances unhashable, custom hash used by dict and set
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f'P({self.x}, {self.y})'
d = {P(1, 2): 'a'}
print(d[P(1, 2)], P(1, 2) in d, len({P(1, 2), P(1, 2), P(2, 1)}))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(e)
class Plain: pass
print(type(hash(Plain())).__name__)
class H:
    def __hash__(self): return 'x'
try:
    hash(H())
except TypeError as e:
    print(e)
class Big:
    def __hash__(self): return 2**100
print(hash(Big()) == hash(2**100))
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
s = {Collide(i) for i in range(5)}
print(len(s), Collide(3) in s, Collide(9) in s)
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(()) == hash(()), {1: 'a', 1.0: 'b'})
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
