package dev.kaa.runtime.objects;

import dev.kaa.runtime.binding.Members;
import dev.kaa.runtime.binding.TypeSpec;

/**
 * The builtin exception types ({@code PyExc_*} in CPython), in the 3.13 hierarchy. Types with
 * BaseException's layout are made here from a name, base and doc; those with their own layout use the
 * generated table of their Java class ({@link PyOSError}, {@link PySyntaxError}, ...). All are immutable
 * and shared by every interpreter. Types must be created base first, in one place, so that class
 * initialization never cycles.
 */
public final class PyExc {
    private PyExc() {
    }

    /** A type with its base's layout and slots, adding only a name and a doc. */
    private static final class Simple extends TypeSpec {
        Simple(String name, Class<? extends PyObject> layout, String doc) {
            super(name, "builtins", name, layout, true, doc);
        }

        /**
         * Like CPython's {@code SimpleExtendsException}, each simple exception sets {@code tp_init} (and
         * {@code tp_new} over BaseException's), so it has its own {@code __init__}/{@code __new__}
         * ("descriptor '__init__' requires a 'Exception' object").
         */
        @Override
        public void defineSlots(PyType type) {
            PyType b = type.getBase();
            if (b != null) {
                type.tp_init = b.tp_init;
                if (b.tp_new == BaseException.tp_new) {
                    type.tp_new = b.tp_new;
                }
            }
        }

        @Override
        public void defineMembers(Members members) {
        }

        @Override
        public PyObject call(int index, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
            throw new IllegalStateException();
        }
    }

    /**
     * {@code ExceptionGroup}: CPython makes it with {@code PyErr_NewException}, a heap type whose dictionary
     * holds only {@code __module__}, {@code __weakref__} and {@code __doc__}; everything else comes from
     * its bases. (Kaa's stays immutable, being shared by every interpreter.)
     */
    private static final class HeapLike extends TypeSpec {
        HeapLike(String name, Class<? extends PyObject> layout) {
            super(name, "builtins", name, layout, true, null);
        }

        @Override
        public void defineSlots(PyType type) {
        }

        @Override
        public void defineMembers(Members members) {
            members.value("__module__", PyStr.shared("builtins"));
            members.getset("__weakref__", 0, -1, "list of weak references to the object");
        }

        @Override
        public PyObject call(int index, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
            throw new IllegalStateException();
        }

        @Override
        public PyObject get(int index, PyObject self) {
            return PyNone.NONE; // __weakref__: Kaa keeps no weak reference list
        }
    }

    private static PyType simple(String name, PyType base, String doc) {
        return PyType.fromSpec(new Simple(name, base.getLayout(), doc), base, PyType.TPFLAGS_BASE_EXC_SUBCLASS);
    }

    private static PyType special(TypeSpec spec, PyType base) {
        return PyType.fromSpec(spec, base, PyType.TPFLAGS_BASE_EXC_SUBCLASS);
    }

    // ORDER EXC: base classes before their subclasses.
    public static final PyType BaseException = PyType.fromSpec(new PyBaseExceptionTable(), PyType.OBJECT,
            PyType.TPFLAGS_BASE_EXC_SUBCLASS);
    public static final PyType Exception = simple("Exception", BaseException, "Common base class for all non-exit exceptions.");
    public static final PyType BaseExceptionGroup = special(new PyBaseExceptionGroupTable(), BaseException);
    public static final PyType ExceptionGroup = PyType.fromSpec(
            new HeapLike("ExceptionGroup", PyBaseExceptionGroup.class), BaseExceptionGroup, Exception);
    public static final PyType GeneratorExit = simple("GeneratorExit", BaseException, "Request that a generator exit.");
    public static final PyType KeyboardInterrupt = simple("KeyboardInterrupt", BaseException, "Program interrupted by user.");
    public static final PyType SystemExit = special(new PySystemExitTable(), BaseException);

    public static final PyType ArithmeticError = simple("ArithmeticError", Exception, "Base class for arithmetic errors.");
    public static final PyType FloatingPointError = simple("FloatingPointError", ArithmeticError, "Floating-point operation failed.");
    public static final PyType OverflowError = simple("OverflowError", ArithmeticError, "Result too large to be represented.");
    public static final PyType ZeroDivisionError = simple("ZeroDivisionError", ArithmeticError,
            "Second argument to a division or modulo operation was zero.");
    public static final PyType AssertionError = simple("AssertionError", Exception, "Assertion failed.");
    public static final PyType AttributeError = special(new PyAttributeErrorTable(), Exception);
    public static final PyType BufferError = simple("BufferError", Exception, "Buffer error.");
    public static final PyType EOFError = simple("EOFError", Exception, "Read beyond end of file.");
    public static final PyType ImportError = special(new PyImportErrorTable(), Exception);
    public static final PyType ModuleNotFoundError = simple("ModuleNotFoundError", ImportError, "Module not found.");
    public static final PyType LookupError = simple("LookupError", Exception, "Base class for lookup errors.");
    public static final PyType IndexError = simple("IndexError", LookupError, "Sequence index out of range.");
    public static final PyType KeyError = special(new PyKeyErrorTable(), LookupError);
    public static final PyType MemoryError = simple("MemoryError", Exception, "Out of memory.");
    public static final PyType NameError = special(new PyNameErrorTable(), Exception);
    public static final PyType UnboundLocalError = simple("UnboundLocalError", NameError, "Local name referenced but not bound to a value.");
    public static final PyType OSError = special(new PyOSErrorTable(), Exception);
    public static final PyType BlockingIOError = simple("BlockingIOError", OSError, "I/O operation would block.");
    public static final PyType ChildProcessError = simple("ChildProcessError", OSError, "Child process error.");
    public static final PyType ConnectionError = simple("ConnectionError", OSError, "Connection error.");
    public static final PyType BrokenPipeError = simple("BrokenPipeError", ConnectionError, "Broken pipe.");
    public static final PyType ConnectionAbortedError = simple("ConnectionAbortedError", ConnectionError, "Connection aborted.");
    public static final PyType ConnectionRefusedError = simple("ConnectionRefusedError", ConnectionError, "Connection refused.");
    public static final PyType ConnectionResetError = simple("ConnectionResetError", ConnectionError, "Connection reset.");
    public static final PyType FileExistsError = simple("FileExistsError", OSError, "File already exists.");
    public static final PyType FileNotFoundError = simple("FileNotFoundError", OSError, "File not found.");
    public static final PyType InterruptedError = simple("InterruptedError", OSError, "Interrupted by signal.");
    public static final PyType IsADirectoryError = simple("IsADirectoryError", OSError, "Operation doesn't work on directories.");
    public static final PyType NotADirectoryError = simple("NotADirectoryError", OSError, "Operation only works on directories.");
    public static final PyType PermissionError = simple("PermissionError", OSError, "Not enough permissions.");
    public static final PyType ProcessLookupError = simple("ProcessLookupError", OSError, "Process not found.");
    public static final PyType TimeoutError = simple("TimeoutError", OSError, "Timeout expired.");
    public static final PyType ReferenceError = simple("ReferenceError", Exception, "Weak ref proxy used after referent went away.");
    public static final PyType RuntimeError = simple("RuntimeError", Exception, "Unspecified run-time error.");
    public static final PyType NotImplementedError = simple("NotImplementedError", RuntimeError,
            "Method or function hasn't been implemented yet.");
    public static final PyType PythonFinalizationError = simple("PythonFinalizationError", RuntimeError,
            "Operation blocked during Python finalization.");
    public static final PyType RecursionError = simple("RecursionError", RuntimeError, "Recursion limit exceeded.");
    public static final PyType StopAsyncIteration = simple("StopAsyncIteration", Exception, "Signal the end from iterator.__anext__().");
    public static final PyType StopIteration = special(new PyStopIterationTable(), Exception);
    public static final PyType SyntaxError = special(new PySyntaxErrorTable(), Exception);
    public static final PyType IndentationError = simple("IndentationError", SyntaxError, "Improper indentation.");
    public static final PyType TabError = simple("TabError", IndentationError, "Improper mixture of spaces and tabs.");
    /** Raised by the compiler for input that may continue (the REPL and {@code codeop} ask for more). */
    public static final PyType IncompleteInputError = simple("_IncompleteInputError", SyntaxError, "incomplete input.");
    public static final PyType SystemError = simple("SystemError", Exception,
            "Internal error in the Python interpreter.\n\n"
            + "Please report this to the Python maintainer, along with the traceback,\n"
            + "the Python version, and the hardware/OS platform and version.");
    public static final PyType TypeError = simple("TypeError", Exception, "Inappropriate argument type.");
    public static final PyType ValueError = simple("ValueError", Exception, "Inappropriate argument value (of correct type).");
    public static final PyType UnicodeError = simple("UnicodeError", ValueError, "Unicode related error.");
    public static final PyType UnicodeDecodeError = special(new PyUnicodeErrorTable(), UnicodeError);
    public static final PyType UnicodeEncodeError = special(
            new PyUnicodeErrorTable().renamed("UnicodeEncodeError", "Unicode encoding error."), UnicodeError);
    public static final PyType UnicodeTranslateError = special(
            new PyUnicodeErrorTable().renamed("UnicodeTranslateError", "Unicode translation error."), UnicodeError);
    public static final PyType Warning = simple("Warning", Exception, "Base class for warning categories.");
    public static final PyType BytesWarning = simple("BytesWarning", Warning,
            "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.");
    public static final PyType DeprecationWarning = simple("DeprecationWarning", Warning,
            "Base class for warnings about deprecated features.");
    public static final PyType EncodingWarning = simple("EncodingWarning", Warning,
            "Base class for warnings about encodings.");
    public static final PyType FutureWarning = simple("FutureWarning", Warning,
            "Base class for warnings about constructs that will change semantically\nin the future.");
    public static final PyType ImportWarning = simple("ImportWarning", Warning,
            "Base class for warnings about probable mistakes in module imports");
    public static final PyType PendingDeprecationWarning = simple("PendingDeprecationWarning", Warning,
            "Base class for warnings about features which will be deprecated\nin the future.");
    public static final PyType ResourceWarning = simple("ResourceWarning", Warning,
            "Base class for warnings about resource usage.");
    public static final PyType RuntimeWarning = simple("RuntimeWarning", Warning,
            "Base class for warnings about dubious runtime behavior.");
    public static final PyType SyntaxWarning = simple("SyntaxWarning", Warning,
            "Base class for warnings about dubious syntax.");
    public static final PyType UnicodeWarning = simple("UnicodeWarning", Warning,
            "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.");
    public static final PyType UserWarning = simple("UserWarning", Warning, "Base class for warnings generated by user code.");

    /** Every builtin exception type, for the builtins module (with the aliases EnvironmentError and IOError). */
    public static PyType[] all() {
        return new PyType[] {BaseException, Exception, BaseExceptionGroup, ExceptionGroup, GeneratorExit,
            KeyboardInterrupt, SystemExit, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
            AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError,
            IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError,
            ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
            ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
            NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError,
            NotImplementedError, PythonFinalizationError, RecursionError, StopAsyncIteration, StopIteration,
            SyntaxError, IndentationError, TabError, IncompleteInputError, SystemError, TypeError, ValueError, UnicodeError,
            UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning,
            DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
            ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning};
    }
}
