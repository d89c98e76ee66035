# the builtin exception hierarchy: bases of every common exception, catching by base class
names = ['BaseException', 'BaseExceptionGroup', 'Exception', 'ArithmeticError', 'FloatingPointError', 'OverflowError',
         'ZeroDivisionError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ExceptionGroup',
         'ImportError', 'ModuleNotFoundError', 'LookupError', 'IndexError', 'KeyError', 'MemoryError', 'NameError',
         'UnboundLocalError', 'OSError', 'BlockingIOError', 'ChildProcessError', 'ConnectionError', 'BrokenPipeError',
         'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError',
         'FileNotFoundError', 'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
         'ProcessLookupError', 'TimeoutError', 'ReferenceError', 'RuntimeError', 'NotImplementedError',
         'RecursionError', 'PythonFinalizationError', 'StopAsyncIteration', 'StopIteration', 'SyntaxError',
         'IndentationError', 'TabError', 'SystemError', 'TypeError', 'ValueError', 'UnicodeError',
         'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'Warning', 'BytesWarning',
         'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning', 'PendingDeprecationWarning',
         'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning', 'GeneratorExit',
         'KeyboardInterrupt', 'SystemExit']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__bases__])
print(EnvironmentError is OSError, IOError is OSError)
for exc in [GeneratorExit, KeyboardInterrupt, SystemExit]:
    try:
        try:
            raise exc
        except Exception:
            print('not caught by Exception')
    except BaseException as e:
        print(type(e).__name__, 'is only a BaseException')
