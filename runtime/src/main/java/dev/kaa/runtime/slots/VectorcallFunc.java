package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyTuple;

/**
 * CPython's {@code vectorcallfunc}, the calling convention of {@code tp_call}: the positional arguments
 * are {@code args[off .. off+nargs)}, followed by the values of the keyword arguments whose names (str)
 * are {@code kwnames}. {@code kwnames} is null when there are no keyword arguments (never an empty tuple).
 * The callee must not keep or modify {@code args}: it is often the caller's operand stack.
 */
@FunctionalInterface
public interface VectorcallFunc {
    PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames);
}
