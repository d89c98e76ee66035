# exec() and eval() with globals/locals dicts, return values, builtins injection, expression vs statement errors
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}), eval(" 5 "), eval("\n7\n".strip()))
g = {}
r = exec("a = 1\nb = a + 1\ndef f(): return a + b", g)
print(r, g["a"], g["b"], g["f"](), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
l = {}
exec("x = 10\ny = x * 2", {}, l)
print(l)
ns = {"__builtins__": {"len": len}}
print(eval("len('abc')", ns))
exec("z = 5", globals())
print(z)
def scope():
    loc = {"q": 3}
    exec("q = q + 1; w = 9", {}, loc)
    return loc
print(scope())
code = compile("n * n", "<expr>", "eval")
print(eval(code, {"n": 12}), exec(compile("print('compiled exec')", "<s>", "exec")))
print(eval("[i for i in range(3)]"), eval("(lambda k: k + 1)(1)"), eval("__name__"), eval("__name__", {"__name__": "custom"}))
class Mapping(dict):
    def __missing__(self, key):
        return "missing:" + key
print(eval("abc", {}, Mapping()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: eval("x = 1"))
t(lambda: eval("1 +"))
t(lambda: exec("if True"))
t(lambda: eval("undefined_variable"))
t(lambda: eval(5))
t(lambda: eval("1", []))
t(lambda: eval("1", {}, 5))
t(lambda: exec("1", {}, 5))
t(lambda: exec(5))
t(lambda: eval("1/0"))
t(lambda: eval(""))
t(lambda: exec("raise ValueError('inside exec')"))
t(lambda: eval(b"1 + 1"))
t(lambda: eval("\x00"))
