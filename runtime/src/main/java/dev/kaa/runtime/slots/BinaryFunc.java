package dev.kaa.runtime.slots;

import dev.kaa.runtime.objects.PyObject;

/**
 * CPython's {@code binaryfunc}: the binary number slots ({@code nb_add} ...), {@code mp_subscript},
 * {@code sq_concat}. A binary number slot is called with either operand being an instance of the type
 * that owns the slot (the reflected case), and returns {@code NotImplemented} for operands it does not
 * handle.
 */
@FunctionalInterface
public interface BinaryFunc {
    PyObject apply(PyObject v, PyObject w);
}
