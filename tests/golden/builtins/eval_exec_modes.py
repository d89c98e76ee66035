# eval/exec/compile edge cases: eval and single input end without an implicit newline (SyntaxError offsets
# and texts), str sources ignore coding declarations, single-mode blocks at EOF, closures for exec, builtins
# that are not dicts, keyword globals/locals, inherited future flags, dont_inherit
def t(f):
    try:
        r = f()
        print(repr(r) if not hasattr(r, "co_name") else ("code", r.co_name, r.co_filename))
    except Exception as ex:
        print(type(ex).__name__ + ": " + str(ex))
def err(src, mode):
    try:
        compile(src, "<m>", mode)
        print(mode, repr(src), "ok")
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for mode in ("eval", "single", "exec"):
    for src in ["1 +", "1 +\n", "(1", "x.", "import", "for x in", "", " ", "#c", "if x:", "if x:\n  pass",
                "\n1 +", "1 +\\", "\ufeff1", "a = 1; b", "f(", "1 + # c"]:
        err(src, mode)
t(lambda: eval("# coding: latin-1\n'\xe9'"))
t(lambda: eval(b"# coding: latin-1\n'\xe9'"))
t(lambda: eval("# coding: bogus\n1"))
t(lambda: eval(b"# coding: bogus\n1"))
t(lambda: eval(b"\xef\xbb\xbf8"))
t(lambda: eval(bytearray(b"6 * 7")))
t(lambda: eval(memoryview(b"6 * 8")))
t(lambda: compile("\ud800", "x", "exec"))
t(lambda: exec(compile("if 1:\n  y = 5\n  print('block', y)", "s", "single")))
t(lambda: compile("class A:\n  def f(self):\n    pass", "s", "single").co_names)
t(lambda: compile("1\n 2", "s", "single"))
t(lambda: compile("x = 1\ny = 2", "s", "single"))
def outer():
    v = 5
    def inner():
        print("inner sees", v)
    return inner
c = outer().__code__
t(lambda: exec(c))
t(lambda: exec(c, {}, {}, closure=(1,)))
t(lambda: exec(c, {}, {}, closure=[outer().__closure__[0]]))
t(lambda: exec(c, {}, {}, closure=outer().__closure__))
t(lambda: exec((lambda: 0).__code__, {}, {}, closure=()))
t(lambda: exec("1", {}, {}, closure=()))
t(lambda: eval(c))
class M(dict):
    def __missing__(self, k):
        return "miss-" + k
class G:
    def __getitem__(self, k):
        if k == "q":
            return 42
        raise KeyError(k)
t(lambda: eval("zz", {"__builtins__": M()}))
t(lambda: eval("q", {"__builtins__": G()}))
t(lambda: eval("nope", {"__builtins__": G()}))
t(lambda: eval("len", {"__builtins__": 5}))
t(lambda: exec("def f():\n    return q + 1\nr = f()", {"__builtins__": G()}))
t(lambda: eval("q", {}, G()))
t(lambda: exec("del q", {}, G()))
t(lambda: eval("x", globals={"x": 1}))
t(lambda: eval("x", locals={"x": 2}))
t(lambda: exec("print('kw', y)", globals={"y": 3}))
t(lambda: eval())
t(lambda: eval("1", {}, {}, {}))
t(lambda: exec("1", {}, {}, {}))
t(lambda: eval("1", 5))
t(lambda: eval("1", {}, 5))
t(lambda: eval("1", []))
t(lambda: exec("1", 5))
t(lambda: exec("1", {}, 5))
t(lambda: eval(5))
t(lambda: exec(5))
class P:
    def __fspath__(self):
        return "p/q"
t(lambda: compile("1", P(), "eval"))
t(lambda: compile("1", b"bfile", "eval"))
t(lambda: compile("1", "x", 5))
t(lambda: compile("1", "x", "func_type"))
t(lambda: compile("1", "x", "bogus", 0x400))
t(lambda: compile(5, 7, "exec", 0x7fffffff))
t(lambda: compile("1", "x", "exec", optimize=-2))
t(lambda: compile("1", "x\0", "exec"))
t(lambda: compile())
src = ('ns = {}\nexec("def f(x: int): pass", ns)\nprint(ns["f"].__annotations__)\n'
       'print(compile("1", "s", "eval").co_flags & 0x1000000 != 0, '
       'compile("1", "s", "eval", dont_inherit=True).co_flags & 0x1000000 != 0)\n')
exec(compile(src, "fut", "exec", 0x1000000), {})
