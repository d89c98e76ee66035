package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.CompareOp;

import java.util.Arrays;

/**
 * {@code list}: a growable array of objects ({@link #items}, the first {@link #size} used).
 *
 * <p>Thread safety without a GIL: every method that changes the list is {@code synchronized} on it, so
 * concurrent appends and stores never lose an update or corrupt the array; reads take no lock but work on
 * a snapshot of ({@code items}, {@code size}) and never index past the array, so a racing read sees some
 * valid state and never throws a Java exception. (CPython's free-threaded build makes the same choice:
 * per-object critical sections for writes, optimistic reads.)
 */
@PyClass(name = "list", doc = "Built-in mutable sequence.\n\n"
        + "If no argument is given, the constructor creates a new empty list.\n"
        + "The argument must be an iterable if specified.")
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyListTable(), PyType.OBJECT, PyType.TPFLAGS_LIST_SUBCLASS | PyType.TPFLAGS_SEQUENCE);

    private static final PyObject[] EMPTY = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        super(TYPE);
        items = EMPTY;
    }

    PyList(PyType type) {
        super(type);
        items = EMPTY;
    }

    /** A list that takes ownership of {@code items}. */
    private PyList(PyObject[] items, int size) {
        super(TYPE);
        this.items = items;
        this.size = size;
    }

    /** A new list with copies of the given references. */
    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
    }

    /** A new list that takes ownership of {@code items} (the caller must not modify it afterwards). */
    public static PyList wrap(PyObject[] items) {
        return new PyList(items, items.length);
    }

    /** Instances of Python subclasses of list. */
    public static final class Derived extends PyList implements HasDict {
        private PyDict dict;

        Derived(PyType type) {
            super(type);
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

    // ---------------------------------------------------------------------------------------------
    // Java-level access

    public int size() {
        return size;
    }

    /** Item {@code i} (0 <= i < size), or null if a racing change made it disappear. */
    public PyObject get(int i) {
        PyObject[] a = items;
        return i < a.length ? a[i] : null;
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        synchronized (this) {
            return Arrays.copyOf(items, size);
        }
    }

    private void ensureCapacity(int need) {
        if (need > items.length) {
            // CPython's over-allocation: new_allocated = newsize + (newsize >> 3) + 6, rounded down to 4.
            long cap = ((long) need + (need >> 3) + 6) & ~3L;
            if (cap > Integer.MAX_VALUE - 8) {
                throw PyErr.newException(PyExc.MemoryError);
            }
            items = Arrays.copyOf(items, (int) cap);
        }
    }

    /** {@code list.append(x)}. */
    public synchronized void append(PyObject x) {
        int n = size;
        if (n == items.length) {
            ensureCapacity(n + 1);
        }
        items[n] = x;
        size = n + 1;
    }

    /** Item {@code i} after normalizing a negative index; IndexError when out of range. */
    public PyObject getItem(long i) {
        PyObject[] a = items;
        int n = Math.min(size, a.length);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.format(PyExc.IndexError, "list index out of range");
        }
        return a[(int) i];
    }

    /** {@code self[i] = v} after normalizing a negative index. */
    public void setItem(long i, PyObject v) {
        // Lock-free on the fast path (a monitor per store costs more than the store): write into the current
        // array, then redo the store under the lock if a concurrent resize replaced the array meanwhile.
        PyObject[] a = items;
        int n = Math.min(size, a.length);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.format(PyExc.IndexError, "list assignment index out of range");
        }
        a[(int) i] = v;
        if (items != a) {
            synchronized (this) {
                if (i < size) {
                    items[(int) i] = v;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Slots

    @PySlot(Slot.tp_new)
    static PyObject listNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        // The arguments are list.__init__'s business.
        return type == TYPE ? new PyList() : new Derived(type);
    }

    @PySlot(value = Slot.tp_init, sig = "iterable=NULL, /")
    void init(PyObject iterable) {
        synchronized (this) {
            items = EMPTY;
            size = 0;
        }
        if (iterable != null) {
            extend(iterable);
        }
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        int n = size;
        if (n == 0) {
            return PyStr.ofChars("[]");
        }
        ThreadState ts = ThreadState.current();
        if (ts.reprEnter(this)) {
            return PyStr.ofChars("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                PyObject item = get(i);
                if (item == null) {
                    break;
                }
                sb.append(Abstract.reprEnterRecursive(item).toString());
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            ts.reprLeave(this);
        }
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyList o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.sequenceRichCompare(items, size, o.items, o.size, op);
    }

    @PySlot(Slot.sq_length)
    long len() {
        return size;
    }

    @PySlot(Slot.sq_item)
    PyObject item(long i) {
        PyObject[] a = items;
        if (i < 0 || i >= size || i >= a.length) {
            throw PyErr.format(PyExc.IndexError, "list index out of range");
        }
        return a[(int) i];
    }

    @PySlot(Slot.sq_ass_item)
    void assItem(long i, PyObject value) {
        if (value == null) {
            synchronized (this) {
                if (i < 0 || i >= size) {
                    throw PyErr.format(PyExc.IndexError, "list assignment index out of range");
                }
                delRange((int) i, (int) i + 1);
            }
            return;
        }
        synchronized (this) {
            if (i < 0 || i >= size) {
                throw PyErr.format(PyExc.IndexError, "list assignment index out of range");
            }
            items[(int) i] = value;
        }
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        if (key instanceof PyInt || (!(key instanceof PySlice) && key.type().nb_index != null)) {
            return getItem(Abstract.asIndex(key, PyExc.IndexError));
        }
        if (key instanceof PySlice slice) {
            PyObject[] a;
            int n;
            synchronized (this) {
                a = items;
                n = size;
            }
            PySlice.Indices x = slice.indices(n);
            PyObject[] out = new PyObject[(int) x.length()];
            if (x.step() == 1) {
                System.arraycopy(a, (int) x.start(), out, 0, out.length);
            } else {
                long j = x.start();
                for (int k = 0; k < out.length; k++, j += x.step()) {
                    out[k] = a[(int) j];
                }
            }
            return new PyList(out, out.length);
        }
        throw PyErr.format(PyExc.TypeError, "list indices must be integers or slices, not %s", key.type().getName());
    }

    @PySlot(Slot.mp_ass_subscript)
    void assSubscript(PyObject key, PyObject value) {
        if (key instanceof PyInt || (!(key instanceof PySlice) && key.type().nb_index != null)) {
            long i = Abstract.asIndex(key, PyExc.IndexError);
            synchronized (this) {
                if (i < 0) {
                    i += size;
                }
                assItem(i, value);
            }
            return;
        }
        if (!(key instanceof PySlice slice)) {
            throw PyErr.format(PyExc.TypeError, "list indices must be integers or slices, not %s",
                    key.type().getName());
        }
        PyObject[] seq = null;
        if (value != null) {
            seq = value == this ? toArray() : Abstract.sequenceToArrayOrError(value, "must assign iterable to extended slice");
        }
        synchronized (this) {
            PySlice.Indices x = slice.indices(size);
            if (x.step() == 1) {
                int lo = (int) x.start();
                int hi = (int) Math.max(x.start(), x.start() + x.length());
                if (value == null) {
                    delRange(lo, hi);
                } else {
                    replaceRange(lo, hi, seq);
                }
                return;
            }
            if (value == null) {
                // Delete an extended slice: keep the items not selected.
                if (x.length() == 0) {
                    return;
                }
                boolean[] drop = new boolean[size];
                long j = x.start();
                for (long k = 0; k < x.length(); k++, j += x.step()) {
                    drop[(int) j] = true;
                }
                int w = 0;
                for (int r = 0; r < size; r++) {
                    if (!drop[r]) {
                        items[w++] = items[r];
                    }
                }
                Arrays.fill(items, w, size, null);
                size = w;
                return;
            }
            if (seq.length != x.length()) {
                throw PyErr.format(PyExc.ValueError,
                        "attempt to assign sequence of size %d to extended slice of size %d", seq.length, x.length());
            }
            long j = x.start();
            for (int k = 0; k < seq.length; k++, j += x.step()) {
                items[(int) j] = seq[k];
            }
        }
    }

    private void delRange(int lo, int hi) {
        if (hi <= lo) {
            return;
        }
        System.arraycopy(items, hi, items, lo, size - hi);
        Arrays.fill(items, size - (hi - lo), size, null);
        size -= hi - lo;
    }

    private void replaceRange(int lo, int hi, PyObject[] seq) {
        int delta = seq.length - (hi - lo);
        ensureCapacity(size + Math.max(delta, 0));
        System.arraycopy(items, hi, items, hi + delta, size - hi);
        System.arraycopy(seq, 0, items, lo, seq.length);
        if (delta < 0) {
            Arrays.fill(items, size + delta, size, null);
        }
        size += delta;
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject value) {
        for (int i = 0; i < size; i++) {
            PyObject item = get(i);
            if (item == null) {
                break;
            }
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @PySlot(Slot.sq_concat)
    PyObject concat(PyObject other) {
        if (!(other instanceof PyList o)) {
            throw PyErr.format(PyExc.TypeError, "can only concatenate list (not \"%s\") to list",
                    other.type().getName());
        }
        PyObject[] a = toArray();
        PyObject[] b = o.toArray();
        PyObject[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return new PyList(r, r.length);
    }

    @PySlot(Slot.sq_repeat)
    PyObject repeat(long n) {
        PyObject[] a = toArray();
        if (n <= 0 || a.length == 0) {
            return new PyList();
        }
        if ((long) a.length * n > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        PyObject[] r = new PyObject[(int) (a.length * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(a, 0, r, k * a.length, a.length);
        }
        return new PyList(r, r.length);
    }

    @PySlot(Slot.sq_inplace_concat)
    PyObject inplaceConcat(PyObject other) {
        extend(other);
        return this;
    }

    @PySlot(Slot.sq_inplace_repeat)
    PyObject inplaceRepeat(long n) {
        synchronized (this) {
            if (n <= 0) {
                Arrays.fill(items, 0, size, null);
                size = 0;
                return this;
            }
            if ((long) size * n > Integer.MAX_VALUE - 16) {
                throw PyErr.newException(PyExc.MemoryError);
            }
            int old = size;
            ensureCapacity((int) (old * n));
            for (int k = 1; k < n; k++) {
                System.arraycopy(items, 0, items, k * old, old);
            }
            size = (int) (old * n);
        }
        return this;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PyListIterator(this, false);
    }

    // ---------------------------------------------------------------------------------------------
    // Methods

    @PyMethod(name = "append", sig = "object, /", doc = "Append object to the end of the list.")
    void appendMethod(PyObject object) {
        append(object);
    }

    @PyMethod(sig = "iterable, /", doc = "Extend list by appending elements from the iterable.")
    void extend(PyObject iterable) {
        PyObject[] add;
        // list_extend: only exact lists and tuples skip the subclass's __iter__ and __len__.
        if (iterable.getClass() == PyList.class || iterable == this) {
            add = ((PyList) iterable).toArray();
        } else if (iterable.getClass() == PyTuple.class) {
            add = ((PyTuple) iterable).items;
        } else {
            PyObject it = Abstract.getIter(iterable);
            Abstract.lengthHint(iterable, 8);
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                append(x);
            }
            return;
        }
        synchronized (this) {
            ensureCapacity(size + add.length);
            System.arraycopy(add, 0, items, size, add.length);
            size += add.length;
        }
    }

    @PyMethod(sig = "index, object, /", doc = "Insert object before index.")
    synchronized void insert(long index, PyObject object) {
        int n = size;
        if (index < 0) {
            index += n;
            if (index < 0) {
                index = 0;
            }
        }
        if (index > n) {
            index = n;
        }
        ensureCapacity(n + 1);
        System.arraycopy(items, (int) index, items, (int) index + 1, n - (int) index);
        items[(int) index] = object;
        size = n + 1;
    }

    @PyMethod(sig = "index=-1, /", doc = "Remove and return item at index (default last).\n\n"
            + "Raises IndexError if list is empty or index is out of range.")
    synchronized PyObject pop(long index) {
        int n = size;
        if (n == 0) {
            throw PyErr.format(PyExc.IndexError, "pop from empty list");
        }
        if (index < 0) {
            index += n;
        }
        if (index < 0 || index >= n) {
            throw PyErr.format(PyExc.IndexError, "pop index out of range");
        }
        PyObject v = items[(int) index];
        delRange((int) index, (int) index + 1);
        return v;
    }

    @PyMethod(sig = "value, /", doc = "Remove first occurrence of value.\n\nRaises ValueError if the value is not present.")
    void remove(PyObject value) {
        for (int i = 0; i < size; i++) {
            PyObject item = get(i);
            if (item == null) {
                break;
            }
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                synchronized (this) {
                    if (i < size && items[i] == item) {
                        delRange(i, i + 1);
                        return;
                    }
                }
            }
        }
        throw PyErr.format(PyExc.ValueError, "list.remove(x): x not in list");
    }

    @PyMethod(sig = "value, start=0, stop=sys.maxsize, /", doc = "Return first index of value.\n\n"
            + "Raises ValueError if the value is not present.")
    long index(PyObject value, PyObject start, PyObject stop) {
        long[] r = Abstract.sliceRange(start, stop, size);
        for (long i = r[0]; i < r[1] && i < size; i++) {
            PyObject item = get((int) i);
            if (item == null) {
                break;
            }
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                return i;
            }
        }
        throw PyErr.format(PyExc.ValueError, "%s is not in list", Abstract.repr(value));
    }

    @PyMethod(sig = "value, /", doc = "Return number of occurrences of value.")
    long count(PyObject value) {
        long c = 0;
        for (int i = 0; i < size; i++) {
            PyObject item = get(i);
            if (item == null) {
                break;
            }
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                c++;
            }
        }
        return c;
    }

    @PyMethod(doc = "Remove all items from list.")
    synchronized void clear() {
        items = EMPTY;
        size = 0;
    }

    @PyMethod(doc = "Return a shallow copy of the list.")
    PyObject copy() {
        PyObject[] a = toArray();
        return new PyList(a, a.length);
    }

    @PyMethod(doc = "Reverse *IN PLACE*.")
    synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    @PyMethod(doc = "Return a reverse iterator over the list.")
    PyObject __reversed__() {
        return new PyListIterator(this, true);
    }

    /** CPython's METH_COEXIST {@code list.__getitem__}: a method, so its misuse message is a method's. */
    @PyMethod(name = "__getitem__", sig = "index, /", doc = "Return self[index].")
    PyObject getitemMethod(PyObject index) {
        return subscript(index);
    }

    @PyMethod(doc = "Return the size of the list in memory, in bytes.")
    long __sizeof__() {
        return 40 + 8L * items.length;
    }

    @PyMethod(sig = "*, key=None, reverse=False", doc = "Sort the list in ascending order and return None.\n\n"
            + "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
            + "order of two equal elements is maintained).\n\n"
            + "If a key function is given, apply it once to each list item and sort them,\n"
            + "ascending or descending, according to their function values.\n\n"
            + "The reverse flag can be set to sort in descending order.")
    void sort(PyObject key, boolean reverse) {
        PyObject[] saved;
        int n;
        synchronized (this) {
            // The list is empty while it is sorted, so that comparisons that mutate it are detected.
            saved = items;
            n = size;
            items = EMPTY;
            size = 0;
        }
        PyObject[] keys = null;
        boolean ok = false;
        try {
            if (key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, saved[i]);
                }
            }
            if (reverse) {
                reverseRange(saved, n);
                if (keys != null) {
                    reverseRange(keys, n);
                }
            }
            try {
                if (keys == null) {
                    ListSort.sort(saved, null, n);
                } else {
                    ListSort.sort(keys, saved, n);
                }
            } finally {
                if (reverse) {
                    reverseRange(saved, n);
                }
            }
            ok = true;
        } finally {
            boolean modified;
            synchronized (this) {
                modified = size != 0 || items != EMPTY;
                items = saved;
                size = n;
            }
            if (modified && ok) {
                throw PyErr.format(PyExc.ValueError, "list modified during sort");
            }
        }
    }

    private static void reverseRange(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @PyMethod(name = "__class_getitem__", classmethod = true, sig = "item, /", doc = "See PEP 585")
    static PyObject classGetitem(PyType type, PyObject item) {
        return new PyGenericAlias(type, item);
    }

}
