package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;

/**
 * The iterators over a dict's keys, values or items, forwards or reversed ({@code dict_keyiterator},
 * {@code dict_valueiterator}, {@code dict_itemiterator} and the {@code dict_reverse*} variants: one Java
 * class, six Python types differing only in name and what they yield). They raise "dictionary changed
 * size during iteration" as CPython's do.
 */
@PyClass(name = "dict_keyiterator", basetype = false)
public final class PyDictIterator extends PyObject {
    public static final PyType KEY_TYPE = PyType.fromSpec(new PyDictIteratorTable());
    public static final PyType VALUE_TYPE = PyType.fromSpec(new PyDictIteratorTable().renamed("dict_valueiterator", null));
    public static final PyType ITEM_TYPE = PyType.fromSpec(new PyDictIteratorTable().renamed("dict_itemiterator", null));
    public static final PyType REVERSE_KEY_TYPE = PyType.fromSpec(new PyDictIteratorTable().renamed("dict_reversekeyiterator", null));
    public static final PyType REVERSE_VALUE_TYPE = PyType.fromSpec(new PyDictIteratorTable().renamed("dict_reversevalueiterator", null));
    public static final PyType REVERSE_ITEM_TYPE = PyType.fromSpec(new PyDictIteratorTable().renamed("dict_reverseitemiterator", null));

    private PyDict dict;
    private final int kind; // 0 keys, 1 values, 2 items
    private final boolean reversed;
    private int used;
    private int pos;
    private int len;

    PyDictIterator(PyType type, PyDict dict, boolean reversed) {
        super(type);
        this.dict = dict;
        this.kind = type == VALUE_TYPE || type == REVERSE_VALUE_TYPE ? 1
                : type == ITEM_TYPE || type == REVERSE_ITEM_TYPE ? 2 : 0;
        this.reversed = reversed;
        this.used = dict.size();
        this.len = used;
        this.pos = reversed ? dict.table().nentries - 1 : 0;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (used != d.size()) {
            used = -1;
            throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
        }
        PyDict.Table t = d.table();
        int i = pos;
        PyObject v = null;
        if (reversed) {
            while (i >= 0 && (i >= t.nentries || (v = t.values[i]) == null)) {
                i--;
            }
            if (i < 0) {
                dict = null;
                return null;
            }
            pos = i - 1;
        } else {
            int n = t.nentries;
            while (i < n && (v = t.values[i]) == null) {
                i++;
            }
            if (i >= n) {
                dict = null;
                return null;
            }
            pos = i + 1;
        }
        if (len == 0) {
            dict = null;
            throw PyErr.format(PyExc.RuntimeError, "dictionary keys changed during iteration");
        }
        len--;
        PyObject k = t.keys[i];
        return switch (kind) {
            case 0 -> k;
            case 1 -> v;
            default -> PyTuple.of(k, v);
        };
    }

    @PyMethod(doc = "Private method returning an estimate of len(list(it)).")
    long __length_hint__() {
        PyDict d = dict;
        return d != null && used == d.size() ? len : 0;
    }

    /** {@code dictiter_reduce}: {@code (iter, (list,))} of what a copy of this iterator would still yield. */
    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        PyList rest = new PyList();
        if (dict != null) {
            PyDictIterator copy = new PyDictIterator(type(), dict, reversed);
            copy.used = used;
            copy.pos = pos;
            copy.len = len;
            for (PyObject v = copy.next(); v != null; v = copy.next()) {
                rest.append(v);
            }
        }
        return PyTuple.of(IterState.builtin("iter"), PyTuple.of(rest));
    }
}
