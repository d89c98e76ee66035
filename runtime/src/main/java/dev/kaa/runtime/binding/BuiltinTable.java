package dev.kaa.runtime.binding;

import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyTuple;

/**
 * The code half of a generated table: one {@code switch} per kind of entry point, so that a whole type's
 * or module's builtins cost one class (no reflection, no lambda spinning at start-up). Method, function
 * and getset descriptors hold the table and an index into it.
 *
 * <p>Generated subclasses ({@code PyListTable}, ...) parse the arguments of entry {@code index} and call
 * the Java method directly; see {@link ArgSpec} for the parsing and {@link Args} for conversions and
 * CPython's error messages.
 */
public abstract class BuiltinTable {
    /**
     * Calls method or function {@code index} with the vectorcall convention: {@code self} is the bound
     * object (the type for a classmethod, the module for a module function, null for a staticmethod),
     * the positional arguments are {@code args[off .. off+nargs)} followed by the values of the keyword
     * arguments named by {@code kwnames} (null when none).
     */
    public abstract PyObject call(int index, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames);

    /** Reads getter {@code index} of {@code self} (whose type has been checked). */
    public PyObject get(int index, PyObject self) {
        throw new IllegalStateException("no getter " + index + " in " + getClass().getName());
    }

    /** Runs setter {@code index} on {@code self}; {@code value} null deletes. */
    public void set(int index, PyObject self, PyObject value) {
        throw new IllegalStateException("no setter " + index + " in " + getClass().getName());
    }
}
