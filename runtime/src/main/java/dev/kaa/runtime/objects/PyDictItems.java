package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.slots.CompareOp;

/** {@code dict_items}: the set-like view returned by {@code dict.items()}. */
@PyClass(name = "dict_items", basetype = false)
public final class PyDictItems extends PyDictView {
    public static final PyType TYPE = PyType.fromSpec(new PyDictItemsTable());

    PyDictItems(PyDict dict) {
        super(TYPE, dict);
    }

    @Override
    PyType iterType() {
        return PyDictIterator.ITEM_TYPE;
    }

    @PyMethod(doc = "Return a reverse iterator over the dict items.")
    PyObject __reversed__() {
        return reversedImpl();
    }

    @Override
    PyType reverseIterType() {
        return PyDictIterator.REVERSE_ITEM_TYPE;
    }

    @PyMethod(sig = "other, /", doc = "Return True if the view and the given iterable have a null intersection.")
    boolean isdisjoint(PyObject other) {
        return isdisjointImpl(this, other);
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject value) {
        return containsImpl(value);
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        return setLikeCompare(this, other, op);
    }

    @PySlot(Slot.nb_and)
    static PyObject and(PyObject v, PyObject w) {
        return v instanceof PyDictItems ? setOp(v, w, "&") : setOp(w, v, "&");
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        return v instanceof PyDictItems ? setOp(v, w, "|") : setOp(w, v, "|");
    }

    @PySlot(Slot.nb_xor)
    static PyObject xor(PyObject v, PyObject w) {
        return v instanceof PyDictItems ? setOp(v, w, "^") : setOp(w, v, "^");
    }

    @PySlot(Slot.nb_subtract)
    static PyObject sub(PyObject v, PyObject w) {
        if (v instanceof PyDictItems) {
            return setOp(v, w, "-");
        }
        PySet s = new PySet();
        s.updateFrom(v);
        s.differenceUpdateFrom(w);
        return s;
    }

    @PyGetter(value = "mapping", doc = "dictionary that this view refers to")
    PyObject mapping() {
        return new PyMappingProxy(dict);
    }

    private boolean containsImpl(PyObject value) {
        if (!(value instanceof PyTuple t) || t.size() != 2) {
            return false;
        }
        PyObject v = dict.getItem(t.get(0));
        return v != null && (v == t.get(1) || dev.kaa.runtime.Abstract.richCompareBool(v, t.get(1), CompareOp.EQ));
    }
}
