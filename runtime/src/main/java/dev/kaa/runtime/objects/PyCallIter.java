package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.slots.CompareOp;

/** {@code callable_iterator}: {@code iter(callable, sentinel)} calls until the sentinel comes back. */
@PyClass(name = "callable_iterator", basetype = false)
public final class PyCallIter extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyCallIterTable());

    private PyObject callable;
    private PyObject sentinel;

    public PyCallIter(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        PyObject c = callable;
        if (c == null) {
            return null;
        }
        PyObject r;
        try {
            r = Abstract.vectorcall(c, new PyObject[0], 0, 0, null);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                callable = null;
                sentinel = null;
                return null;
            }
            throw e;
        }
        if (Abstract.richCompareBool(r, sentinel, CompareOp.EQ)) {
            callable = null;
            sentinel = null;
            return null;
        }
        return r;
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        if (callable == null) {
            return PyTuple.of(PyStr.of("iter"), PyTuple.of(PyTuple.EMPTY));
        }
        return PyTuple.of(PyStr.of("iter"), PyTuple.of(callable, sentinel));
    }
}
