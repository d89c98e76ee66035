# dict iteration with mutation (RuntimeError), equality, repr of nested/recursive dicts, unhashable keys
d = {1: "a", 2: "b", 3: "c"}
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
def add_during():
    for k in d:
        d[k * 10] = 0
t(add_during)
print(d)
def del_during():
    for k in d:
        del d[k]
t(del_during)
print(d)
def replace_same_size():
    dd = {1: 1, 2: 2}
    for k in dd:
        del dd[k]
        dd[k + 100] = 0
t(replace_same_size)
def change_values_ok():
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k] = k * 5
    return dd
t(change_values_ok)
print({1: {2: {3: {}}}}, {(1, 2): frozenset({1}), None: ..., 1.5: b"x"})
r = {}
r["self"] = r
print(r, {"a": [r]})
print({1: 1} == {1: 1.0}, {1: 2} == {2: 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == [], {1: [1]} != {1: [1]})
t(lambda: {1: 2} < {1: 3})
t(lambda: {{}: 1})
t(lambda: {1: 2}[{}])
t(lambda: {1: 2}.get({}))
t(lambda: {set(): 1})
t(lambda: {1: 2}.pop([]))
t(lambda: [] in {1: 2})
class BadHash:
    def __hash__(self): raise ValueError("no hash today")
t(lambda: {BadHash(): 1})
t(lambda: BadHash() in {})
class WrongHash:
    def __hash__(self): return "str"
t(lambda: {WrongHash(): 1})
class NoHash:
    __hash__ = None
t(lambda: {NoHash(): 1})
class EqOnly:
    def __eq__(self, o): return True
t(lambda: hash(EqOnly()))
