# eval/exec and __builtins__: restricted builtins dicts, missing builtins, injected names, builtins module access
print(eval("len([1, 2])", {}), eval("len('abc')", {"__builtins__": __builtins__}))
try:
    eval("len([1])", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))
g = {"__builtins__": {"print": lambda *a: None, "x": "builtin x"}}
print(eval("x", g))
exec("y = print('hidden')", g)
print(g["y"])
g2 = {}
exec("pass", g2)
print(type(g2["__builtins__"]).__name__ in ("module", "dict"), sorted(k for k in g2))
print(eval("__builtins__ is not None"), eval("True and None"), eval("int"), eval("str.upper('q')"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: eval("undefined_builtin_name"))
t(lambda: eval("__import__('sys').maxsize > 0", {"__builtins__": {}}))
t(lambda: eval("x", {"__builtins__": 5}))
t(lambda: exec("raise KeyError('k')", {}))
t(lambda: eval("1 +\n 2"))
t(lambda: eval("(1 +\n 2)"))
t(lambda: eval("  \t 3"))
t(lambda: eval("\n4"))
t(lambda: eval("5\n\n"))
t(lambda: eval("yield 1"))
t(lambda: eval("await x"))
t(lambda: exec("return 1"))
