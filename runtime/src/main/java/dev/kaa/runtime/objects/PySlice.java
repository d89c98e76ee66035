package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.slots.CompareOp;

/** {@code slice}: start, stop, step (any objects), and their resolution against a length. */
@PyClass(name = "slice", basetype = false, doc = "slice(stop)\nslice(start, stop[, step])\n\n"
        + "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).")
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PySliceTable());

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** The resolved slice: first index, step, and number of items ({@code PySlice_AdjustIndices}). */
    public record Indices(long start, long stop, long step, long length) {
    }

    /** {@code PySlice_Unpack} + {@code PySlice_AdjustIndices} for a sequence of length {@code len}. */
    public Indices indices(long len) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = boundIndex(step);
            if (st == 0) {
                throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? Long.MAX_VALUE : 0;
        } else {
            lo = boundIndex(start);
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            hi = boundIndex(stop);
        }
        if (lo < 0) {
            lo += len;
            if (lo < 0) {
                lo = st < 0 ? -1 : 0;
            }
        } else if (lo >= len) {
            lo = st < 0 ? len - 1 : len;
        }
        if (hi < 0) {
            hi += len;
            if (hi < 0) {
                hi = st < 0 ? -1 : 0;
            }
        } else if (hi >= len) {
            hi = st < 0 ? len - 1 : len;
        }
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new Indices(lo, hi, st, n);
    }

    @PySlot(Slot.tp_new)
    static PyObject sliceNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null) {
            throw PyErr.format(PyExc.TypeError, "slice() takes no keyword arguments");
        }
        if (nargs < 1 || nargs > 3) {
            throw dev.kaa.runtime.binding.Args.checkPositional("slice", nargs, 1, 3);
        }
        if (nargs == 1) {
            return new PySlice(PyNone.NONE, args[off], PyNone.NONE);
        }
        return new PySlice(args[off], args[off + 1], nargs == 3 ? args[off + 2] : PyNone.NONE);
    }

    /**
     * {@code _PySlice_GetLongIndices}: start, stop and step for a sequence of (possibly huge) length
     * {@code length}, as exact ints without clamping to the machine range.
     */
    public PyInt[] longIndices(PyInt length) {
        PyInt st;
        if (step == PyNone.NONE) {
            st = PyInt.of(1);
        } else {
            st = evaluateIndex(step);
            if (st.signum() == 0) {
                throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
            }
        }
        boolean neg = st.signum() < 0;
        PyInt lower = neg ? PyInt.of(-1) : PyInt.of(0);
        PyInt upper = neg ? PyInt.add(length, lower) : length;
        PyInt lo = start == PyNone.NONE ? (neg ? upper : lower) : clampIndex(evaluateIndex(start), length, lower, upper);
        PyInt hi = stop == PyNone.NONE ? (neg ? lower : upper) : clampIndex(evaluateIndex(stop), length, lower, upper);
        return new PyInt[] {lo, hi, st};
    }

    private static PyInt evaluateIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return PyNumber.index(o);
    }

    private static PyInt clampIndex(PyInt i, PyInt length, PyInt lower, PyInt upper) {
        if (i.signum() < 0) {
            i = PyInt.add(i, length);
            if (PyInt.compare(i, lower) < 0) {
                i = lower;
            }
        } else if (PyInt.compare(i, upper) > 0) {
            i = upper;
        }
        return i;
    }

    /** {@code _PyEval_SliceIndex} for a bound that is not None (the message mentions None). */
    private static long boundIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.sliceIndex(o);
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("slice(" + Abstract.repr(start) + ", " + Abstract.repr(stop) + ", " + Abstract.repr(step) + ")");
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        long acc = PyHash.tupleHashStart();
        acc = PyHash.tupleHashStep(acc, Abstract.hash(start));
        acc = PyHash.tupleHashStep(acc, Abstract.hash(stop));
        acc = PyHash.tupleHashStep(acc, Abstract.hash(step));
        return PyHash.tupleHashFinish(acc, 3);
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PySlice o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] a = {start, stop, step};
        PyObject[] b = {o.start, o.stop, o.step};
        return Abstract.sequenceRichCompare(a, 3, b, 3, op);
    }

    @PyMethod(sig = "length, /", doc = "S.indices(len) -> (start, stop, stride)")
    PyObject indices(PyObject length) {
        PyInt len = PyNumber.index(length);
        if (len.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "length should not be negative");
        }
        PyInt[] x = longIndices(len);
        return PyTuple.of(x[0], x[1], x[2]);
    }

    @PyGetter("start")
    PyObject getStart() {
        return start;
    }

    @PyGetter("stop")
    PyObject getStop() {
        return stop;
    }

    @PyGetter("step")
    PyObject getStep() {
        return step;
    }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("start")
    void setReadonlyStart(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("stop")
    void setReadonlyStop(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("step")
    void setReadonlyStep(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }
}
