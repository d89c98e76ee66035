package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.CompareOp;

/** {@code types.SimpleNamespace}: attribute access to a dict ({@code sys.implementation} is one). */
@PyClass(name = "SimpleNamespace", module = "types", doc = "A simple attribute-based namespace.")
public class PySimpleNamespace extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.fromSpec(new PySimpleNamespaceTable());

    private PyDict dict = new PyDict();

    public PySimpleNamespace() {
        super(TYPE);
    }

    PySimpleNamespace(PyType type) {
        super(type);
    }

    /** Sets an attribute from Java. */
    public PySimpleNamespace with(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
        return this;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @PySlot(Slot.tp_new)
    static PyObject nsNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return new PySimpleNamespace(type);
    }

    @PySlot(Slot.tp_init)
    static void nsInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PySimpleNamespace ns = (PySimpleNamespace) self;
        if (nargs > 1) {
            throw PyErr.format(PyExc.TypeError, "SimpleNamespace expected at most 1 argument, got %d", nargs);
        }
        if (nargs == 1) {
            PyObject arg = args[off];
            PyDict d = new PyDict();
            if (arg instanceof PyDict src) {
                d.update(src);
            } else {
                Abstract.callMethod(d, "update", arg);
            }
            for (PyObject k : d.keysArray()) {
                if (!(k instanceof PyStr)) {
                    throw PyErr.format(PyExc.TypeError, "keywords must be strings");
                }
                ns.dict.setItem(k, d.getItem(k));
            }
        }
        int nk = kwnames == null ? 0 : kwnames.size();
        for (int i = 0; i < nk; i++) {
            ns.dict.setItem(kwnames.get(i), args[off + nargs + i]);
        }
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        String name = type() == TYPE ? "namespace" : type().getName();
        ThreadState ts = ThreadState.current();
        if (ts.reprEnter(this)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (PyObject k : dict.keysArray()) {
                if (!(k instanceof PyStr)) {
                    continue;
                }
                PyObject v = dict.getItem(k);
                if (v == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(k).append('=').append(Abstract.repr(v));
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ts.reprLeave(this);
        }
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (other instanceof PySimpleNamespace o && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return Abstract.richCompare(dict, o.dict, op);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return state information for pickling")
    PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.EMPTY, dict);
    }
}
