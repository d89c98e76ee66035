package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;

/**
 * A type parameter's bound, constraints or default (PEP 695, PEP 696): given to the constructor
 * ({@code TypeVar('T', bound=int)}), or computed on first access by the evaluate function that the
 * compiler made for {@code def f[T: int]()}, as CPython's typevarobject.c does. Two threads racing on the
 * first access may both evaluate; both get a value of the same function.
 */
final class LazyTypeValue {
    private PyObject value;
    private PyObject evaluate;

    LazyTypeValue(PyObject value, PyObject evaluate) {
        this.value = value;
        this.evaluate = evaluate;
    }

    /** The value, evaluating it on first access; {@code absent} when there is neither value nor function. */
    PyObject get(PyObject absent) {
        PyObject v = value;
        if (v != null) {
            return v;
        }
        if (evaluate == null) {
            return absent;
        }
        v = Abstract.call(evaluate);
        value = v;
        return v;
    }

    /** Whether there is a value other than {@code absent}, without evaluating it ({@code has_default()}). */
    boolean isPresent(PyObject absent) {
        return evaluate != null || (value != null && value != absent);
    }

    /** {@code INTRINSIC_SET_TYPEPARAM_DEFAULT}: the value comes from this function from now on. */
    void setEvaluate(PyObject function) {
        evaluate = function;
    }
}
