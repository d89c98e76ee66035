# 3.13 semantics of classmethod and staticmethod wrappers: no descriptor chaining, attribute copying, __wrapped__, repr-free checks
class C:
    @classmethod
    @property
    def chained(cls):
        return "property body"
    @staticmethod
    def sm(x):
        "sm doc"
        return x
    @classmethod
    def cm(cls):
        "cm doc"
        return cls.__name__
r = C.chained
print(type(r).__name__, type(r.__func__).__name__ if hasattr(r, "__func__") else None, r.__self__ is C if hasattr(r, "__self__") else None)
print(C.__dict__["sm"].__name__, C.__dict__["sm"].__qualname__, C.__dict__["sm"].__doc__, C.__dict__["sm"].__module__)
print(C.__dict__["cm"].__name__, C.__dict__["cm"].__qualname__, C.__dict__["cm"].__doc__, C.__dict__["cm"].__wrapped__ is C.__dict__["cm"].__func__)
print(C.sm(3), C().sm(4), C.cm(), C().cm(), callable(C.__dict__["sm"]), C.__dict__["sm"](5))
def annotated(a: int) -> str:
    return str(a)
sm = staticmethod(annotated)
cm = classmethod(annotated)
print(sm.__annotations__, cm.__annotations__, sm.__isabstractmethod__, cm.__isabstractmethod__)
sm.__doc__ = "changed"
print(sm.__doc__, annotated.__doc__)
print(sorted(k for k in sm.__dict__), sorted(k for k in cm.__dict__))
class D:
    m = classmethod(staticmethod(lambda *a: a))
print(type(D.__dict__["m"].__func__).__name__)
try:
    print(D.m())
except TypeError as e:
    print("TypeError:", e)
