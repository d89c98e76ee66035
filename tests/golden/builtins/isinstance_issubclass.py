# isinstance() and issubclass() with builtin types, tuples, bool/int relations, abstract-like hooks and errors
vals = [1, True, 1.0, 1j, "s", b"b", [], (), {}, set(), None, len, int, object()]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, object), isinstance(v, type), isinstance(v, (list, tuple, dict)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(issubclass(bool, (str, (int,))), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), issubclass(int, int))
print(isinstance(int, type), isinstance(type, type), issubclass(type(None), object), isinstance(..., type(...)))
class Base: pass
class Derived(Base): pass
print(isinstance(Derived(), Base), isinstance(Base(), Derived), issubclass(Derived, Base), issubclass(Derived, (int, Base)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: isinstance(1, "int"))
t(lambda: isinstance(1, [int]))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, [int]))
t(lambda: issubclass("a", "b"))
t(lambda: isinstance())
t(lambda: issubclass(int))
t(lambda: isinstance(1, (int, "x")))
t(lambda: issubclass(bool, (int, 5)))
t(lambda: issubclass(str, (int, 5)))
