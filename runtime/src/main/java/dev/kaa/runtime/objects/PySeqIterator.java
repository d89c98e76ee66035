package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyException;

/**
 * {@code iterator}: iteration over an object that has {@code __getitem__} but no {@code __iter__}
 * (CPython's {@code PySeqIter_Type}): items 0, 1, 2, ... until IndexError or StopIteration.
 */
@PyClass(name = "iterator", basetype = false)
public final class PySeqIterator extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PySeqIteratorTable());

    private PyObject seq;
    private long index;

    public PySeqIterator(PyObject seq) {
        super(TYPE);
        this.seq = seq;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        try {
            PyObject v = Abstract.getItem(s, PyInt.of(index));
            index++;
            return v;
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
