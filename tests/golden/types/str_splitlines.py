# str.splitlines with every line boundary, keepends, and related partition/rpartition
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for x in ("", "\n", "\n\n", "abc", "abc\n", "\r\n\r\n", "\r\r\n", "x\ry", "no newline at end", "a\n\rb"):
    print(repr(x), x.splitlines(), x.splitlines(True), x.split("\n"))
for x in ("a=b=c", "abc", "=", "", "a==b"):
    print(repr(x), x.partition("="), x.rpartition("="), x.partition("=="), x.rpartition("b"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "abc".partition(""))
t(lambda: "abc".rpartition(""))
t(lambda: "abc".partition(None))
t(lambda: "abc".partition(1))
t(lambda: "abc".splitlines("x"))
t(lambda: "abc".splitlines(1, 2))
t(lambda: "a\nb".splitlines(2))
t(lambda: "a\nb".splitlines(keepends=0))
