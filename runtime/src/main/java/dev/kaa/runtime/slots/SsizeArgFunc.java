package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code ssizeargfunc}: {@code sq_item} (index already adjusted for negatives), {@code sq_repeat}. */
@FunctionalInterface
public interface SsizeArgFunc {
    PyObject apply(PyObject self, long i);
}
