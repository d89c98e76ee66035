# SyntaxError fields (msg, filename, lineno, offset, text, end_lineno, end_offset) from compile() and constructed directly
def show(e):
    print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print("  str:", str(e))
for src in ("x = (1,", "def f(:\n  pass", "1 +* 2", "if True:\nprint(1)", "x = 1\n  y = 2", "return 5", "a b c", "f(x for x in y, 1)",
            "'unterminated", "x = $", "del 1", "(a, b) += 1", "nonlocal x", "def f():\n\tif 1:\n        pass\n\treturn",
            "f(**x, *y)", "lambda: (yield)", "[x async for x in y]", "class C: break", "0777", "1_000_"):
    try:
        compile(src, "<snippet>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        show(e)
e = SyntaxError("custom", ("file.py", 3, 7, "bad line\n", 3, 9))
show(e)
print(e.args, repr(e))
e2 = SyntaxError("only msg")
show(e2)
e3 = SyntaxError()
print(repr(str(e3)), e3.msg, e3.args)
e4 = SyntaxError("m", ("f.py", None, None, None))
print(str(e4), e4.lineno)
e5 = SyntaxError("m", ("f.py", 10, 2, "txt"))
print(str(e5), e5.end_lineno, e5.end_offset)
e6 = SyntaxError("m", (None, 3, 1, "t"))
print(str(e6))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: SyntaxError("m", (1, 2)))
t(lambda: SyntaxError("m", 5))
t(lambda: SyntaxError("m", ("f", 1, 2, "t"), 3))
