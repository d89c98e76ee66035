package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;

/** A value yielded by an async generator's own {@code yield} (CPython's {@code _PyAsyncGenWrappedValue}). */
@PyClass(name = "async_generator_wrapped_value", basetype = false)
public final class PyAsyncGenWrappedValue extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyAsyncGenWrappedValueTable());

    final PyObject value;

    public PyAsyncGenWrappedValue(PyObject value) {
        super(TYPE);
        this.value = value;
    }
}
