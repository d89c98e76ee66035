package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;

/** {@code NoneType} and its single instance {@link #NONE}. */
@PyClass(name = "NoneType", basetype = false, doc = "The type of the None singleton.")
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyNoneTable());
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(TYPE);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.ofChars("None");
    }

    @PySlot(Slot.nb_bool)
    boolean bool() {
        return false;
    }

    /** A constant, as CPython 3.12+ ({@code _Py_HashPointer} is no longer used for None). */
    @PySlot(Slot.tp_hash)
    long hash() {
        return 0xFCA86420L;
    }

    @PySlot(Slot.tp_new)
    static PyObject noneNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (nargs != 0 || kwnames != null) {
            throw PyErr.format(PyExc.TypeError, "NoneType takes no arguments");
        }
        return NONE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
