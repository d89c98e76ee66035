package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/** {@code StopIteration}, with {@code value} (the generator's return value). */
@PyClass(name = "StopIteration", doc = "Signal the end from iterator.__next__().")
public class PyStopIteration extends PyBaseException {
    public PyObject value;

    PyStopIteration(PyType type, PyTuple args) {
        super(type, args);
        this.value = args.size() > 0 ? args.get(0) : PyNone.NONE;
    }

    @PySlot(Slot.tp_init)
    static void stopIterationInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyBaseException.exceptionInit(self, args, off, nargs, kwnames);
        ((PyStopIteration) self).value = nargs > 0 ? args[off] : PyNone.NONE;
    }

    @PyGetter(value = "value", doc = "generator return value")
    PyObject getValue() {
        return value;
    }

    @PySetter("value")
    void setValue(PyObject v) {
        value = v == null ? PyNone.NONE : v;
    }
}
