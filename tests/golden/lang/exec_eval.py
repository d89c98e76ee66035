# exec, eval and compile: globals/locals dicts, modes, expression results, code objects, name lookup through dicts
g = {'x': 10}
exec('y = x * 2\ndef f(): return y + 1', g)
print(g['y'], g['f'](), sorted(k for k in g if k != '__builtins__'))
print(eval('x + y', g), eval('[i * i for i in range(4)]'), eval('  1 + 1  '))
l = {}
exec('a = 1\nb = a + 1', {}, l)
print(l)
code = compile('3 * 7', '<string>', 'eval')
print(eval(code), type(code).__name__, code.co_filename, code.co_name)
single = compile('print("from single mode")', '<s>', 'single')
exec(single)
print(eval('__name__', {'__name__': 'custom'}), eval('len', {}) is len)
print(exec('1 + 1'), 'exec returns None')
class M(dict):
    def __getitem__(self, k):
        return k.upper() if k.startswith('auto') else super().__getitem__(k)
print(eval('auto_name + "!"', {}, M()))
for src, mode in [('1 +', 'eval'), ('x = = 1', 'exec'), ('def f(:', 'exec'), ('return 5', 'exec'), ('yield 1', 'exec')]:
    try:
        compile(src, '<bad>', mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    eval('undefined_variable_xyz')
except NameError as e:
    print(e)
try:
    eval('1/0')
except ZeroDivisionError as e:
    print(e)
def uses_locals():
    v = 'local v'
    return eval('v'), locals()
print(uses_locals())
ns = {}
exec('global_in_exec = 5\ndef read(): return global_in_exec', ns)
print(ns['read']())
try:
    exec(5)
except TypeError as e:
    print(e)
