package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/**
 * CPython's {@code descrgetfunc}: {@code tp_descr_get}. {@code obj} is null when the attribute is looked
 * up on the class; {@code type} is the class (may be null when {@code obj} is given).
 */
@FunctionalInterface
public interface DescrGetFunc {
    PyObject get(PyObject descr, PyObject obj, PyObject type);
}
