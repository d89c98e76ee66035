package dev.kaa.runtime.objects;

import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.CompareOp;

/**
 * What the dict views ({@code dict_keys}, {@code dict_values}, {@code dict_items}) share: a live view on
 * a dict, with its length, iteration and repr. The set operations of keys and items views convert to a
 * set, as CPython's {@code dictviews_*} functions do.
 */
abstract class PyDictView extends PyObject {
    final PyDict dict;

    PyDictView(PyType type, PyDict dict) {
        super(type);
        this.dict = dict;
    }

    /** The iterator type: keys, values or items. */
    abstract PyType iterType();

    @PySlot(Slot.sq_length)
    long len() {
        return dict.size();
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PyDictIterator(iterType(), dict, false);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        ThreadState ts = ThreadState.current();
        if (ts.reprEnter(this)) {
            return PyStr.ofChars("...");
        }
        try {
            PyObject list = PyList.of(Abstract.sequenceToArray(this));
            return PyStr.of(type.getName() + "(" + Abstract.repr(list) + ")");
        } finally {
            ts.reprLeave(this);
        }
    }

    /** {@code dictviews_richcompare}: set-like comparison for keys and items views. */
    static PyObject setLikeCompare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof PyAnySet) && !(other instanceof PyDictKeys) && !(other instanceof PyDictItems)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long la = Abstract.length(self);
        long lb = Abstract.length(other);
        boolean r = switch (op) {
            case EQ, NE -> la == lb && allContainedIn(self, other);
            case LT -> la < lb && allContainedIn(self, other);
            case LE -> la <= lb && allContainedIn(self, other);
            case GT -> la > lb && allContainedIn(other, self);
            case GE -> la >= lb && allContainedIn(other, self);
        };
        if (op == CompareOp.NE) {
            r = !r;
        }
        return PyBool.of(r);
    }

    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Abstract.getIter(a);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (!Abstract.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    static PyObject setOp(PyObject self, PyObject other, String op) {
        PySet s = new PySet();
        s.updateFrom(self);
        return switch (op) {
            case "&" -> s.intersectionWith(other);
            case "|" -> {
                s.updateFrom(other);
                yield s;
            }
            case "-" -> {
                s.differenceUpdateFrom(other);
                yield s;
            }
            default -> {
                s.symmetricDifferenceUpdateFrom(other);
                yield s;
            }
        };
    }

    /** {@code dictviews_isdisjoint}, for the set-like views (dict_values has no isdisjoint). */
    static boolean isdisjointImpl(PyObject self, PyObject other) {
        PyObject it = Abstract.getIter(other);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (Abstract.contains(self, x)) {
                return false;
            }
        }
        return true;
    }

    /** The reverse iterator type matching {@link #iterType()}. */
    abstract PyType reverseIterType();

    /** {@code __reversed__}, declared by each view with its own docstring. */
    PyObject reversedImpl() {
        return new PyDictIterator(reverseIterType(), dict, true);
    }
}
