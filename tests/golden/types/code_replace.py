# code objects: replace() and the constructor (checks and messages), read-only members, equality and hash,
# co_lines/co_positions/co_lnotab, _varname_from_oparg, running replaced code
def t(f):
    try:
        r = f()
        print(repr(r) if not hasattr(r, "co_name") else
              ("code", r.co_name, r.co_qualname, r.co_varnames, r.co_cellvars, r.co_freevars, r.co_nlocals))
    except Exception as ex:
        print(type(ex).__name__ + ": " + str(ex))
def f(a, b=2, *c, d, **e):
    x = 1
    def g():
        return a + x
    return g
c = f.__code__
for a in ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags", "co_nlocals",
          "co_consts", "co_names", "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_varnames",
          "co_cellvars", "co_freevars", "co_code", "co_linetable", "co_exceptiontable", "co_bogus"]:
    t(lambda: setattr(c, a, 1))
    t(lambda: delattr(c, a))
print(hash(c) == hash(c.replace()), c == c.replace(), c == c.replace(co_name="x"), c == c.replace(co_qualname="x"),
      c.replace() is c, c != c.replace(), {c: 1}[c.replace()])
print(c.replace(co_consts=(1, 2)).co_consts, c.replace(co_consts=(1,)) == c.replace(co_consts=(True,)))
t(lambda: c.replace(co_consts=5))
t(lambda: c.replace(co_argcount="a"))
t(lambda: c.replace(co_code=5))
t(lambda: c.replace(co_code=b"123"))
t(lambda: c.replace(co_varnames=(1,)))
t(lambda: c.replace(co_varnames=("p",)))
t(lambda: c.replace(co_varnames=tuple("pqrstu")))
t(lambda: c.replace(co_varnames=tuple("pqrstuv")))
t(lambda: c.replace(co_varnames=tuple("pqrstuv"), co_nlocals=7))
t(lambda: c.replace(co_names=(1,)))
t(lambda: c.replace(co_nlocals=5))
t(lambda: c.replace(1))
t(lambda: c.replace(co_bogus=1))
t(lambda: c.replace(co_cellvars=("x", "zz")))
t(lambda: c.__replace__(co_name="z"))
t(lambda: c._varname_from_oparg(0))
t(lambda: c._varname_from_oparg(100))
code = type(c)
t(lambda: code(0, 0, 0, 0, 0, 0, b"", (), (), (), "f", "n", "q", 1, b"", b""))
t(lambda: code(0, 0, 0, 1, 0, 0, b"", (), (), (), "f", "n", "q", 1, b"", b""))
t(lambda: code(0, 0, 0, 0, 0, 0, b"", (), (), (), "f", "n", "q", 1, b"", b"", (), (), 5))
t(lambda: code(0, 0, 0, 0, 0, 0, 5, (), (), (), "f", "n", "q", 1, b"", b""))
t(lambda: code(0, 0, 0, 0, 0, 0, b"", (), (), (), "f", "n", "q", 1, b"", b"", x=1))
t(lambda: code(1, 0, 0, 1, 0, 0, b"", (), (), ("a",), "f", "n", "q", 1, b"", b"", ("fv",), ("a", "cv")))
t(lambda: code())
t(lambda: list(f.__code__.co_lines()))
t(lambda: list(f.__code__.co_positions())[:4])
t(lambda: [len(p) for p in (lambda: 0).__code__.co_positions()])
ns = {}
exec("def h(q):\n    return q * 3\n", ns)
h = ns["h"]
h2 = type(h)(h.__code__.replace(co_name="h2"), {})
print(h2(4), h2.__name__, h2.__code__.co_name)
h.__code__ = h.__code__.replace(co_consts=tuple(7 if x == 3 else x for x in h.__code__.co_consts))
print(h(4))
print(c.co_consts[:2], repr(compile("x", "fn", "eval")).startswith("<code object <module> at 0x"))
