# shadowing builtins with globals and locals, deleting the shadow, and builtins visible from functions and classes
print(len([1, 2]))
len = lambda x: "shadowed"
print(len([1, 2]))
def uses_len():
    return len("abc")
print(uses_len())
del len
print(len([1, 2]), uses_len())
def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(1, 2))
class K:
    str = "class attr"
    value = str
    def method(self):
        return str(5)
print(K.value, K().method(), str(6))
try:
    del len
except NameError as e:
    print("NameError:", e)
print = print
print("print rebound to itself")
del print
print("builtin print again")
list = [1, 2, 3]
print(list, type(list).__name__)
del list
print(list("ab"))
