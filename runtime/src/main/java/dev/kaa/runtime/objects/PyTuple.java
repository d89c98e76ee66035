package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.CompareOp;

import java.util.Arrays;

/**
 * {@code tuple}: an immutable array of objects. The hash combines the items' hashes with the xxHash-based
 * scheme of CPython 3.8+ ({@link PyHash#tupleHash}), so {@code hash((1, 2))} equals CPython's.
 */
@PyClass(name = "tuple", doc = "Built-in immutable sequence.\n\n"
        + "If no argument is given, the constructor returns an empty tuple.\n"
        + "If iterable is specified the tuple is initialized from iterable's items.\n\n"
        + "If the argument is a tuple, the return value is the same object.")
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyTupleTable(), PyType.OBJECT, PyType.TPFLAGS_TUPLE_SUBCLASS | PyType.TPFLAGS_SEQUENCE);

    private static final PyObject[] NO_ITEMS = new PyObject[0];
    /** The empty tuple (a singleton, as in CPython). */
    public static final PyTuple EMPTY = new PyTuple(TYPE, NO_ITEMS);

    final PyObject[] items;

    PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    /** A tuple of copies of the given references. */
    public static PyTuple of(PyObject... items) {
        if (items.length == 0) {
            return EMPTY;
        }
        return new PyTuple(TYPE, items.clone());
    }

    /** A tuple of {@code n} items of {@code a} from {@code off}. */
    public static PyTuple of(PyObject[] a, int off, int n) {
        if (n == 0) {
            return EMPTY;
        }
        return new PyTuple(TYPE, Arrays.copyOfRange(a, off, off + n));
    }

    /** A tuple that takes ownership of {@code items} (the caller must not modify the array afterwards). */
    public static PyTuple wrap(PyObject[] items) {
        if (items.length == 0) {
            return EMPTY;
        }
        return new PyTuple(TYPE, items);
    }

    /** Instances of Python subclasses of tuple. */
    public static final class Derived extends PyTuple implements HasDict {
        private PyDict dict;

        Derived(PyType type, PyObject[] items) {
            super(type, items);
        }

        @Override
        public PyDict getDict() {
            PyDict d = dict;
            if (d == null) {
                d = new PyDict();
                dict = d;
            }
            return d;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    public final int size() {
        return items.length;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    /** The items (a copy). */
    public final PyObject[] toArray() {
        return items.clone();
    }

    /** The items array itself, for read-only use inside the runtime. */
    public final PyObject[] array() {
        return items;
    }

    // ---------------------------------------------------------------------------------------------
    // Slots

    @PySlot(value = Slot.tp_new, sig = "iterable=NULL, /")
    static PyObject tupleNew(PyType type, PyObject iterable) {
        PyObject[] items;
        if (iterable == null) {
            items = NO_ITEMS;
        } else if (type == TYPE && iterable.getClass() == PyTuple.class) {
            return iterable;
        } else {
            items = Abstract.sequenceTupleItems(iterable);
        }
        if (type == TYPE) {
            return wrap(items);
        }
        return new Derived(type, items);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        int n = items.length;
        if (n == 0) {
            return PyStr.ofChars("()");
        }
        ThreadState ts = ThreadState.current();
        if (ts.reprEnter(this)) {
            return PyStr.ofChars("(...)");
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.reprEnterRecursive(items[i]).toString());
            }
            if (n == 1) {
                sb.append(',');
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ts.reprLeave(this);
        }
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        long acc = PyHash.tupleHashStart();
        for (PyObject item : items) {
            acc = PyHash.tupleHashStep(acc, Abstract.hash(item));
        }
        return PyHash.tupleHashFinish(acc, items.length);
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyTuple o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.sequenceRichCompare(items, items.length, o.items, o.items.length, op);
    }

    @PySlot(Slot.sq_length)
    long len() {
        return items.length;
    }

    @PySlot(Slot.sq_item)
    PyObject item(long i) {
        if (i < 0 || i >= items.length) {
            throw PyErr.format(PyExc.IndexError, "tuple index out of range");
        }
        return items[(int) i];
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        if (key instanceof PyInt || (!(key instanceof PySlice) && key.type().nb_index != null)) {
            long i = Abstract.asIndex(key, PyExc.IndexError);
            if (i < 0) {
                i += items.length;
            }
            return item(i);
        }
        if (key instanceof PySlice slice) {
            PySlice.Indices x = slice.indices(items.length);
            if (x.step() == 1 && x.length() == items.length && getClass() == PyTuple.class) {
                return this;
            }
            PyObject[] out = new PyObject[(int) x.length()];
            long j = x.start();
            for (int k = 0; k < out.length; k++, j += x.step()) {
                out[k] = items[(int) j];
            }
            return wrap(out);
        }
        throw PyErr.format(PyExc.TypeError, "tuple indices must be integers or slices, not %s", key.type().getName());
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject value) {
        for (PyObject item : items) {
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @PySlot(Slot.sq_concat)
    PyObject concat(PyObject other) {
        if (!(other instanceof PyTuple o)) {
            throw PyErr.format(PyExc.TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                    other.type().getName());
        }
        PyObject[] r = Arrays.copyOf(items, items.length + o.items.length);
        System.arraycopy(o.items, 0, r, items.length, o.items.length);
        return wrap(r);
    }

    @PySlot(Slot.sq_repeat)
    PyObject repeat(long n) {
        if (n <= 0 || items.length == 0) {
            return EMPTY;
        }
        if (n == 1 && getClass() == PyTuple.class) {
            return this;
        }
        if ((long) items.length * n > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        PyObject[] r = new PyObject[(int) (items.length * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(items, 0, r, k * items.length, items.length);
        }
        return wrap(r);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PyTupleIterator(this);
    }

    // ---------------------------------------------------------------------------------------------
    // Methods

    @PyMethod(sig = "value, start=0, stop=sys.maxsize, /", doc = "Return first index of value.\n\nRaises ValueError if the value is not present.")
    long index(PyObject value, PyObject start, PyObject stop) {
        long[] r = Abstract.sliceRange(start, stop, items.length);
        for (long i = r[0]; i < r[1] && i < items.length; i++) {
            PyObject item = items[(int) i];
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                return i;
            }
        }
        throw PyErr.format(PyExc.ValueError, "tuple.index(x): x not in tuple");
    }

    @PyMethod(sig = "value, /", doc = "Return number of occurrences of value.")
    long count(PyObject value) {
        long n = 0;
        for (PyObject item : items) {
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(wrap(items.clone()));
    }

    @PyMethod(name = "__class_getitem__", classmethod = true, sig = "item, /", doc = "See PEP 585")
    static PyObject classGetitem(PyType type, PyObject item) {
        return new PyGenericAlias(type, item);
    }

}
