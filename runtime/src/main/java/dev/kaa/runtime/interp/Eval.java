package dev.kaa.runtime.interp;

import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyFunction;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyTuple;

/** The interpreter loop (being written). */
public final class Eval {
    private Eval() {
    }

    public static PyObject callFunction(PyFunction f, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        throw PyErr.format(PyExc.SystemError, "interpreter not implemented yet");
    }

    public static PyObject run(PyFrame frame) {
        throw PyErr.format(PyExc.SystemError, "interpreter not implemented yet");
    }
}
