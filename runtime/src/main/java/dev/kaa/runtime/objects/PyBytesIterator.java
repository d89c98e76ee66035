package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/**
 * {@code bytes_iterator} and {@code bytearray_iterator}: the ints of a bytes object, or of a bytearray as
 * it is at each step (a bytearray may change while it is iterated).
 */
@PyClass(name = "bytes_iterator", basetype = false)
public final class PyBytesIterator extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyBytesIteratorTable());
    public static final PyType BYTEARRAY_TYPE = PyType.fromSpec(new PyBytesIteratorTable().renamed("bytearray_iterator", null));

    private final PyBytes bytes;
    private final PyByteArray byteArray;
    private int index;
    private boolean done;

    PyBytesIterator(PyBytes bytes) {
        super(TYPE);
        this.bytes = bytes;
        this.byteArray = null;
    }

    PyBytesIterator(PyByteArray byteArray) {
        super(BYTEARRAY_TYPE);
        this.bytes = null;
        this.byteArray = byteArray;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        if (done) {
            return null;
        }
        if (bytes != null) {
            if (index < bytes.value.length) {
                return PyInt.of(bytes.value[index++] & 0xff);
            }
        } else {
            synchronized (byteArray) {
                if (index < byteArray.size) {
                    return PyInt.of(byteArray.buf[index++] & 0xff);
                }
            }
        }
        done = true;
        return null;
    }

    @PyMethod(doc = "Private method returning an estimate of len(list(it)).")
    PyObject __length_hint__() {
        if (done) {
            return PyInt.ZERO;
        }
        int n = bytes != null ? bytes.value.length : byteArray.size;
        return PyInt.of(Math.max(0, n - index));
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        return IterState.reduce(done ? null : bytes != null ? bytes : byteArray, index, PyTuple.EMPTY);
    }

    @PyMethod(sig = "state, /", doc = "Set state information for unpickling.")
    void __setstate__(PyObject state) {
        long i = IterState.index(state);
        if (!done) {
            int n = bytes != null ? bytes.value.length : byteArray.size;
            index = (int) Math.max(0, Math.min(i, n));
        }
    }
}
