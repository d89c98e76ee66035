package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;

/** {@code set_iterator}: walks the table in slot order, as CPython's {@code setiter_iternext}. */
@PyClass(name = "set_iterator", basetype = false)
public final class PySetIterator extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PySetIteratorTable());

    private PyAnySet set;
    private int siUsed;
    private int pos;
    private int len;

    PySetIterator(PyAnySet set) {
        super(TYPE);
        this.set = set;
        this.siUsed = set.used;
        this.len = set.used;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        PyAnySet so = set;
        if (so == null) {
            return null;
        }
        if (siUsed != so.used) {
            siUsed = -1;
            throw PyErr.format(PyExc.RuntimeError, "Set changed size during iteration");
        }
        PyObject[] keys = so.keys;
        int i = pos;
        while (i < keys.length && (keys[i] == null || keys[i] == PyAnySet.DUMMY)) {
            i++;
        }
        pos = i + 1;
        if (i >= keys.length) {
            set = null;
            return null;
        }
        len--;
        return keys[i];
    }

    @PyMethod(doc = "Private method returning an estimate of len(list(it)).")
    long __length_hint__() {
        return set != null && siUsed == set.used ? len : 0;
    }
}
