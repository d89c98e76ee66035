# str() constructor: objects, bytes with encoding/errors, __str__/__repr__ fallback, and errors
print(str(), str(1), str(1.5), str(None), str([1, "a"]), str((1,)), str({"a": 1}), str(b"ab"), str(bytearray(b"x")))
print(str(b"h\xc3\xa9", "utf-8"), str(b"h\xe9", "latin-1"), str(b"h\xff", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
print(str(bytearray(b"abc"), "ascii"), str(object=b"x", encoding="ascii"), str(object="plain"), str(encoding="utf-8"))
class A:
    def __str__(self): return "A.str"
    def __repr__(self): return "A.repr"
class B:
    def __repr__(self): return "B.repr"
class C(str):
    def __str__(self): return "C.str"
print(str(A()), repr(A()), str(B()), repr(B()), str(C("raw")), type(str(C("raw"))).__name__, str(str))
class S(str):
    pass
print(type(str(S("x"))).__name__, type(S("x")).__name__, S(5), S(b"ab", "ascii"), repr(S("q")))
print(str.__new__(S, "via new"), type(str.__new__(S, "y")).__name__, str(True), str(-0.0), str(10**30), str(1j))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: str(1, "utf-8"))
t(lambda: str("abc", "utf-8"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(b"abc", "nope"))
t(lambda: str(b"a", 5))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(x=1))
class BadStr:
    def __str__(self): return 42
class BadRepr:
    def __repr__(self): return None
t(lambda: str(BadStr()))
t(lambda: str(BadRepr()))
t(lambda: repr(BadRepr()))
class Raises:
    def __str__(self): raise KeyError("in __str__")
t(lambda: str(Raises()))
