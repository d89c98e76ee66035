package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;

/**
 * {@code NotImplementedType} and {@link #NOT_IMPLEMENTED}: what binary and comparison slots return for
 * operands they do not handle, so the other operand's slot is tried.
 */
@PyClass(name = "NotImplementedType", basetype = false, doc = "The type of the NotImplemented singleton.")
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyNotImplementedTable());
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(TYPE);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.ofChars("NotImplemented");
    }

    @PySlot(Slot.nb_bool)
    boolean bool() {
        throw PyErr.format(PyExc.TypeError, "NotImplemented should not be used in a boolean context");
    }

    @PyMethod
    PyObject __reduce__() {
        return PyStr.ofChars("NotImplemented");
    }

    @PySlot(Slot.tp_new)
    static PyObject niNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (nargs != 0 || kwnames != null) {
            throw PyErr.format(PyExc.TypeError, "NotImplementedType takes no arguments");
        }
        return NOT_IMPLEMENTED;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
