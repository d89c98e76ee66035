package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/** {@code tuple_iterator}. */
@PyClass(name = "tuple_iterator", basetype = false)
public final class PyTupleIterator extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyTupleIteratorTable());

    private PyTuple tuple;
    private int index;

    PyTupleIterator(PyTuple tuple) {
        super(TYPE);
        this.tuple = tuple;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    public PyObject next() {
        PyTuple t = tuple;
        if (t == null) {
            return null;
        }
        if (index < t.items.length) {
            return t.items[index++];
        }
        tuple = null;
        return null;
    }

    @PyMethod(doc = "Private method returning an estimate of len(list(it)).")
    long __length_hint__() {
        return tuple == null ? 0 : tuple.items.length - index;
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        return IterState.reduce(tuple, index, PyTuple.EMPTY);
    }

    @PyMethod(sig = "state, /", doc = "Set state information for unpickling.")
    void __setstate__(PyObject state) {
        long i = IterState.index(state);
        PyTuple t = tuple;
        if (t != null) {
            index = (int) Math.max(0, Math.min(i, t.items.length));
        }
    }
}
