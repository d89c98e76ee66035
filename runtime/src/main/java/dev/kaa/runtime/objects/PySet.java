package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

/** {@code set}: the mutable set; the table and shared operations are {@link PyAnySet}'s. */
@PyClass(name = "set", doc = "Build an unordered collection of unique elements.")
public class PySet extends PyAnySet {
    public static final PyType TYPE = PyType.fromSpec(new PySetTable());

    public PySet() {
        super(TYPE);
    }

    PySet(PyType type) {
        super(type);
    }

    /** Instances of Python subclasses of set. */
    public static final class Derived extends PySet implements HasDict {
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
        return new PySet();
    }

    /** {@code PySet_Add}. */
    public synchronized void add(PyObject key) {
        addKey(key);
    }

    /** The elements in iteration order. */
    public PyObject[] elements() {
        return toArray();
    }

    @PySlot(Slot.tp_new)
    static PyObject setNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return type == TYPE ? new PySet() : new Derived(type);
    }

    @PySlot(value = Slot.tp_init, sig = "iterable=NULL, /")
    synchronized void init(PyObject iterable) {
        if (fill > 0) {
            clearTable();
        }
        hash = -1;
        if (iterable != null) {
            updateFrom(iterable);
        }
    }

    @PySlot(Slot.nb_inplace_or)
    synchronized PyObject ior(PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        merge(o);
        return this;
    }

    @PySlot(Slot.nb_inplace_and)
    synchronized PyObject iand(PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        swapBodies(intersectionWith(o));
        return this;
    }

    @PySlot(Slot.nb_inplace_subtract)
    synchronized PyObject isub(PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        differenceUpdateFrom(o);
        return this;
    }

    @PySlot(Slot.nb_inplace_xor)
    synchronized PyObject ixor(PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        symmetricDifferenceUpdateFrom(o);
        return this;
    }

    /** {@code set_swap_bodies} (one way: this takes {@code other}'s table). */
    private void swapBodies(PyAnySet other) {
        hashes = other.hashes;
        mask = other.mask;
        keys = other.keys;
        fill = other.fill;
        used = other.used;
        hash = -1;
    }

    @PyMethod(name = "add", sig = "object, /", doc = "Add an element to a set.\n\nThis has no effect if the element is already present.")
    void addMethod(PyObject object) {
        add(object);
    }

    @PyMethod(doc = "Remove all elements from this set.")
    synchronized void clear() {
        clearTable();
    }

    @PyMethod(doc = "Return a shallow copy of a set.")
    PyObject copy() {
        return copySet();
    }

    @PyMethod(sig = "object, /", doc = "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.")
    synchronized void discard(PyObject key) {
        discardKey(key);
    }

    private boolean discardKey(PyObject key) {
        long h;
        try {
            h = Abstract.hash(key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            h = s.frozensetHash();
        }
        return discardEntry(key, h);
    }

    @PyMethod(sig = "object, /", doc = "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.")
    synchronized void remove(PyObject key) {
        if (!discardKey(key)) {
            throw PyErr.newException(PyExc.KeyError, key);
        }
    }

    @PyMethod(doc = "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty.")
    synchronized PyObject pop() {
        if (used == 0) {
            throw PyErr.format(PyExc.KeyError, "pop from an empty set");
        }
        int e = finger & mask;
        while (keys[e] == null || keys[e] == DUMMY) {
            e++;
            if (e > mask) {
                e = 0;
            }
        }
        PyObject key = keys[e];
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        finger = e + 1;
        return key;
    }

    @PyMethod(sig = "*others", doc = "Update the set, adding elements from all others.")
    synchronized void update(PyTuple others) {
        for (PyObject o : others.array()) {
            updateFrom(o);
        }
    }

    /** {@code _PySet_Update} (the SET_UPDATE instruction): as {@code set.update(iterable)}. */
    public synchronized void updateInternal(PyObject iterable) {
        updateFrom(iterable);
    }

    @PyMethod(sig = "*others", doc = "Update the set, keeping only elements found in it and all others.")
    synchronized void intersection_update(PyTuple others) {
        swapBodies((PyAnySet) intersection(others));
    }

    @PyMethod(sig = "*others", doc = "Update the set, removing elements found in others.")
    synchronized void difference_update(PyTuple others) {
        for (PyObject o : others.array()) {
            differenceUpdateFrom(o);
        }
    }

    @PyMethod(sig = "other, /", doc = "Update the set, keeping only elements found in either set, but not in both.")
    synchronized void symmetric_difference_update(PyObject other) {
        symmetricDifferenceUpdateFrom(other);
    }
}
