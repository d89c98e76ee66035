package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/** {@code SystemExit}, with {@code code}: None, the single argument, or the argument tuple. */
@PyClass(name = "SystemExit", doc = "Request to exit from the interpreter.")
public class PySystemExit extends PyBaseException {
    public PyObject code;

    PySystemExit(PyType type, PyTuple args) {
        super(type, args);
        this.code = codeOf(args);
    }

    private static PyObject codeOf(PyTuple args) {
        return switch (args.size()) {
            case 0 -> PyNone.NONE;
            case 1 -> args.get(0);
            default -> args;
        };
    }

    @PySlot(Slot.tp_init)
    static void systemExitInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyBaseException.exceptionInit(self, args, off, nargs, kwnames);
        PySystemExit e = (PySystemExit) self;
        e.code = codeOf(e.args);
    }

    @PyGetter(value = "code", doc = "exception code")
    PyObject getCode() {
        return code;
    }

    @PySetter("code")
    void setCode(PyObject v) {
        code = v == null ? PyNone.NONE : v;
    }
}
