package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code ssizeobjargproc}: {@code sq_ass_item}; {@code value} null deletes. */
@FunctionalInterface
public interface SsizeObjArgProc {
    void store(PyObject self, long i, PyObject value);
}
