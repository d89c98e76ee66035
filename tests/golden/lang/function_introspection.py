# function objects: __name__, __qualname__, __module__, __doc__, __defaults__, __code__ fields, __globals__, __dict__
def documented(a, b=1, *args, c, d=2, **kw):
    """Docstring here."""
    local_var = a
    return local_var
print(documented.__name__, documented.__qualname__, documented.__module__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__globals__ is globals())
co = documented.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_filename.endswith('function_introspection.py'), co.co_firstlineno)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20), type(co.co_code).__name__)
def gen(): yield
async def coro(): pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), gen.__code__.co_name)
class C:
    def method(self): pass
    class Nested:
        def deep(self): pass
print(C.method.__qualname__, C.Nested.deep.__qualname__, (lambda: 0).__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__)
documented.__name__ = 'renamed'
documented.__doc__ = None
print(documented.__name__, documented.__qualname__, documented.__doc__)
documented.custom = 1
print(documented.__dict__)
try:
    documented.__name__ = 5
except TypeError as e:
    print(e)
def no_doc(): pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc.__annotations__, no_doc.__closure__)
print(type(no_doc).__name__, type(len).__name__, type(C().method).__name__, type([].append).__name__)
