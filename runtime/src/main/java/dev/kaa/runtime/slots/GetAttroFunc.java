package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;

/** CPython's {@code getattrofunc}: {@code tp_getattro}; raises AttributeError when absent. */
@FunctionalInterface
public interface GetAttroFunc {
    PyObject getattro(PyObject self, PyStr name);
}
