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
import dev.kaa.runtime.binding.Args;
import dev.kaa.runtime.slots.CompareOp;

/**
 * {@code range}: an arithmetic progression of ints. start, stop, step and length are Python ints; when all
 * fit in a long (the common case) iteration uses {@link PyRangeIterator}'s long counter.
 */
@PyClass(name = "range", basetype = false, doc = "range(stop) -> range object\n"
        + "range(start, stop[, step]) -> range object\n\n"
        + "Return an object that produces a sequence of integers from start (inclusive)\n"
        + "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
        + "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
        + "These are exactly the valid indices for a list of 4 elements.\n"
        + "When step is given, it specifies the increment (or decrement).")
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyRangeTable(), PyType.OBJECT, PyType.TPFLAGS_SEQUENCE);

    public final PyInt start;
    public final PyInt stop;
    public final PyInt step;
    /** The number of items. */
    public final PyInt length;

    PyRange(PyInt start, PyInt stop, PyInt step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    /** {@code range(start, stop, step)} from Java values. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    private static PyInt computeLength(PyInt lo, PyInt hi, PyInt step) {
        if (lo.isSmall() && hi.isSmall() && step.isSmall()) {
            long s = step.value;
            long a = lo.value;
            long b = hi.value;
            if (s > 0 ? a >= b : a <= b) {
                return PyInt.ZERO;
            }
            // (|b - a| - 1) / |s| + 1, computed without overflow.
            java.math.BigInteger d = java.math.BigInteger.valueOf(b).subtract(java.math.BigInteger.valueOf(a)).abs()
                    .subtract(java.math.BigInteger.ONE);
            return PyInt.of(d.divide(java.math.BigInteger.valueOf(s).abs()).add(java.math.BigInteger.ONE));
        }
        java.math.BigInteger a = lo.toBig();
        java.math.BigInteger b = hi.toBig();
        java.math.BigInteger s = step.toBig();
        if (s.signum() > 0 ? a.compareTo(b) >= 0 : a.compareTo(b) <= 0) {
            return PyInt.ZERO;
        }
        return PyInt.of(b.subtract(a).abs().subtract(java.math.BigInteger.ONE).divide(s.abs())
                .add(java.math.BigInteger.ONE));
    }

    @PySlot(Slot.tp_new)
    static PyObject rangeNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null) {
            throw PyErr.format(PyExc.TypeError, "range() takes no keyword arguments");
        }
        if (nargs < 1 || nargs > 3) {
            throw Args.checkPositional("range", nargs, 1, 3);
        }
        PyInt start;
        PyInt stop;
        PyInt step = PyInt.ONE;
        if (nargs == 1) {
            start = PyInt.ZERO;
            stop = PyNumber.index(args[off]);
        } else {
            start = PyNumber.index(args[off]);
            stop = PyNumber.index(args[off + 1]);
            if (nargs == 3) {
                step = PyNumber.index(args[off + 2]);
                if (step.signum() == 0) {
                    throw PyErr.format(PyExc.ValueError, "range() arg 3 must not be zero");
                }
            }
        }
        return new PyRange(start, stop, step);
    }

    /** Item {@code i} (0 <= i < length) as start + i * step. */
    PyInt itemAt(PyInt i) {
        return PyInt.add(start, PyInt.multiply(i, step));
    }

    @PySlot(Slot.sq_length)
    long len() {
        if (!length.isSmall()) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return length.value;
    }

    @PySlot(Slot.nb_bool)
    boolean bool() {
        return length.signum() != 0;
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        if (key instanceof PySlice slice) {
            // compute_slice: range(item(start), item(stop), step * slice step), exact for any length.
            PyInt[] x = slice.longIndices(length);
            return new PyRange(itemAt(x[0]), itemAt(x[1]), PyInt.multiply(step, x[2]));
        }
        if (key instanceof PyInt || key.type().nb_index != null) {
            PyInt i = PyNumber.index(key);
            if (i.signum() < 0) {
                i = PyInt.add(i, length);
            }
            if (i.signum() < 0 || PyInt.compare(i, length) >= 0) {
                throw PyErr.format(PyExc.IndexError, "range object index out of range");
            }
            return itemAt(i);
        }
        throw PyErr.format(PyExc.TypeError, "range indices must be integers or slices, not %s", key.type().getName());
    }

    /** Whether int {@code v} is in the range. */
    private boolean containsInt(PyInt v) {
        int s = step.signum();
        if (s > 0 ? PyInt.compare(v, start) < 0 || PyInt.compare(v, stop) >= 0
                : PyInt.compare(v, start) > 0 || PyInt.compare(v, stop) <= 0) {
            return false;
        }
        return PyInt.remainder(PyInt.subtract(v, start), step).signum() == 0;
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject value) {
        if (value.getClass() == PyInt.class || value.getClass() == PyBool.class) {
            return containsInt((PyInt) value);
        }
        return Abstract.iterSearchContains(this, value);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PyRangeIterator(this, false);
    }

    @PyMethod(doc = "Return a reverse iterator.")
    PyObject __reversed__() {
        return new PyRangeIterator(this, true);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (step.signum() > 0 && step.isSmall() && step.value == 1) {
            return PyStr.of("range(" + start + ", " + stop + ")");
        }
        return PyStr.of("range(" + start + ", " + stop + ", " + step + ")");
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        long acc = PyHash.tupleHashStart();
        acc = PyHash.tupleHashStep(acc, length.hashValue());
        if (length.signum() == 0) {
            acc = PyHash.tupleHashStep(acc, PyNone.NONE.hash());
            acc = PyHash.tupleHashStep(acc, PyNone.NONE.hash());
        } else {
            acc = PyHash.tupleHashStep(acc, start.hashValue());
            if (length.isSmall() && length.value == 1) {
                acc = PyHash.tupleHashStep(acc, PyNone.NONE.hash());
            } else {
                acc = PyHash.tupleHashStep(acc, step.hashValue());
            }
        }
        return PyHash.tupleHashFinish(acc, 3);
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyRange o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq;
        if (PyInt.compare(length, o.length) != 0) {
            eq = false;
        } else if (length.signum() == 0) {
            eq = true;
        } else if (PyInt.compare(start, o.start) != 0) {
            eq = false;
        } else {
            eq = (length.isSmall() && length.value == 1) || PyInt.compare(step, o.step) == 0;
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @PyMethod(sig = "value, /", doc = "rangeobject.count(value) -> integer -- return number of occurrences of value")
    long count(PyObject value) {
        if (value.getClass() == PyInt.class || value.getClass() == PyBool.class) {
            return containsInt((PyInt) value) ? 1 : 0;
        }
        long n = 0;
        PyObject it = iter();
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (Abstract.richCompareBool(x, value, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod(sig = "value, /", doc = "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.")
    PyObject index(PyObject value) {
        if (value.getClass() == PyInt.class || value.getClass() == PyBool.class) {
            PyInt v = (PyInt) value;
            if (containsInt(v)) {
                return PyInt.floorDivide(PyInt.subtract(v, start), step);
            }
        } else {
            long i = 0;
            PyObject it = iter();
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                if (Abstract.richCompareBool(x, value, CompareOp.EQ)) {
                    return PyInt.of(i);
                }
                i++;
            }
            // _PySequence_IterSearch's message for non-int values.
            throw PyErr.format(PyExc.ValueError, "sequence.index(x): x not in sequence");
        }
        throw PyErr.format(PyExc.ValueError, "%s is not in range", Abstract.repr(value));
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

    @PyMethod(doc = "Helper for pickle.")
    PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
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
