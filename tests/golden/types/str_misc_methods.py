# remaining str methods and dunders: __len__, __contains__, __iter__, __getnewargs__, __mod__, __rmod__, __sizeof__, dir
s = "hello"
print(len(s), s.__len__(), s.__contains__("ell"), list(iter(s)), s.__getnewargs__(), s.__mod__(()), s.__rmod__(5))
print(s.__add__("!"), s.__mul__(2), s.__rmul__(2), s.__getitem__(-1), s.__eq__("hello"), s.__ne__(5), s.__lt__("z"))
it = iter("ab\U0001F600")
print(next(it), next(it), next(it), next(it, "end"))
print(sorted(m for m in dir(str) if not m.startswith("_")))
print(str.__name__, str.__qualname__, str.__mro__)
print(s.__format__(">7"), s.__str__() is s, s.__repr__(), "".join(reversed(s)), s.index("l"), s.__hash__() == hash(s))
print("Tab\tSep".expandtabs(2), "a,b".split(","), "x".zfill(3), "Ab".swapcase(), "%s" % s.title())
e = enumerate("abc")
print(list(e), list(zip("ab", "xyz")), list(map(str.upper, "ab")), dict.fromkeys("aba"))
print("abc".__class__.__name__, isinstance("", str), issubclass(str, object), str.maketrans is not None)
