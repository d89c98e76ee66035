# BaseException subclasses that are not Exceptions: SystemExit, KeyboardInterrupt, GeneratorExit pass through except Exception
for exc in (SystemExit(2), KeyboardInterrupt(), GeneratorExit("g"), ValueError("v"), BaseExceptionGroup("bg", [KeyboardInterrupt()])):
    try:
        try:
            raise exc
        except Exception as e:
            print("caught as Exception:", repr(e))
    except BaseException as b:
        print("caught as BaseException:", type(b).__name__, repr(b), isinstance(b, Exception))
def gen():
    try:
        yield 1
    except Exception:
        print("never: GeneratorExit is not an Exception")
    finally:
        print("generator finally runs on close")
g = gen()
next(g)
g.close()
try:
    raise SystemExit
except SystemExit as e:
    print("bare class raise:", repr(e), e.code, e.args)
try:
    raise KeyboardInterrupt("ctrl-c")
except KeyboardInterrupt as e:
    print(str(e), e.args, issubclass(KeyboardInterrupt, Exception))
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("custom base")
    except Exception:
        print("not reached")
except BaseException as e:
    print("custom BaseException:", repr(e), type(e).__mro__[1].__name__)
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: ExceptionGroup("eg", [SystemExit()]))
t(lambda: BaseExceptionGroup("bg", [ValueError()]).__class__.__name__)
t(lambda: BaseExceptionGroup("bg", [SystemExit()]).__class__.__name__)
