package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.slots.CompareOp;

/**
 * {@code FrameLocalsProxy} (PEP 667): what {@code frame.f_locals} is for a function frame in 3.13, a live
 * mapping over the frame's fast locals, cells and free variables. Reading sees the current values; writing
 * a local's name stores into the frame (through the cell for cell and free variables), so a debugger's
 * {@code frame.f_locals["x"] = 1} changes {@code x}. Other keys live in the frame's extra locals. Hidden
 * locals (those of inlined comprehensions) are not visible, and nothing can be deleted.
 */
@PyClass(name = "FrameLocalsProxy", basetype = false, doc = "")
public final class PyFrameLocalsProxy extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyFrameLocalsProxyTable());

    private final PyFrame frame;

    public PyFrameLocalsProxy(PyFrame frame) {
        super(TYPE);
        this.frame = frame;
    }

    /** {@code framelocalsproxy_getkeyindex}: the local's index for a str key, or -1. */
    private int indexOf(PyObject key) {
        if (!(key instanceof PyStr)) {
            return -1;
        }
        PyCode code = frame.code;
        PyStr[] names = code.localsplusnames;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == key && (code.localspluskinds[i] & CodeObject.CO_FAST_HIDDEN) == 0) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if ((code.localspluskinds[i] & CodeObject.CO_FAST_HIDDEN) == 0 && names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of local {@code i}, through its cell for cell and free variables; null when unbound. */
    private PyObject valueAt(int i) {
        PyObject v = frame.stack[i];
        if ((frame.code.localspluskinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0
                && v instanceof PyCell c) {
            v = c.ref;
        }
        return v;
    }

    /** {@code dict(self)}: the bound locals in order, then the extra locals. */
    PyDict toDict() {
        PyDict d = new PyDict();
        PyCode code = frame.code;
        for (int i = 0; i < code.nlocalsplus; i++) {
            if ((code.localspluskinds[i] & CodeObject.CO_FAST_HIDDEN) != 0) {
                continue;
            }
            PyObject v = valueAt(i);
            if (v != null) {
                d.setItem(code.localsplusnames[i], v);
            }
        }
        if (frame.extraLocals != null) {
            d.update(frame.extraLocals);
        }
        return d;
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        int i = indexOf(key);
        if (i >= 0) {
            PyObject v = valueAt(i);
            if (v != null) {
                return v;
            }
        } else if (frame.extraLocals != null) {
            PyObject v = frame.extraLocals.getItem(key);
            if (v != null) {
                return v;
            }
        }
        throw PyErr.format(PyExc.KeyError, "local variable '%s' is not defined", Abstract.repr(key));
    }

    @PySlot(Slot.mp_ass_subscript)
    void assSubscript(PyObject key, PyObject value) {
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "cannot remove variables from FrameLocalsProxy");
        }
        int i = indexOf(key);
        if (i >= 0) {
            PyObject old = frame.stack[i];
            if ((frame.code.localspluskinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0
                    && old instanceof PyCell c) {
                c.ref = value;
            } else {
                frame.stack[i] = value;
            }
            return;
        }
        if (frame.extraLocals == null) {
            frame.extraLocals = new PyDict();
        }
        frame.extraLocals.setItem(key, value);
    }

    @PySlot(Slot.mp_length)
    long len() {
        return toDict().size();
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject key) {
        int i = indexOf(key);
        if (i >= 0) {
            return valueAt(i) != null;
        }
        return frame.extraLocals != null && frame.extraLocals.getItem(key) != null;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return Abstract.getIter(keys());
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return Abstract.repr(toDict());
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        // framelocalsproxy_richcompare: against another proxy or a dict, as dicts; only == and !=.
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject o;
        if (other instanceof PyFrameLocalsProxy p) {
            if (p.frame == frame) {
                return PyBool.of(op == CompareOp.EQ);
            }
            o = p.toDict();
        } else if (other instanceof PyDict) {
            o = other;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(toDict(), o, op);
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        if (!(v instanceof PyFrameLocalsProxy || v instanceof PyDict)
                || !(w instanceof PyFrameLocalsProxy || w instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict r = v instanceof PyFrameLocalsProxy p ? p.toDict() : ((PyDict) v).copy();
        r.update(w instanceof PyFrameLocalsProxy p ? p.toDict() : (PyDict) w);
        return r;
    }

    @PySlot(Slot.nb_inplace_or)
    PyObject inplaceOr(PyObject other) {
        if (!(other instanceof PyFrameLocalsProxy || other instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        update(other);
        return this;
    }

    @PyMethod(sig = "key, default=None, /", doc = "")
    PyObject get(PyObject key, PyObject defaultValue) {
        return contains(key) ? subscript(key) : defaultValue;
    }

    @PyMethod(sig = "key, default=None, /", doc = "")
    PyObject setdefault(PyObject key, PyObject defaultValue) {
        if (contains(key)) {
            return subscript(key);
        }
        assSubscript(key, defaultValue);
        return defaultValue;
    }

    @PyMethod(sig = "other, /", doc = "")
    void update(PyObject other) {
        PyDict d = other instanceof PyFrameLocalsProxy p ? p.toDict() : null;
        if (d == null) {
            d = new PyDict();
            d.updateFrom(other);
        }
        for (PyObject k : d.keysArray()) {
            assSubscript(k, d.getItem(k));
        }
    }

    @PyMethod(doc = "")
    PyObject keys() {
        return PyList.of(toDict().keysArray());
    }

    @PyMethod(doc = "")
    PyObject values() {
        PyDict d = toDict();
        PyObject[] keys = d.keysArray();
        PyObject[] vals = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            vals[i] = d.getItem(keys[i]);
        }
        return PyList.of(vals);
    }

    @PyMethod(doc = "")
    PyObject items() {
        PyDict d = toDict();
        PyObject[] keys = d.keysArray();
        PyObject[] items = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            items[i] = PyTuple.of(keys[i], d.getItem(keys[i]));
        }
        return PyList.of(items);
    }

    @PyMethod(doc = "")
    PyObject copy() {
        return toDict();
    }

    @PyMethod(doc = "")
    PyObject __reversed__() {
        PyObject[] keys = toDict().keysArray();
        java.util.Collections.reverse(java.util.Arrays.asList(keys));
        return Abstract.getIter(PyList.of(keys));
    }
}
