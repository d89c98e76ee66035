package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/** {@code frozenset}: the immutable, hashable set; the table and shared operations are {@link PyAnySet}'s. */
@PyClass(name = "frozenset", doc = "Build an immutable unordered collection of unique elements.")
public class PyFrozenSet extends PyAnySet {
    public static final PyType TYPE = PyType.fromSpec(new PyFrozenSetTable());

    PyFrozenSet() {
        super(TYPE);
    }

    PyFrozenSet(PyType type) {
        super(type);
    }

    /** A frozenset of the given elements. */
    public static PyFrozenSet of(PyObject... items) {
        PyFrozenSet s = new PyFrozenSet();
        for (PyObject o : items) {
            s.addKey(o);
        }
        return s;
    }

    /** Instances of Python subclasses of frozenset. */
    public static final class Derived extends PyFrozenSet implements HasDict {
        private PyDict dict;

        Derived(PyType type) {
            super(type);
        }

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
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    @Override
    PyAnySet newOfBaseType() {
        return new PyFrozenSet();
    }

    @PySlot(value = Slot.tp_new, sig = "iterable=NULL, /")
    static PyObject frozensetNew(PyType type, PyObject iterable) {
        if (type == TYPE && iterable != null && iterable.getClass() == PyFrozenSet.class) {
            return iterable;
        }
        PyFrozenSet s = type == TYPE ? new PyFrozenSet() : new Derived(type);
        if (iterable != null) {
            s.updateFrom(iterable);
        }
        return s;
    }

    @PySlot(Slot.tp_hash)
    long hashSlot() {
        long h = hash;
        if (h != -1) {
            return h;
        }
        h = frozensetHash();
        hash = h;
        return h;
    }

    @PyMethod(doc = "Return a shallow copy of a set.")
    PyObject copy() {
        if (getClass() == PyFrozenSet.class) {
            return this;
        }
        return copySet();
    }
}
