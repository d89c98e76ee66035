# None, NotImplemented, Ellipsis: repr, type, truthiness, identity, constructors, comparisons and errors
print(None, repr(None), type(None).__name__, bool(None), None is None, None == None, None != 0, str(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, NotImplemented is NotImplemented)
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...), [...][0] is Ellipsis)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(hash(None) == hash(None), {None: 1, ...: 2}, [None, ..., NotImplemented])
print(None.__class__, (...).__class__, None.__bool__(), None.__eq__(None), None.__eq__(0), None.__repr__())
print(sorted(m for m in dir(None) if not m.startswith("_")), f"{None!r:>6}|{...}")
def f():
    pass
print(f(), f() is None, [1].append(2))
def t(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: None < None)
t(lambda: None + 1)
N = None
t(lambda: N())
t(lambda: N[0])
t(lambda: None.foo)
t(lambda: len(None))
t(lambda: iter(None))
t(lambda: setattr(None, "x", 1))
t(lambda: type(None)(1))
t(lambda: type(...)(1))
t(lambda: ... + 1)
t(lambda: NotImplemented + 1)
t(lambda: format(None, "s"))
t(lambda: format(None, ""))
t(lambda: format(..., ">5"))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
