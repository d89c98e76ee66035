package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

/** CPython's {@code newfunc} ({@code tp_new}), with the vectorcall argument convention of {@link VectorcallFunc}. */
@FunctionalInterface
public interface NewFunc {
    PyObject newObject(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames);
}
