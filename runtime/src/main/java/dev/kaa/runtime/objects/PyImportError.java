package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.binding.ArgSpec;

/** {@code ImportError} (and {@code ModuleNotFoundError}): {@code msg}, {@code name}, {@code path}, {@code name_from}. */
@PyClass(name = "ImportError", doc = "Import can't find module, or can't find name in module.")
public class PyImportError extends PyBaseException {
    PyObject msg = PyNone.NONE;
    public PyObject name = PyNone.NONE;
    public PyObject path = PyNone.NONE;
    public PyObject nameFrom = PyNone.NONE;

    PyImportError(PyType type, PyTuple args) {
        super(type, args);
        if (args.size() == 1) {
            msg = args.get(0);
        }
    }

    private static final ArgSpec KW = new ArgSpec(ArgSpec.Style.KEYWORDS, "ImportError",
            new String[] {"name", "path", "name_from"}, 0, 0, new boolean[3], true, false);

    @PySlot(Slot.tp_init)
    static void importErrorInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyImportError e = (PyImportError) self;
        PyObject[] b = KW.unpack(args, off, nargs, kwnames);
        e.args = PyTuple.of(args, off, nargs);
        e.name = b[0] == null ? PyNone.NONE : b[0];
        e.path = b[1] == null ? PyNone.NONE : b[1];
        e.nameFrom = b[2] == null ? PyNone.NONE : b[2];
        e.msg = nargs == 1 ? args[off] : PyNone.NONE;
    }

    @PySlot(Slot.tp_str)
    PyObject importErrorStr() {
        if (msg != PyNone.NONE) {
            return Abstract.str(msg);
        }
        return str();
    }

    @PyGetter(value = "msg", doc = "exception message")
    PyObject getMsg() {
        return msg;
    }

    @PySetter("msg")
    void setMsg(PyObject v) {
        msg = v == null ? PyNone.NONE : v;
    }

    @PyGetter(value = "name", doc = "module name")
    PyObject getName() {
        return name;
    }

    @PySetter("name")
    void setName(PyObject v) {
        name = v == null ? PyNone.NONE : v;
    }

    @PyGetter(value = "path", doc = "module path")
    PyObject getPath() {
        return path;
    }

    @PySetter("path")
    void setPath(PyObject v) {
        path = v == null ? PyNone.NONE : v;
    }

    @PyGetter(value = "name_from", doc = "name imported from module")
    PyObject getNameFrom() {
        return nameFrom;
    }

    @PySetter("name_from")
    void setNameFrom(PyObject v) {
        nameFrom = v == null ? PyNone.NONE : v;
    }
}
