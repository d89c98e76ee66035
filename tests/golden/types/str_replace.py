# str.replace with counts, empty old/new strings, overlapping patterns, non-BMP characters
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace("x", "y"))
print(s.replace("one", "", 2), s.replace(" ", "  "), s.replace("o", "0", 3))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaa".replace("aa", "b"))
print("aaaa".replace("a", "aa"), "abab".replace("ab", "ba"), "\U0001F600a\U0001F600".replace("\U0001F600", ":)"))
print("aaa".replace("a", "b", count=2), "xyz".replace("xyz", "XYZ"), "héllo".replace("é", "e"))
class S(str):
    pass
print(type(S("abc").replace("x", "y")).__name__, type(S("abc").replace("a", "b")).__name__)
big = "ab" * 1000
print(len(big.replace("a", "xyz")), big.replace("ab", "").__len__(), big.count("ba"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "abc".replace("a"))
t(lambda: "abc".replace(1, "x"))
t(lambda: "abc".replace("a", None))
t(lambda: "abc".replace("a", "b", "1"))
t(lambda: "abc".replace("a", "b", 1, 2))
t(lambda: "abc".replace(old="a", new="b"))
t(lambda: "abc".replace(b"a", b"b"))
