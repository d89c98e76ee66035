package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/**
 * {@code range_iterator}: a long counter when the range fits in longs (the fast path the interpreter can
 * specialize on), else Python ints ({@code longrange_iterator} in CPython; one class here).
 */
@PyClass(name = "range_iterator", basetype = false)
public final class PyRangeIterator extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyRangeIteratorTable());
    /** CPython's iterator over a range whose bounds or length do not fit a C long. */
    public static final PyType LONG_TYPE = PyType.fromSpec(new PyRangeIteratorTable().renamed("longrange_iterator", null));

    private final boolean small;
    private long next;
    private long step;
    private long remaining;
    private PyInt bigNext;
    private PyInt bigStep;
    private PyInt bigRemaining;

    PyRangeIterator(PyRange r, boolean reversed) {
        super(r.start.isSmall() && r.stop.isSmall() && r.step.isSmall() && r.length.isSmall() ? TYPE : LONG_TYPE);
        PyInt first = reversed ? (r.length.signum() == 0 ? r.start : r.itemAt(PyInt.subtract(r.length, PyInt.ONE))) : r.start;
        PyInt st = reversed ? PyInt.negate(r.step) : r.step;
        PyInt last = r.length.signum() == 0 ? first : PyInt.add(first, PyInt.multiply(PyInt.subtract(r.length, PyInt.ONE), st));
        small = first.isSmall() && st.isSmall() && r.length.isSmall() && last.isSmall()
                && PyInt.add(last, st).isSmall();
        if (small) {
            next = first.value;
            step = st.value;
            remaining = r.length.value;
        } else {
            bigNext = first;
            bigStep = st;
            bigRemaining = r.length;
        }
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        if (small) {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next = v + step;
            return PyInt.of(v);
        }
        if (bigRemaining.signum() <= 0) {
            return null;
        }
        bigRemaining = PyInt.subtract(bigRemaining, PyInt.ONE);
        PyInt v = bigNext;
        bigNext = PyInt.add(v, bigStep);
        return v;
    }

    /** The next value or null ({@code tp_iternext}), for the interpreter's FOR_ITER fast path. */
    public PyObject nextValue() {
        return next();
    }

    /** Whether the iterator counts with longs (the case an interpreter may specialize FOR_ITER on). */
    public boolean isSmall() {
        return small;
    }

    @PyMethod(doc = "Private method returning an estimate of len(list(it)).")
    PyObject __length_hint__() {
        return small ? PyInt.of(Math.max(remaining, 0)) : bigRemaining;
    }

    /** {@code rangeiter_reduce}: {@code (iter, (range(next, stop, step),), None)}. */
    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        PyRange r = small ? PyRange.of(next, next + remaining * step, step)
                : new PyRange(bigNext, PyInt.add(bigNext, PyInt.multiply(bigRemaining, bigStep)), bigStep);
        return PyTuple.of(IterState.builtin("iter"), PyTuple.of(r), PyNone.NONE);
    }

    /** {@code rangeiter_setstate}: skips {@code state} items, clipped to what is left. */
    @PyMethod(sig = "state, /", doc = "Set state information for unpickling.")
    void __setstate__(PyObject state) {
        if (small) {
            PyInt i = dev.kaa.runtime.PyNumber.index(state);
            if (!i.isSmall()) {
                throw dev.kaa.runtime.PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
            }
            long index = Math.max(0, Math.min(i.value, remaining));
            next += index * step;
            remaining -= index;
            return;
        }
        if (state.getClass() != PyInt.class) {
            throw dev.kaa.runtime.PyErr.format(PyExc.TypeError, "state must be an int, not %s", state.type().getName());
        }
        PyInt index = (PyInt) state;
        if (index.signum() < 0) {
            index = PyInt.ZERO;
        } else if (PyInt.compare(index, bigRemaining) > 0) {
            index = bigRemaining;
        }
        bigNext = PyInt.add(bigNext, PyInt.multiply(bigStep, index));
        bigRemaining = PyInt.subtract(bigRemaining, index);
    }
}
