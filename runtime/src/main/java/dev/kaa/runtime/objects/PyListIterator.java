package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/** {@code list_iterator} and {@code list_reverseiterator}: an index into a live list. */
@PyClass(name = "list_iterator", basetype = false)
public final class PyListIterator extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyListIteratorTable());
    public static final PyType REVERSE_TYPE = PyType.fromSpec(new PyListIteratorTable().renamed("list_reverseiterator", null));

    private PyList list;
    private final boolean reversed;
    private int index;

    PyListIterator(PyList list, boolean reversed) {
        super(reversed ? REVERSE_TYPE : TYPE);
        this.list = list;
        this.reversed = reversed;
        this.index = reversed ? list.size() - 1 : 0;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    public PyObject next() {
        PyList l = list;
        if (l == null) {
            return null;
        }
        int i = index;
        if (reversed) {
            if (i >= 0 && i < l.size()) {
                PyObject v = l.get(i);
                if (v != null) {
                    index = i - 1;
                    return v;
                }
            }
        } else if (i >= 0 && i < l.size()) {
            PyObject v = l.get(i);
            if (v != null) {
                index = i + 1;
                return v;
            }
        }
        list = null;
        return null;
    }

    @PyMethod(doc = "Private method returning an estimate of len(list(it)).")
    long __length_hint__() {
        PyList l = list;
        if (l == null) {
            return 0;
        }
        return reversed ? Math.max(0, Math.min(index + 1, l.size())) : Math.max(0, l.size() - index);
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        if (reversed && list != null) {
            return PyTuple.of(IterState.builtin("reversed"), PyTuple.of(list), PyInt.of(index));
        }
        return IterState.reduce(list, index, new PyList());
    }

    @PyMethod(sig = "state, /", doc = "Set state information for unpickling.")
    void __setstate__(PyObject state) {
        long i = IterState.index(state);
        PyList l = list;
        if (l != null) {
            if (reversed) {
                i = Math.max(-1, Math.min(i, l.size() - 1));
            } else {
                // listiter_setstate clips to -1 (which ends the iteration) and the list's length
                i = Math.max(-1, Math.min(i, l.size()));
            }
            index = (int) i;
        }
    }
}
