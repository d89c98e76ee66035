# the builtin exception hierarchy: every class's MRO names and a few isinstance checks
import sys
names = [n for n in dir(__builtins__) if not n.startswith("_") and isinstance(getattr(__builtins__, n), type) and issubclass(getattr(__builtins__, n), BaseException)]
for n in names:
    cls = getattr(__builtins__, n)
    print(n, [k.__name__ for k in cls.__mro__[1:]], cls.__module__)
print(len(names))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError, issubclass(ModuleNotFoundError, ImportError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(TimeoutError, OSError))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(PythonFinalizationError, RuntimeError))
