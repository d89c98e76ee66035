package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
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
            st = Abstract.sliceIndex(step);
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
            lo = Abstract.sliceIndex(start);
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            hi = Abstract.sliceIndex(stop);
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
        Indices x = indices(len.asSsize());
        return PyTuple.of(PyInt.of(x.start()), PyInt.of(x.stop()), PyInt.of(x.step()));
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
}
