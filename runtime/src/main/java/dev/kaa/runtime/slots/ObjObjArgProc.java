package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code objobjargproc}: {@code mp_ass_subscript}; {@code value} null deletes. */
@FunctionalInterface
public interface ObjObjArgProc {
    void store(PyObject self, PyObject key, PyObject value);
}
