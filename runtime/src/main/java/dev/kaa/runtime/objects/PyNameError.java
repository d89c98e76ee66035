package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.binding.ArgSpec;

/** {@code NameError} (and {@code UnboundLocalError}), with {@code name}. */
@PyClass(name = "NameError", doc = "Name not found globally.")
public class PyNameError extends PyBaseException {
    public PyObject name = PyNone.NONE;

    PyNameError(PyType type, PyTuple args) {
        super(type, args);
    }

    private static final ArgSpec KW = new ArgSpec(ArgSpec.Style.KEYWORDS, "NameError", new String[] {"name"}, 0, 0,
            new boolean[1], true, false);

    @PySlot(Slot.tp_init)
    static void nameErrorInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyNameError e = (PyNameError) self;
        PyObject[] b = KW.unpack(args, off, nargs, kwnames);
        e.args = PyTuple.of(args, off, nargs);
        e.name = b[0] == null ? PyNone.NONE : b[0];
    }

    @PyGetter(value = "name", doc = "name")
    PyObject getName() {
        return name;
    }

    @PySetter("name")
    void setName(PyObject v) {
        name = v == null ? PyNone.NONE : v;
    }
}
