package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code lenfunc}: {@code sq_length}, {@code mp_length}; a {@code Py_ssize_t}, so a Java long. */
@FunctionalInterface
public interface LenFunc {
    long len(PyObject self);
}
