package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code hashfunc}: {@code tp_hash}; never returns -1 (CPython's error value). */
@FunctionalInterface
public interface HashFunc {
    long hash(PyObject self);
}
