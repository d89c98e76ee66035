# str comparisons (code point order), equality with other types, hashing consistency, min/max/sorted
words = ["apple", "Apple", "apples", "", "b", "a\u00e9", "ae", "\U0001F600", "\uffff", "A", "_", "1", " "]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print("a" < "b", "a" < "B", "abc" <= "abc", "abc" >= "abd", "abc" > "ab", "abc" != "abc", "" == "")
print("a" == b"a", "1" == 1, "a" != None, "abc" == "ab" + "c", "x" * 3 == "xxx")
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("ab", "b", "aa"))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), {"a": 1}["a"], "a" in {"a", "b"})
class S(str):
    pass
print(S("abc") == "abc", hash(S("abc")) == hash("abc"), S("a") < "b", "b" > S("a"), {"abc": 1}[S("abc")])
class R(str):
    def __eq__(self, other): return True
    __hash__ = str.__hash__
print(R("x") == "y", "y" == R("x"), R("x") != "y")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "a" < 1)
t(lambda: "a" >= b"a")
t(lambda: "a" > None)
t(lambda: sorted(["a", 1]))
t(lambda: max("a", 1))
t(lambda: "a".__lt__(1))
t(lambda: "a".__eq__(1))
