package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code objobjproc}: {@code sq_contains}. */
@FunctionalInterface
public interface ObjObjProc {
    boolean test(PyObject self, PyObject value);
}
