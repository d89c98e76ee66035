package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

import java.util.Locale;

/**
 * Creating exceptions to raise (CPython's {@code PyErr_SetString}, {@code PyErr_Format},
 * {@code PyErr_NoMemory}, ...). Each method returns the {@link PyException} for the caller to
 * {@code throw}, so that Java's flow analysis sees the raise:
 *
 * <pre>{@code throw PyErr.format(PyExc.TypeError, "unhashable type: '%s'", o.type().getName());}</pre>
 *
 * Messages are formatted with {@link String#format} in the root locale; a {@link PyObject} argument to
 * {@code %s} gives its Java {@code toString()}, which for {@code str} is the string itself.
 */
public final class PyErr {
    private PyErr() {
    }

    /** An exception of {@code type} with message {@code String.format(fmt, args)} ({@code PyErr_Format}). */
    public static PyException format(PyType type, String fmt, Object... args) {
        return newException(type, args.length == 0 ? fmt : String.format(Locale.ROOT, fmt, args));
    }

    /** An exception of {@code type} with one message argument ({@code PyErr_SetString}). */
    public static PyException newException(PyType type, String message) {
        return newException(type, PyStr.of(message));
    }

    /**
     * An exception of {@code type} created with arguments {@code args}, as {@code type(*args)} would
     * ({@code PyErr_SetObject}); builtin exceptions with BaseException's layout skip the call machinery.
     */
    public static PyException newException(PyType type, PyObject... args) {
        return new PyException(createException(type, args));
    }

    /** The exception object {@code type(*args)}. */
    public static PyBaseException createException(PyType type, PyObject... args) {
        if (PyBaseException.hasPlainLayout(type)) {
            return new PyBaseException(type, PyTuple.of(args));
        }
        PyObject e = Abstract.call(type, args);
        if (e instanceof PyBaseException be) {
            return be;
        }
        throw format(PyExc.TypeError, "calling %s should have returned an instance of BaseException, not %s",
                Abstract.repr(type), e.type().getName());
    }

    /** Raises the exception object {@code e} ({@code PyErr_SetRaisedException}). */
    public static PyException raise(PyBaseException e) {
        return new PyException(e);
    }

    /**
     * The Python exception for any Java throwable that escaped Python-level code: a {@link PyException}
     * as it is, {@link StackOverflowError} as RecursionError, {@link OutOfMemoryError} as MemoryError, and
     * anything else as a SystemError naming the Java failure (an internal error: a Kaa bug).
     */
    public static PyException fromJava(Throwable t) {
        return switch (t) {
            case PyException pe -> pe;
            case StackOverflowError so -> newException(PyExc.RecursionError, "maximum recursion depth exceeded");
            case OutOfMemoryError oom -> newException(PyExc.MemoryError);
            default -> format(PyExc.SystemError, "internal error in Kaa (please report it): %s", t);
        };
    }
}
