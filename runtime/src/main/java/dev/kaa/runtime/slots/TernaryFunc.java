package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/** CPython's {@code ternaryfunc}: {@code nb_power}, {@code nb_inplace_power} ({@code z} is None when absent). */
@FunctionalInterface
public interface TernaryFunc {
    PyObject apply(PyObject v, PyObject w, PyObject z);
}
