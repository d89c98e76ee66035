package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code richcmpfunc}: {@code tp_richcompare}; returns NotImplemented for unsupported operands. */
@FunctionalInterface
public interface RichCmpFunc {
    PyObject compare(PyObject v, PyObject w, CompareOp op);
}
