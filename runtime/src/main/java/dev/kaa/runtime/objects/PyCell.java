package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

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
}
