package dev.kaa.runtime.objects;

/**
 * An instance of a Python class whose layout is {@code object}'s (the usual case: {@code class C: ...}).
 * Holds the instance dictionary (created on first attribute store) and the values of {@code __slots__}
 * members. Instances of Python subclasses of builtins use the builtin's {@code Derived} class instead.
 */
public final class PyInstance extends PyObject implements HasDict {
    private PyDict dict;
    /** Values of the {@code __slots__} members declared along the MRO, in layout order. */
    final PyObject[] slots;

    public PyInstance(PyType type) {
        super(type);
        int n = HeapTypes.slotCount(type);
        this.slots = n == 0 ? NO_SLOTS : new PyObject[n];
    }

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }
}
