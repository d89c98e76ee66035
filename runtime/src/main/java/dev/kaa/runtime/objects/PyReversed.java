package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.binding.Args;

/**
 * {@code reversed}: the items of a sequence from last to first. {@code reversed(x)} returns
 * {@code x.__reversed__()} when the type defines it (list, range, dict and its views do).
 */
@PyClass(name = "reversed", doc = "Return a reverse iterator over the values of the given sequence.")
public final class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyReversedTable());
    private static final PyStr REVERSED = PyStr.shared("__reversed__");

    private PyObject seq;
    private long index;

    private PyReversed(PyType type, PyObject seq, long n) {
        super(type);
        this.seq = seq;
        this.index = n - 1;
    }

    @PySlot(Slot.tp_new)
    static PyObject reversedNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0 && type == TYPE) {
            throw PyErr.format(PyExc.TypeError, "reversed() takes no keyword arguments");
        }
        if (nargs != 1) {
            throw Args.checkPositional("reversed", nargs, 1, 1);
        }
        PyObject seq = args[off];
        PyObject meth = seq.type().lookup(REVERSED);
        if (meth == PyNone.NONE) {
            throw notReversible(seq);
        }
        if (meth != null) {
            return Abstract.callMethod(seq, "__reversed__");
        }
        // PySequence_Check: sq_item, and not a dict.
        if (seq.type().sq_item == null || seq instanceof PyDict) {
            throw notReversible(seq);
        }
        long n = Abstract.length(seq);
        return new PyReversed(type, seq, n);
    }

    private static PyException notReversible(PyObject seq) {
        return PyErr.format(PyExc.TypeError, "'%s' object is not reversible", seq.type().getName());
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        if (index >= 0) {
            try {
                PyObject item = Abstract.getItem(s, PyInt.of(index));
                index--;
                return item;
            } catch (PyException e) {
                if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) {
                    throw e;
                }
            }
        }
        index = -1;
        seq = null;
        return null;
    }

    @PyMethod(doc = "Private method returning an estimate of len(list(it)).")
    PyObject __length_hint__() {
        if (seq == null) {
            return PyInt.ZERO;
        }
        long n = Abstract.length(seq);
        return PyInt.of(n < index + 1 ? 0 : index + 1);
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        if (seq == null) {
            return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY));
        }
        return PyTuple.of(type(), PyTuple.of(seq), PyInt.of(index));
    }

    @PyMethod(sig = "state, /", doc = "Set state information for unpickling.")
    void __setstate__(PyObject state) {
        long i = IterState.index(state);
        if (seq != null) {
            long n = Abstract.length(seq);
            index = Math.max(-1, Math.min(i, n - 1));
        }
    }
}
