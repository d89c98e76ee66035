# str.startswith/endswith with tuples, start/end arguments and errors
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6), s.startswith("lo", 3, 5))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("hello", 0, 5), s.endswith("o", -5, -4))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()), s.endswith(("d",), 0, 100))
print(s.startswith("h", -100), s.startswith("", 11), s.startswith("", 12), s.endswith("", 5, 3), s.startswith("", 5, 3))
print("".startswith(""), "".endswith(""), "".startswith("a"), "\U0001F600x".startswith("\U0001F600"))
print(s.startswith("o", None, None), s.endswith("l", None, -1), s.startswith("w", 6, None))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: s.startswith(1))
t(lambda: s.endswith(["h"]))
t(lambda: s.startswith(("h", 1)))
t(lambda: s.startswith(b"h"))
t(lambda: s.endswith("d", "1"))
t(lambda: s.startswith())
t(lambda: s.endswith(None))
t(lambda: s.startswith(("a", ("h",))))
t(lambda: s.startswith("h", 1.0))
