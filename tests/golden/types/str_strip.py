# str.strip/lstrip/rstrip with default and explicit chars, removeprefix/removesuffix
for s in ("", "  abc  ", "\t\n abc \r\x0b\x0c", "xxabcxx", "abc", "\u3000\u00a0a\u2003", "   ", "\x1c\x1fa\x1e\x1d"):
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(None)))
print("www.example.com".strip("cmowz."), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "abcba".strip("ab"), "aaa".strip("a"))
print("\U0001F600x\U0001F600".strip("\U0001F600"), "abc".strip(""), "  a  ".strip(" a"))
for s, p in [("prefix_body", "prefix_"), ("body", "x"), ("", ""), ("abc", ""), ("abc", "abc"), ("abcabc", "abc")]:
    print(repr(s), repr(p), repr(s.removeprefix(p)), repr(s.removesuffix(p)))
class S(str):
    pass
print(type(S("ab").removeprefix("")).__name__, type(S(" a ").strip()).__name__, type(S("ab").removesuffix("b")).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "abc".strip(1))
t(lambda: "abc".lstrip(b"a"))
t(lambda: "abc".rstrip("a", "b"))
t(lambda: "abc".removeprefix(None))
t(lambda: "abc".removesuffix(b"c"))
t(lambda: "abc".removeprefix())
t(lambda: "abc".removeprefix(("a",)))
