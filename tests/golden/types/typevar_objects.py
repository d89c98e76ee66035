# PEP 695 run-time objects: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic and _typing (constructors,
# attributes, lazy evaluation, reprs, errors, Generic subclassing and subscription)
from _typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, NoDefault, ParamSpecArgs, ParamSpecKwargs, _idfunc
print(TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, NoDefault, type(NoDefault), ParamSpecArgs, ParamSpecKwargs, _idfunc(3))
def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
tryit(lambda: TypeVar())
tryit(lambda: TypeVar(1))
tryit(lambda: TypeVar('T', int))
tryit(lambda: TypeVar('T', int, str, bound=int))
tryit(lambda: TypeVar('T', x=1))
tryit(lambda: TypeVar('T', covariant=True, contravariant=True))
tryit(lambda: TypeVar('T', covariant=True, infer_variance=True))
tryit(lambda: TypeVar('T', bound=1))
T = TypeVar('T', covariant=True)
print(repr(T), T.__module__, T.__bound__, T.__constraints__, T.__default__, T.has_default(), T.__reduce__(), T.__name__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
U = TypeVar('U', int, str, default=int)
print(repr(U), U.__constraints__, U.__default__, U.has_default(), TypeVar('V', bound=None).__bound__, TypeVar('V', bound=int).__bound__)
tryit(lambda: TypeVarTuple('Ts', bound=int))
tryit(lambda: TypeVarTuple('Ts', 1))
tryit(lambda: ParamSpec('P', 1))
tryit(lambda: ParamSpecArgs())
tryit(lambda: ParamSpecArgs(1, 2))
tryit(lambda: hash(ParamSpec('P').args))
tryit(lambda: ParamSpec(1))
tryit(lambda: TypeVarTuple())
Ts = TypeVarTuple('Ts', default=int)
print(Ts, Ts.__default__, Ts.__module__, ParamSpec('P', covariant=True), ParamSpec('P').__default__)
print(repr(ParamSpecArgs(ParamSpec('P', contravariant=True))), ParamSpecKwargs(T), ParamSpecArgs(1))
print(ParamSpec('P').args == ParamSpec('P').args)
P = ParamSpec('P')
print(P.args == P.args, P.kwargs != P.kwargs, P.args.__origin__ is P)
type A = int
print(repr(A), A.__module__, A.__type_params__, A.__parameters__, A.__reduce__(), A.__name__, A.__value__)
tryit(lambda: A[int])
def f[**P, *Ts](): return P, Ts
P, Ts = f()
print(P.args, P.kwargs, type(P.args), P.args.__origin__ is P, P.args == P.args, P.__bound__, Ts.__default__, P.__module__, Ts.__module__)
class C[T]: pass
tryit(lambda: C[int, str])
tryit(lambda: C[()])
print(C[int].__args__, C.__parameters__, C.__type_params__, C.__bases__, C.__mro__)
print(C[int].__origin__ is C, type(C[int]()).__name__, C[int]().__orig_class__ == C[int])
try:
    class D(Generic): pass
except TypeError as e: print(e)
print(Generic.__module__, Generic.__qualname__, TypeVar.__qualname__, TypeVar.__module__, Generic.__name__)
print(type(T).__mro__, type(A).__mro__)
try:
    class E(T): pass
except TypeError as e: print(e)
print(hash(T) == hash(T), T == T, T != U)
T.__module__ = 'foo'
print(T.__module__)
def g[T: int](): return T
print(g().__bound__)
try: A.__value__ = 1
except AttributeError as e: print(e)
tryit(lambda: TypeAliasType('X', int))
tryit(lambda: TypeAliasType('X', int, type_params=(T,)).__type_params__)
tryit(lambda: TypeAliasType('X', int, type_params=(T,)).__module__)
tryit(lambda: TypeAliasType('X', int, type_params=1))
tryit(lambda: TypeAliasType())
tryit(lambda: TypeAliasType(1, int))
tryit(lambda: TypeAliasType('X', int, 3))
print(C.__orig_bases__)
class D2[T, *Ts, **P]: pass
print(D2.__parameters__, D2.__type_params__)
def h[T = int, U = str](): return T, U
print([x.__default__ for x in h()], [x.has_default() for x in h()])
type L[T] = list[T]
print(L[int], L.__parameters__, L | None, None | L, int | L)
print(A | int)
class Sub(C[int]): pass
print(Sub.__mro__, Sub.__orig_bases__, Sub.__parameters__)
class Sub2[S](C[S]): pass
print(Sub2.__parameters__, Sub2.__orig_bases__)
print(T.__typing_subst__(int), U.__typing_subst__(None))
tryit(lambda: Ts.__typing_subst__(int))
class K[T]:
    def m(self) -> T: return T
print(K().m(), K.m.__annotations__ if hasattr(K.m, '__annotations__') else '')
print(NoDefault.__reduce__(), type(NoDefault)())
tryit(lambda: type(NoDefault)(1))
class Base[T]:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()
class Derived[U](Base[U], flag=1): pass
print(Derived.__parameters__, Derived.__mro__, Derived.__orig_bases__)
try:
    class Bad[T](x=1): pass
except TypeError as e: print(e)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('M', name, bases, sorted(k for k in ns if not k.startswith('__static')))
        return super().__new__(mcls, name, bases, ns)
class WithMeta[T](metaclass=M): pass
print(type(WithMeta), WithMeta.__type_params__)
def outer():
    type Local[X] = dict[X, int]
    return Local
L = outer()
print(L, L.__value__, L.__type_params__, L.__module__, L[str])
class Cls:
    type Inner = int
    def meth[T](self, x: T) -> T: return x
print(Cls.Inner, Cls.meth.__type_params__, Cls.meth.__annotations__)
def gen[T](x: T) -> list[T]:
    return [x]
print(gen.__annotations__, gen(1), gen.__type_params__[0].__bound__)
def lazy[T: Undefined]():
    return T
t = lazy()
print(t.__name__)
tryit(lambda: t.__bound__)
def cons[T: (Undefined, int)](): return T
tryit(lambda: cons().__constraints__)
class Rec[T: Rec]: pass
print(Rec.__type_params__[0].__bound__)
type Alias[T: int, *Ts, **P] = tuple[T, P]
print(Alias.__type_params__, Alias.__value__)
print(Alias[int, str, [int]])
import sys
class Gen[T]:
    pass
print(Gen[int] == Gen[int], hash(Gen[int]) == hash(Gen[int]), Gen[int].__parameters__, Gen[T := 1] if False else '')
x = Gen[int]
print(type(x.__origin__), x.__args__)
tryit(lambda: Gen[int][str])
tryit(lambda: Gen[int, str])
class NoParams: pass
tryit(lambda: NoParams[int])
class P2[T](list[T]): pass
print(P2.__mro__, P2.__parameters__, P2([1,2]))
def closure[T]():
    def inner[U]():
        return T, U
    return inner
print(closure()(), closure().__type_params__, closure.__type_params__)
print(type(closure.__type_params__[0]).__name__)
