package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.Args;
import dev.kaa.runtime.slots.CompareOp;

/** {@code cell}: a variable shared between a function and the functions nested in it (closures). */
@PyClass(name = "cell", basetype = false, doc = "Create a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.")
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyCellTable());

    /** The variable's value; null when unbound. */
    public PyObject ref;

    public PyCell(PyObject ref) {
        super(TYPE);
        this.ref = ref;
    }

    @PySlot(Slot.tp_new)
    static PyObject cellNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw PyErr.format(PyExc.TypeError, "cell() takes no keyword arguments");
        }
        if (nargs > 1) {
            throw Args.checkPositional("cell", nargs, 0, 1);
        }
        return new PyCell(nargs == 1 ? args[off] : null);
    }

    /** {@code cell_richcompare}: by contents; an empty cell orders before a full one. */
    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyCell o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (ref != null && o.ref != null) {
            return Abstract.richCompare(ref, o.ref, op);
        }
        int a = ref != null ? 1 : 0;
        int b = o.ref != null ? 1 : 0;
        boolean r = switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
        return PyBool.of(r);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (ref == null) {
            return PyStr.of("<cell at " + Abstract.addressOf(this) + ": empty>");
        }
        return PyStr.of("<cell at " + Abstract.addressOf(this) + ": " + ref.type().getName() + " object at "
                + Abstract.addressOf(ref) + ">");
    }

    @PyGetter("cell_contents")
    PyObject contents() {
        if (ref == null) {
            throw PyErr.format(PyExc.ValueError, "Cell is empty");
        }
        return ref;
    }

    /** Writable since 3.7; deleting empties the cell. */
    @PySetter("cell_contents")
    void setContents(PyObject v) {
        ref = v;
    }
}
