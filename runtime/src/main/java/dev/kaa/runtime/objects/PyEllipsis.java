package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;

/** {@code ellipsis} and its single instance {@code Ellipsis} ({@code ...}). */
@PyClass(name = "ellipsis", basetype = false)
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyEllipsisTable());
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super(TYPE);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.ofChars("Ellipsis");
    }

    @PyMethod
    PyObject __reduce__() {
        return PyStr.ofChars("Ellipsis");
    }

    @PySlot(Slot.tp_new)
    static PyObject ellipsisNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (nargs != 0 || kwnames != null) {
            throw PyErr.format(PyExc.TypeError, "EllipsisType takes no arguments");
        }
        return ELLIPSIS;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
