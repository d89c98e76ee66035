# LEGB name resolution: local, enclosing, global, builtin; class scopes skipped by nested functions
value = 'global'
def outer():
    value = 'enclosing'
    def inner():
        return value
    def local():
        value = 'local'
        return value
    return inner(), local()
print(outer())
def uses_builtin():
    return len('abc'), abs(-2)
print(uses_builtin())
def global_shadowing_builtin():
    global abs
    abs = lambda x: 'global abs'
    return abs(-1)
print(global_shadowing_builtin())
del abs
print(abs(-1))
class K:
    value = 'class'
    def method(self):
        return value
    lam = lambda self: value
    comp = [value for _ in range(1)]
print(K().method(), K().lam(), K.comp)
def enclosing_class_in_function():
    value = 'function'
    class Inner:
        value = 'class body'
        seen_in_body = value
        def m(self):
            return value
    return Inner.seen_in_body, Inner().m()
print(enclosing_class_in_function())
def class_reads_free_var():
    secret = 'free variable'
    class Reader:
        got = secret
    return Reader.got
print(class_reads_free_var())
def class_shadows_free_var():
    v = 'function v'
    class S:
        try:
            print('before assignment, class body sees', v)
        except NameError as e:
            print('assigned in the class body, so looked up as a global:', e)
        v = 'class v'
        print('after assignment', v)
        def m(self):
            return v
    return S().m()
print(class_shadows_free_var())
