package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.slots.CompareOp;

/** {@code dict_keys}: the set-like view returned by {@code dict.keys()}. */
@PyClass(name = "dict_keys", basetype = false)
public final class PyDictKeys extends PyDictView {
    public static final PyType TYPE = PyType.fromSpec(new PyDictKeysTable());

    PyDictKeys(PyDict dict) {
        super(TYPE, dict);
    }

    @Override
    PyType iterType() {
        return PyDictIterator.KEY_TYPE;
    }

    @PyMethod(doc = "Return a reverse iterator over the dict keys.")
    PyObject __reversed__() {
        return reversedImpl();
    }

    @Override
    PyType reverseIterType() {
        return PyDictIterator.REVERSE_KEY_TYPE;
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
        return v instanceof PyDictKeys ? setOp(v, w, "&") : setOp(w, v, "&");
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        return v instanceof PyDictKeys ? setOp(v, w, "|") : setOp(w, v, "|");
    }

    @PySlot(Slot.nb_xor)
    static PyObject xor(PyObject v, PyObject w) {
        return v instanceof PyDictKeys ? setOp(v, w, "^") : setOp(w, v, "^");
    }

    @PySlot(Slot.nb_subtract)
    static PyObject sub(PyObject v, PyObject w) {
        if (v instanceof PyDictKeys) {
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
        return dict.containsKey(value);
    }
}
