# exec/eval scoping: functions defined in exec see exec globals, class bodies, closures, free variable code errors
g = {"base": 100}
exec("def add(x):\n    return x + base\nresult = add(5)", g)
print(g["result"], g["add"](1), g["add"].__globals__ is g)
g["base"] = 1000
print(g["add"](1))
l = {}
exec("v = 1\ndef f():\n    return v\n", {}, l)
try:
    l["f"]()
except NameError as e:
    print("NameError:", e)
ns = {}
exec("class K:\n    a = 1\n    b = a + 1\n    def m(self): return self.b\n", ns)
print(ns["K"].b, ns["K"]().m(), ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
exec("import sys\nmod_name = __name__", ns)
print(ns["mod_name"], "sys" in ns)
def outer():
    y = 5
    def inner():
        return y
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
print(eval("[x for x in range(n)]", {"n": 3}), eval("(lambda: n)()", {"n": 7}), eval("sum(i for i in range(n))", {"n": 4}))
code = compile("total = 0\nfor i in items:\n    total += i\n", "<loop>", "exec")
for items in ([1, 2], [10, 20, 30]):
    env = {"items": items}
    exec(code, env)
    print(env["total"])
locs = {"a": 1}
print(eval("a + b", {"b": 2}, locs), eval("locals()", {}, locs) is locs, eval("globals()", {"z": 1})["z"])
def f():
    x = 10
    return eval("x + 1"), eval("x", {"x": "global x"}), eval("x", {}, {"x": "local x"})
print(f())
exec("print('printed from exec', __name__)")
exec("print(__name__)", {"__name__": "custom_mod"})
