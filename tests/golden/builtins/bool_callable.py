# bool() and callable() on many kinds of objects
class Call:
    def __call__(self): return 1
class NoCall:
    pass
class CallAttr:
    pass
ca = CallAttr(); ca.__call__ = lambda: 1
for x in (len, print, int, str.upper, "x".upper, lambda: 0, Call(), NoCall(), ca, Call, None, 1, "s", [], type, object(), classmethod, (lambda: 0).__call__):
    print(type(x).__name__, callable(x), bool(x) if not isinstance(x, (Call, NoCall, CallAttr)) else "obj")
print(bool(0), bool(1), bool(-0.0), bool(float("nan")), bool(0j), bool(1j), bool(""), bool(" "), bool(()), bool((0,)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: callable())
t(lambda: callable(1, 2))
t(lambda: NoCall()())
t(lambda: ca())
S = "str"
t(lambda: S())
