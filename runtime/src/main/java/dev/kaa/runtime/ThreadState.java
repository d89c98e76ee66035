package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyObject;

import java.util.ArrayList;
import java.util.NoSuchElementException;

/**
 * The state of one Java thread running in one {@link Interpreter} (CPython's {@code PyThreadState}):
 * the recursion counters, the objects being repr()'d, and (for the interpreter loop) the exception being
 * handled. Code that needs its interpreter and has no frame at hand asks {@link #current()}; it is bound
 * with a {@link ScopedValue} by {@link Interpreter#run}, so nested and concurrent interpreters each see
 * their own.
 */
public final class ThreadState {
    /** CPython 3.13's {@code Py_C_RECURSION_LIMIT} on 64-bit Linux: the depth of native recursion. */
    public static final int C_RECURSION_LIMIT = 10000;

    static final ScopedValue<ThreadState> CURRENT = ScopedValue.newInstance();

    /** The interpreter this thread state belongs to. */
    public final Interpreter interp;
    /** The Java thread. */
    public final Thread thread;
    /** Python frames on this thread's stack (maintained by the interpreter loop). */
    public int recursionDepth;
    /** Remaining native (Java-level) recursion, as CPython's {@code c_recursion_remaining}. */
    private int cRecursionRemaining = C_RECURSION_LIMIT;
    /** Containers whose repr() is in progress ({@code Py_ReprEnter}). */
    private final ArrayList<PyObject> reprStack = new ArrayList<>();
    /** The exception currently being handled ({@code sys.exc_info()}); set by the interpreter loop. */
    public PyObject handledException;
    /** The innermost Python frame running on this thread ({@code sys._getframe()}); null outside Python code. */
    public dev.kaa.runtime.objects.PyFrame frame;

    ThreadState(Interpreter interp, Thread thread) {
        this.interp = interp;
        this.thread = thread;
    }

    /** The thread state of the running thread; fails if no interpreter is running on it. */
    public static ThreadState current() {
        try {
            return CURRENT.get();
        } catch (NoSuchElementException e) {
            throw new IllegalStateException("no Kaa interpreter is running on this thread (use Interpreter.run)");
        }
    }

    /** The thread state of the running thread, or null outside any interpreter. */
    public static ThreadState currentOrNull() {
        return CURRENT.isBound() ? CURRENT.get() : null;
    }

    /**
     * {@code Py_EnterRecursiveCall}: counts one level of Java recursion into Python-level operations
     * (repr, comparison, hash of nested containers) and raises RecursionError past CPython's limit.
     * Pair with {@link #leaveRecursiveCall()} in a {@code finally}.
     */
    public void enterRecursiveCall(String where) {
        if (--cRecursionRemaining < 0) {
            cRecursionRemaining++;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded%s", where);
        }
    }

    public void leaveRecursiveCall() {
        cRecursionRemaining++;
    }

    /**
     * {@code Py_ReprEnter}: returns true if {@code o}'s repr is already in progress on this thread (the
     * caller then prints "[...]"); otherwise records it and returns false. Pair with {@link #reprLeave}.
     */
    public boolean reprEnter(PyObject o) {
        for (int i = reprStack.size() - 1; i >= 0; i--) {
            if (reprStack.get(i) == o) {
                return true;
            }
        }
        reprStack.add(o);
        return false;
    }

    /** {@code Py_ReprLeave}. */
    public void reprLeave(PyObject o) {
        for (int i = reprStack.size() - 1; i >= 0; i--) {
            if (reprStack.get(i) == o) {
                reprStack.remove(i);
                return;
            }
        }
    }
}
