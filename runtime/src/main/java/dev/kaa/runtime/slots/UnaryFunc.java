package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code unaryfunc}: {@code tp_repr}, {@code tp_str}, {@code tp_iter}, {@code nb_negative}, ... */
@FunctionalInterface
public interface UnaryFunc {
    PyObject apply(PyObject self);
}
