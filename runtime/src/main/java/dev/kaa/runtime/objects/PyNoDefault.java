package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;

/**
 * {@code NoDefaultType} and its single instance {@code typing.NoDefault} ({@code Objects/typevarobject.c}):
 * the {@code __default__} of a type parameter that has none (PEP 696).
 */
@PyClass(name = "NoDefaultType", basetype = false, doc = "The type of the NoDefault singleton.")
public final class PyNoDefault extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyNoDefaultTable());
    public static final PyNoDefault NO_DEFAULT = new PyNoDefault();

    private PyNoDefault() {
        super(TYPE);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("typing.NoDefault");
    }

    @PyMethod
    PyObject __reduce__() {
        return PyStr.of("NoDefault");
    }

    @PySlot(Slot.tp_new)
    static PyObject noDefaultNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (nargs != 0 || (kwnames != null && kwnames.size() != 0)) {
            throw PyErr.format(PyExc.TypeError, "NoDefaultType takes no arguments");
        }
        return NO_DEFAULT;
    }

    @Override
    public String toString() {
        return "typing.NoDefault";
    }
}
