package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code descrsetfunc}: {@code tp_descr_set}; {@code value} null deletes. */
@FunctionalInterface
public interface DescrSetFunc {
    void set(PyObject descr, PyObject obj, PyObject value);
}
