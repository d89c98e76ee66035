package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyType;

/**
 * A raised Python exception travelling up the Java stack: one stackless Java exception carrying the
 * Python exception object. It records no Java stack trace (that would cost more than the Python raise
 * itself); the Python traceback lives in the exception object's {@code __traceback__}, which the
 * interpreter extends frame by frame.
 *
 * <p>Catch it where CPython would test {@code PyErr_Occurred()}, check the type with
 * {@link #matches(PyType)} ({@code PyErr_ExceptionMatches}), and rethrow what does not match. Every other
 * Java throwable that escapes Python code is converted by {@link PyErr#fromJava}.
 */
public final class PyException extends RuntimeException {
    /** The Python exception object (an instance of BaseException or a subclass). */
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The exception's Python type. */
    public PyType type() {
        return value.type();
    }

    /** Whether the exception is an instance of {@code type} ({@code PyErr_ExceptionMatches}). */
    public boolean matches(PyType type) {
        return value.type().isSubtypeOf(type);
    }

    /** "TypeError: message", for Java debugging and internal error reports; never runs Python code. */
    @Override
    public String getMessage() {
        return value.type().getName() + ": " + value.debugMessage();
    }
}
