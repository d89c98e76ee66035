# str.split and str.rsplit: default whitespace, explicit separators, maxsplit, empty strings, errors
cases = ["", "   ", "a", " a b  c ", "a,b,,c,", ",a,", "a\tb\nc\x0bd\x0ce\x1cf\u3000g\u2028h", "one two three four"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
    print("  ", s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", -1), s.split(",", 0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaaa".split("aa"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("abcabc".split("abc"), "x".split("x"), "xx".split("x"), "abc".split("abcd"), "ab ab".split(" ", -5))
print("a b c".split(sep=" ", maxsplit=1), "a b c".rsplit(sep=None, maxsplit=1), "\u00e9 \u00e8".split())
print("\U0001F600,\U0001F601".split(","), "a\x85b".split(), "a\xa0b".split(), "a\u200bb".split())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "abc".split(""))
t(lambda: "abc".rsplit(""))
t(lambda: "abc".split(1))
t(lambda: "abc".split(b"b"))
t(lambda: "abc".split("b", "1"))
t(lambda: "abc".split("b", 1.0))
t(lambda: "abc".split("b", 1, 2))
t(lambda: "abc".split(x="b"))
t(lambda: str.split(b"abc"))
t(lambda: "a b".split(None, 10**30))
