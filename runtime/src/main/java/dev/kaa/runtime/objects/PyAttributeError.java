package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.binding.ArgSpec;

/** {@code AttributeError}, with {@code name} and {@code obj} (for "Did you mean" hints). */
@PyClass(name = "AttributeError", doc = "Attribute not found.")
public class PyAttributeError extends PyBaseException {
    public PyObject name = PyNone.NONE;
    public PyObject obj = PyNone.NONE;

    PyAttributeError(PyType type, PyTuple args) {
        super(type, args);
    }

    private static final ArgSpec KW = new ArgSpec(ArgSpec.Style.KEYWORDS, "AttributeError",
            new String[] {"name", "obj"}, 0, 0, new boolean[2], true, false);

    @PySlot(Slot.tp_init)
    static void attributeErrorInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyAttributeError e = (PyAttributeError) self;
        PyObject[] b = KW.unpack(args, off, nargs, kwnames);
        e.args = PyTuple.of(args, off, nargs);
        e.name = b[0] == null ? PyNone.NONE : b[0];
        e.obj = b[1] == null ? PyNone.NONE : b[1];
    }

    @PyGetter(value = "name", doc = "attribute name")
    PyObject getName() {
        return name;
    }

    @PySetter("name")
    void setName(PyObject v) {
        name = v == null ? PyNone.NONE : v;
    }

    @PyGetter(value = "obj", doc = "object")
    PyObject getObj() {
        return obj;
    }

    @PySetter("obj")
    void setObj(PyObject v) {
        obj = v == null ? PyNone.NONE : v;
    }
}
