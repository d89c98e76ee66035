# classmethod and staticmethod objects: binding, __func__, __wrapped__, attributes, calling through instances and classes
class C:
    @classmethod
    def cm(cls, x=0):
        "cm doc"
        return (cls.__name__, x)
    @staticmethod
    def sm(a, b=2):
        "sm doc"
        return a + b
class D(C):
    pass
print(C.cm(), C().cm(1), D.cm(), D().cm(2), C.sm(1), C().sm(1, 1), D.sm(5))
raw_cm, raw_sm = C.__dict__["cm"], C.__dict__["sm"]
print(type(raw_cm).__name__, type(raw_sm).__name__, raw_cm.__func__.__name__, raw_sm.__func__.__name__, raw_sm.__wrapped__ is raw_sm.__func__)
print(raw_cm.__doc__, raw_sm.__doc__, raw_cm.__name__, raw_sm.__qualname__, C.cm.__self__ is C, C.cm.__func__ is raw_cm.__func__)
print(type(C.cm).__name__, type(C.sm).__name__, C.sm is raw_sm.__func__, raw_sm(3), callable(raw_sm), callable(raw_cm))
print(raw_cm.__get__(None, D)(), raw_cm.__get__(D())(), raw_sm.__get__(None, C)(10), raw_cm.__isabstractmethod__)
def plain(*args): return args
cm = classmethod(plain)
sm = staticmethod(plain)
class E:
    a = cm
    b = sm
print(E.a(1), E().a(2), E.b(3), E().b(4))
raw_sm.extra = "attr on staticmethod"
print(raw_sm.extra, raw_sm.__dict__)
class Meta(type):
    @classmethod
    def mcm(mcls): return mcls.__name__
print(Meta.mcm(), type.__dict__["__prepare__"].__class__.__name__)
print(dict.fromkeys.__self__ is dict, type(dict.__dict__["fromkeys"]).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: C.cm(1, 2))
t(lambda: C.sm())
t(lambda: classmethod())
t(lambda: staticmethod(1, 2))
t(lambda: classmethod(5).__get__(None, C)())
t(lambda: staticmethod(5)())
t(lambda: raw_cm())
