package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code inquiry}: {@code nb_bool}. */
@FunctionalInterface
public interface Inquiry {
    boolean test(PyObject self);
}
