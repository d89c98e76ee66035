# exceptions raised by comparisons or keys during list.sort: propagate, list left as a permutation, keys not applied
class Boom(Exception):
    pass
count = 0
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global count
        count += 1
        if count == 7:
            raise Boom("comparison %d" % count)
        return self.v < o.v
    def __repr__(self): return str(self.v)
data = [C(v) for v in (5, 3, 8, 1, 9, 2, 7, 4, 6, 0)]
try:
    data.sort()
except Boom as e:
    print("Boom:", e, sorted(x.v for x in data) == list(range(10)), len(data))
def key(x):
    if x == 3:
        raise Boom("key failed on 3")
    return -x
nums = [1, 2, 3, 4]
try:
    nums.sort(key=key)
except Boom as e:
    print("Boom:", e, nums)
try:
    sorted([3, 1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
mixed = [3, 1, "a", 2]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, sorted(map(str, mixed)))
class BadLt:
    def __lt__(self, o): return "not a bool"
    def __repr__(self): return "B"
print(sorted([BadLt(), BadLt(), BadLt()]))
class NILt:
    def __lt__(self, o): return NotImplemented
try:
    sorted([NILt(), NILt()])
except TypeError as e:
    print("TypeError:", e)
