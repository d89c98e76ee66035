package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;

/** CPython's {@code setattrofunc}: {@code tp_setattro}; {@code value} null deletes. */
@FunctionalInterface
public interface SetAttroFunc {
    void setattro(PyObject self, PyStr name, PyObject value);
}
