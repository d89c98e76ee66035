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
 * {@code dict}: CPython's compact, insertion-ordered hash table ({@code Objects/dictobject.c}); the
 * layout and probing are described in {@code runtime/notes/dict.md}.
 *
 * <p>A {@link Table} holds a sparse {@code indices} array (open addressing with CPython's perturbed
 * probing) pointing into dense entry arrays ({@code hashes}, {@code keys}, {@code values}) filled in
 * insertion order; a deleted entry keeps its slot with a null value until the next resize compacts.
 * Iteration walks the entries, so order is insertion order.
 *
 * <p>Threads: writers synchronize on the dict; readers take no lock and read one {@code Table}
 * reference, whose arrays never change size, so a racing reader may miss a concurrent insert but never
 * fails. The interpreter may cache (table, entry index) for a global name: the entry stays valid while
 * {@link #table()} is the same object, and {@link Table#nentries()} unchanged proves no key was added.
 */
@PyClass(name = "dict", doc = "dict() -> new empty dictionary\n"
        + "dict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\n"
        + "dict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n"
        + "        d[k] = v\n"
        + "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
        + "    in the keyword argument list.  For example:  dict(one=1, two=2)")
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyDictTable(), PyType.OBJECT, PyType.TPFLAGS_DICT_SUBCLASS | PyType.TPFLAGS_MAPPING);

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;
    private static final int PERTURB_SHIFT = 5;

    /** One generation of the hash table; replaced whole on resize. */
    public static final class Table {
        final int[] indices;
        final long[] hashes;
        final PyObject[] keys;
        final PyObject[] values;
        /** Entries used so far (live and deleted); new entries go at this index. */
        int nentries;

        Table(int size) {
            indices = new int[size];
            Arrays.fill(indices, EMPTY);
            int usable = (size << 1) / 3;
            hashes = new long[usable];
            keys = new PyObject[usable];
            values = new PyObject[usable];
        }

        /** The number of entry slots used; grows only when a key is added. */
        public int nentries() {
            return nentries;
        }

        /** The value of entry {@code ix}, or null if deleted (or not yet visible to this thread). */
        public PyObject valueAt(int ix) {
            return values[ix];
        }

        /** The key of entry {@code ix}. */
        public PyObject keyAt(int ix) {
            return keys[ix];
        }
    }

    private static final Table EMPTY_TABLE = new Table(MIN_SIZE);

    private volatile Table table = EMPTY_TABLE;
    /** Number of live items. */
    private volatile int used;

    public PyDict() {
        super(TYPE);
    }

    PyDict(PyType type) {
        super(type);
    }

    /** Instances of Python subclasses of dict. */
    public static final class Derived extends PyDict implements HasDict {
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
    // The table

    /** The current table (see the class comment on caching). */
    public final Table table() {
        return table;
    }

    public final int size() {
        return used;
    }

    private static boolean sameKey(PyObject k, long kh, PyObject key, long hash) {
        return k == key || (kh == hash && k != null && keysEqualFast(k, key));
    }

    /** Equality without calling Python code, for exact str and int keys; false otherwise. */
    private static boolean keysEqualFast(PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return a.equals(b);
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyInt.compare((PyInt) a, (PyInt) b) == 0;
        }
        return false;
    }

    private static boolean fastComparable(PyObject k) {
        Class<?> c = k.getClass();
        return c == PyStr.class || c == PyInt.class;
    }

    /**
     * {@code lookdict}: the entry index of {@code key} in the current table, or -1. Equal hashes of
     * non-identical keys are compared with {@code ==}; if that comparison changes the dict, the lookup
     * starts over, as CPython's.
     */
    private int lookup(PyObject key, long hash) {
        restart:
        for (;;) {
            Table t = table;
            int[] indices = t.indices;
            int mask = indices.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            for (;;) {
                int ix = indices[i];
                if (ix == EMPTY) {
                    return -1;
                }
                if (ix >= 0) {
                    PyObject k = t.keys[ix];
                    if (k == key) {
                        return ix;
                    }
                    if (k != null && t.hashes[ix] == hash) {
                        if (fastComparable(k) && fastComparable(key)) {
                            if (keysEqualFast(k, key)) {
                                return ix;
                            }
                        } else {
                            boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                            if (table != t || t.keys[ix] != k) {
                                continue restart;
                            }
                            if (eq) {
                                return ix;
                            }
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** A free index slot for a key known to be absent ({@code find_empty_slot}). */
    private static int findEmptySlot(int[] indices, long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Rebuilds the table with room for {@code minUsed} more inserts, dropping deleted entries. */
    private void resize(int minSize) {
        int size = MIN_SIZE;
        while (size < minSize) {
            size <<= 1;
        }
        Table old = table;
        Table t = new Table(size);
        int n = 0;
        for (int j = 0; j < old.nentries; j++) {
            PyObject v = old.values[j];
            if (v != null) {
                t.hashes[n] = old.hashes[j];
                t.keys[n] = old.keys[j];
                t.values[n] = v;
                t.indices[findEmptySlot(t.indices, old.hashes[j])] = n;
                n++;
            }
        }
        t.nentries = n;
        table = t;
    }

    // ---------------------------------------------------------------------------------------------
    // Java-level API (CPython's PyDict_*)

    /** {@code PyDict_GetItemWithError}: the value for {@code key}, or null. Raises for unhashable keys. */
    public PyObject getItem(PyObject key) {
        long h = Abstract.hash(key);
        return getItem(key, h);
    }

    /** The value for {@code key} with a precomputed hash, or null. */
    public PyObject getItem(PyObject key, long hash) {
        int ix = lookup(key, hash);
        if (ix < 0) {
            return null;
        }
        return table.values[ix];
    }

    /** The value for a str key, or null (the common case for namespaces). */
    /**
     * The entry index of {@code key} in the current {@link #table()}, or -1 (for the interpreter's inline
     * caches: read {@code table()} before and after to know which table the index belongs to).
     */
    public int entryIndex(PyStr key) {
        return lookup(key, key.hash());
    }

    public PyObject getItem(PyStr key) {
        return getItem(key, key.hash());
    }

    /** {@code PyDict_SetItem}. */
    public void setItem(PyObject key, PyObject value) {
        setItem(key, Abstract.hash(key), value);
    }

    /** {@code PyDict_SetItem} with a precomputed hash. */
    public void setItem(PyObject key, long hash, PyObject value) {
        synchronized (this) {
            int ix = lookup(key, hash);
            Table t = table;
            if (ix >= 0) {
                t.values[ix] = value;
                return;
            }
            if (t == EMPTY_TABLE || t.nentries >= t.keys.length) {
                resize(Math.max(MIN_SIZE, (used + 1) * 3));
                t = table;
            }
            int n = t.nentries;
            t.hashes[n] = hash;
            t.keys[n] = key;
            t.values[n] = value;
            t.indices[findEmptySlot(t.indices, hash)] = n;
            t.nentries = n + 1;
            used++;
        }
    }

    /**
     * Replaces the value of entry {@code ix} when that entry is live and its key is {@code key} itself
     * (for the interpreter's STORE_ATTR cache, whose index hint may be stale); false changes nothing.
     */
    public boolean replaceValueAt(int ix, PyStr key, PyObject value) {
        synchronized (this) {
            Table t = table;
            if (ix < t.nentries && t.keys[ix] == key && t.values[ix] != null) {
                t.values[ix] = value;
                return true;
            }
            return false;
        }
    }

    /** {@link #setItem(PyObject, PyObject)} for a str key, returning the key's entry index afterwards. */
    public int setItemIndex(PyStr key, PyObject value) {
        long hash = key.hash();
        synchronized (this) {
            setItem(key, hash, value);
            return lookup(key, hash);
        }
    }

    /** Deletes {@code key}; returns the old value, or null when absent. */
    public PyObject delItemIfPresent(PyObject key) {
        long hash = Abstract.hash(key);
        synchronized (this) {
            int ix = lookup(key, hash);
            if (ix < 0) {
                return null;
            }
            Table t = table;
            PyObject old = t.values[ix];
            // Find the index slot pointing at ix and make it a dummy.
            int[] indices = t.indices;
            int mask = indices.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (indices[i] != ix) {
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            indices[i] = DUMMY;
            t.keys[ix] = null;
            t.values[ix] = null;
            used--;
            return old;
        }
    }

    /** {@code PyDict_DelItem}: KeyError when absent. */
    public void delItem(PyObject key) {
        if (delItemIfPresent(key) == null) {
            throw PyErr.newException(PyExc.KeyError, key);
        }
    }

    public boolean containsKey(PyObject key) {
        return lookup(key, Abstract.hash(key)) >= 0;
    }

    /** The keys, in order. */
    public PyObject[] keysArray() {
        Table t = table;
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int j = 0; j < t.nentries && n < out.length; j++) {
            if (t.values[j] != null) {
                out[n++] = t.keys[j];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The values, in order. */
    public PyObject[] valuesArray() {
        Table t = table;
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int j = 0; j < t.nentries && n < out.length; j++) {
            PyObject v = t.values[j];
            if (v != null) {
                out[n++] = v;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** {@code dict.copy()} for any dict (the result is an exact dict). */
    public PyDict copy() {
        PyDict d = new PyDict();
        Table old = table;
        int n = used;
        if (n == 0) {
            return d;
        }
        // The keys are known distinct: place them without comparing (CPython clones the keys table, so
        // colliding keys' __eq__ is never called by copy()).
        int size = MIN_SIZE;
        while ((size << 1) / 3 < n) {
            size <<= 1;
        }
        Table t = new Table(size);
        int k = 0;
        for (int j = 0; j < old.nentries && k < n; j++) {
            PyObject v = old.values[j];
            if (v != null) {
                t.hashes[k] = old.hashes[j];
                t.keys[k] = old.keys[j];
                t.values[k] = v;
                t.indices[findEmptySlot(t.indices, old.hashes[j])] = k;
                k++;
            }
        }
        t.nentries = k;
        d.table = t;
        d.used = k;
        return d;
    }

    /** {@code PyDict_Update} from another dict. */
    public void update(PyDict other) {
        Table t = other.table;
        for (int j = 0; j < t.nentries; j++) {
            PyObject v = t.values[j];
            if (v != null) {
                setItem(t.keys[j], t.hashes[j], v);
            }
        }
    }

    /**
     * {@code _PyDict_Next}: the entry at or after {@code pos} as (index, key, value) visited by
     * {@code visitor}; iteration helper for Java code.
     */
    public void forEach(java.util.function.BiConsumer<PyObject, PyObject> visitor) {
        Table t = table;
        for (int j = 0; j < t.nentries; j++) {
            PyObject v = t.values[j];
            if (v != null) {
                visitor.accept(t.keys[j], v);
            }
        }
    }

    /** The hash stored for the live entry of {@code key} ({@code _PyDict_Next}'s hash), for set updates. */
    long[] entryHashes() {
        Table t = table;
        long[] out = new long[used];
        int n = 0;
        for (int j = 0; j < t.nentries && n < out.length; j++) {
            if (t.values[j] != null) {
                out[n++] = t.hashes[j];
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // Slots

    @PySlot(Slot.tp_new)
    static PyObject dictNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return type == TYPE ? new PyDict() : new Derived(type);
    }

    @PySlot(value = Slot.tp_init, sig = "arg=NULL, /, **kwargs")
    void init(PyObject arg, PyDict kwargs) {
        if (arg != null) {
            updateFrom(arg);
        }
        if (kwargs.size() > 0) {
            update(kwargs);
        }
    }

    /** {@code dict_update_arg}: a mapping (has {@code keys}) or an iterable of pairs. */
    void updateFrom(PyObject arg) {
        if (arg instanceof PyDict d && d.type.tp_iter == TYPE.tp_iter) {
            update(d);
            return;
        }
        PyObject keysMethod = Abstract.lookupAttr(arg, Id.keys);
        if (keysMethod != null) {
            PyObject it = Abstract.getIter(Abstract.call(keysMethod));
            PyObject k;
            while ((k = Abstract.next(it)) != null) {
                setItem(k, Abstract.getItem(arg, k));
            }
            return;
        }
        PyObject it = Abstract.getIter(arg);
        PyObject item;
        int i = 0;
        while ((item = Abstract.next(it)) != null) {
            PyObject[] pair;
            try {
                pair = Abstract.sequenceToArray(item);
            } catch (dev.kaa.runtime.PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErr.format(PyExc.TypeError,
                            "cannot convert dictionary update sequence element #%d to a sequence", i);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyErr.format(PyExc.ValueError,
                        "dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
            }
            setItem(pair[0], pair[1]);
            i++;
        }
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (used == 0) {
            return PyStr.ofChars("{}");
        }
        ThreadState ts = ThreadState.current();
        if (ts.reprEnter(this)) {
            return PyStr.ofChars("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            Table t = table;
            boolean first = true;
            for (int j = 0; j < t.nentries; j++) {
                PyObject v = t.values[j];
                if (v == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.reprEnterRecursive(t.keys[j]).toString()).append(": ")
                        .append(Abstract.reprEnterRecursive(v).toString());
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ts.reprLeave(this);
        }
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyDict o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = dictEqual(this, o);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    private static boolean dictEqual(PyDict a, PyDict b) {
        if (a.used != b.used) {
            return false;
        }
        Table t = a.table;
        for (int j = 0; j < t.nentries; j++) {
            PyObject v = t.values[j];
            if (v == null) {
                continue;
            }
            PyObject k = t.keys[j];
            PyObject bv = b.getItem(k, t.hashes[j]);
            if (bv == null) {
                return false;
            }
            if (bv != v && !Abstract.richCompareBool(v, bv, CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    @PySlot(Slot.mp_length)
    long len() {
        return used;
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        PyObject v = getItem(key);
        if (v != null) {
            return v;
        }
        if (getClass() != PyDict.class) {
            PyObject missing = type.lookup(Id.__missing__);
            if (missing != null) {
                return dev.kaa.runtime.slots.SlotFunctions.callDescr(missing, this, new PyObject[] {key});
            }
        }
        throw PyErr.newException(PyExc.KeyError, key);
    }

    @PySlot(Slot.mp_ass_subscript)
    void assSubscript(PyObject key, PyObject value) {
        if (value == null) {
            delItem(key);
        } else {
            setItem(key, value);
        }
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject key) {
        return containsKey(key);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PyDictIterator(PyDictIterator.KEY_TYPE, this, false);
    }

    @PySlot(Slot.nb_or)
    static PyObject nbOr(PyObject v, PyObject w) {
        if (!(v instanceof PyDict a) || !(w instanceof PyDict b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        // dict_or: PyDict_Copy makes an exact dict even for subclasses.
        PyDict r = a.copy();
        r.updateFrom(b);
        return r;
    }

    @PySlot(Slot.nb_inplace_or)
    PyObject inplaceOr(PyObject other) {
        updateFrom(other);
        return this;
    }

    // ---------------------------------------------------------------------------------------------
    // Methods

    @PyMethod(sig = "key, default=None, /", doc = "Return the value for key if key is in the dictionary, else default.")
    PyObject get(PyObject key, PyObject defaultValue) {
        PyObject v = getItem(key);
        return v != null ? v : defaultValue;
    }

    @PyMethod(sig = "key, default=None, /", doc = "Insert key with a value of default if key is not in the dictionary.\n\n"
            + "Return the value for key if key is in the dictionary, else default.")
    PyObject setdefault(PyObject key, PyObject defaultValue) {
        long h = Abstract.hash(key);
        synchronized (this) {
            PyObject v = getItem(key, h);
            if (v != null) {
                return v;
            }
            setItem(key, h, defaultValue);
            return defaultValue;
        }
    }

    @PyMethod(sig = "key, default=NULL, /", doc = "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
            + "If the key is not found, return the default if given; otherwise,\nraise a KeyError.")
    PyObject pop(PyObject key, PyObject defaultValue) {
        PyObject v = delItemIfPresent(key);
        if (v != null) {
            return v;
        }
        if (defaultValue != null) {
            return defaultValue;
        }
        throw PyErr.newException(PyExc.KeyError, key);
    }

    @PyMethod(doc = "Remove and return a (key, value) pair as a 2-tuple.\n\n"
            + "Pairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.")
    synchronized PyObject popitem() {
        if (used == 0) {
            throw PyErr.format(PyExc.KeyError, "popitem(): dictionary is empty");
        }
        Table t = table;
        int j = t.nentries - 1;
        while (t.values[j] == null) {
            j--;
        }
        PyObject k = t.keys[j];
        PyObject v = t.values[j];
        delItemIfPresent(k);
        // CPython shrinks nentries so the next popitem starts at the end again.
        t.nentries = j;
        return PyTuple.of(k, v);
    }

    @PyMethod(doc = "Return a set-like object providing a view on the dict's keys.")
    PyObject keys() {
        return new PyDictKeys(this);
    }

    @PyMethod(doc = "Return an object providing a view on the dict's values.")
    PyObject values() {
        return new PyDictValues(this);
    }

    @PyMethod(doc = "Return a set-like object providing a view on the dict's items.")
    PyObject items() {
        return new PyDictItems(this);
    }

    @PyMethod(name = "update", sig = "other=NULL, /, **kwargs", doc = "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.")
    void updateMethod(PyObject other, PyDict kwargs) {
        if (other != null) {
            updateFrom(other);
        }
        if (kwargs.size() > 0) {
            update(kwargs);
        }
    }

    @PyMethod(doc = "Remove all items from the dict.")
    synchronized void clear() {
        table = EMPTY_TABLE;
        used = 0;
    }

    @PyMethod(name = "copy", doc = "Return a shallow copy of the dict.")
    PyObject copyMethod() {
        return copy();
    }

    @PyMethod(classmethod = true, sig = "iterable, value=None, /", doc = "Create a new dictionary with keys from iterable and values set to value.")
    static PyObject fromkeys(PyType type, PyObject iterable, PyObject value) {
        PyObject d = Abstract.call(type);
        PyObject it = Abstract.getIter(iterable);
        PyObject k;
        while ((k = Abstract.next(it)) != null) {
            Abstract.setItem(d, k, value);
        }
        return d;
    }

    @PyMethod(doc = "Return a reverse iterator over the dict keys.")
    PyObject __reversed__() {
        return new PyDictIterator(PyDictIterator.REVERSE_KEY_TYPE, this, true);
    }

    @PyMethod(doc = "Return the size of the dict in memory, in bytes.")
    long __sizeof__() {
        Table t = table;
        return 48 + t.indices.length + 24L * t.keys.length;
    }

    @PyMethod(name = "__getitem__", sig = "key, /", doc = "Return self[key].")
    PyObject getitemMethod(PyObject key) {
        return subscript(key);
    }

    @PyMethod(name = "__contains__", sig = "key, /", doc = "True if the dictionary has the specified key, else False.")
    boolean containsMethod(PyObject key) {
        return containsKey(key);
    }

    @PyMethod(name = "__class_getitem__", classmethod = true, sig = "item, /", doc = "See PEP 585")
    static PyObject classGetitem(PyType type, PyObject item) {
        return new PyGenericAlias(type, item);
    }

}
