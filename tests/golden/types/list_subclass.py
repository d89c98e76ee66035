# list subclasses: which builtins honour overridden __iter__/__getitem__/__len__, method return types, repr, equality
class L(list):
    def __iter__(self):
        print("L.__iter__")
        return super().__iter__()
    def __len__(self):
        print("L.__len__")
        return super().__len__()
    def __getitem__(self, i):
        print("L.__getitem__", i)
        return super().__getitem__(i)
l = L([3, 1, 2])
print(list(l))
print(tuple(l))
print(sorted(l))
print([x for x in l])
print(len(l), l[0], l[0:2])
print(sum(l), max(l), 3 in l)
print(type(l + [1]).__name__, type(l * 2).__name__, type(l[:]).__name__, type(l.copy()).__name__, l == [3, 1, 2], repr(l))
a, b, c = l
print(a, b, c)
print(*l)
class Counted(list):
    def append(self, x):
        super().append(x * 10)
c = Counted()
c.append(1); c.extend([2]); c += [3]; c.insert(0, 4)
print(c, type(c).__name__, isinstance(c, list))
class NoRepr(list):
    pass
print(NoRepr([1, 2]), str(NoRepr()), NoRepr("ab") == ["a", "b"], NoRepr.__mro__)
