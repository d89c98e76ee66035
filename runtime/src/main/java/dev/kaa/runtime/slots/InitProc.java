package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyTuple;

/** CPython's {@code initproc} ({@code tp_init}), with the vectorcall argument convention of {@link VectorcallFunc}. */
@FunctionalInterface
public interface InitProc {
    void init(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames);
}
