package dev.kaa.runtime.objects;

import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;

/** Helpers for the {@code __reduce__}/{@code __setstate__} pickling support of builtin iterators. */
final class IterState {
    private IterState() {
    }

    /** {@code _PyEval_GetBuiltin}: a builtin by name ({@code iter}, {@code reversed}). */
    static PyObject builtin(String name) {
        PyObject v = ThreadState.current().interp.builtinsDict().getItem(PyStr.of(name));
        if (v == null) {
            throw PyErr.format(PyExc.AttributeError, "%s", name);
        }
        return v;
    }

    /** {@code PyLong_AsSsize_t} of a {@code __setstate__} argument: an int, without {@code __index__}. */
    static long index(PyObject state) {
        if (!(state instanceof PyInt i)) {
            throw PyErr.format(PyExc.TypeError, "an integer is required");
        }
        return i.asSsize();
    }

    /** {@code (iter, (seq,), index)}, or {@code (iter, (empty,))} once exhausted. */
    static PyObject reduce(PyObject seq, long index, PyObject empty) {
        if (seq == null) {
            return PyTuple.of(builtin("iter"), PyTuple.of(empty));
        }
        return PyTuple.of(builtin("iter"), PyTuple.of(seq), PyInt.of(index));
    }
}
