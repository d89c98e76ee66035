package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/**
 * {@code str_ascii_iterator} (for ASCII strings, as CPython 3.12+ names it) and {@code str_iterator}:
 * yields one-character strings.
 */
@PyClass(name = "str_iterator", basetype = false)
public final class PyStrIterator extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyStrIteratorTable());
    public static final PyType ASCII_TYPE = PyType.fromSpec(new PyStrIteratorTable().renamed("str_ascii_iterator", null));

    private PyStr str;
    private int index;

    PyStrIterator(PyStr str) {
        super(str.isAscii() ? ASCII_TYPE : TYPE);
        this.str = str;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        PyStr s = str;
        if (s == null) {
            return null;
        }
        if (index < s.length()) {
            return PyStr.ofCodePoint(s.codePointAt(index++));
        }
        str = null;
        return null;
    }

    @PyMethod(doc = "Private method returning an estimate of len(list(it)).")
    long __length_hint__() {
        return str == null ? 0 : str.length() - index;
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        return IterState.reduce(str, index, PyStr.EMPTY);
    }

    @PyMethod(sig = "state, /", doc = "Set state information for unpickling.")
    void __setstate__(PyObject state) {
        long i = IterState.index(state);
        PyStr s = str;
        if (s != null) {
            index = (int) Math.max(0, Math.min(i, s.length()));
        }
    }
}
