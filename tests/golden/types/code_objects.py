# code objects: co_* attributes of functions, lambdas, generators, closures, and code.replace
def f(a, b, /, c, *args, d, e=1, **kw):
    "doc"
    x = a + b
    def g():
        return x
    return g
code = f.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_cellvars, code.co_freevars, code.co_names, code.co_firstlineno, code.co_filename.endswith("code_objects.py"))
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0, code.co_flags & 0x20 != 0, type(code.co_code).__name__, type(code.co_consts).__name__)
inner = f(1, 2, 3, d=4).__code__
print(inner.co_name, inner.co_qualname, inner.co_freevars, inner.co_varnames, inner.co_argcount)
def gen():
    yield 1
async def co():
    pass
lam = lambda q: q
print(gen.__code__.co_flags & 0x20 != 0, co.__code__.co_flags & 0x80 != 0, lam.__code__.co_name, lam.__code__.co_varnames)
print(type(code).__name__, code == code, code.co_stacksize > 0, code.co_linetable is not None, list(code.co_lines())[0][2] is None or True)
renamed = code.replace(co_name="renamed")
print(renamed.co_name, renamed.co_qualname, renamed is code, renamed.co_varnames == code.co_varnames)
print([p[2] for p in list(lam.__code__.co_positions())[:1]] != [], lam.__code__.co_consts)
mod = compile("a = 1\nb = a + 2\n", "<mod>", "exec")
print(mod.co_name, mod.co_names, mod.co_consts, mod.co_filename, mod.co_firstlineno, mod.co_qualname)
def t(h):
    try:
        print(repr(h()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: setattr(code, "co_name", "x"))
t(lambda: code.replace(co_bogus=1))
t(lambda: code.replace(co_name=5))
t(lambda: type(code)())
t(lambda: exec(inner))
