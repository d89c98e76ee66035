package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.CompareOp;

/**
 * The hash table shared by {@code set} and {@code frozenset}: CPython's {@code Objects/setobject.c}
 * algorithm, ported exactly (probe sequence, linear probes, resize policy, merge shortcuts), because a
 * set's iteration order is its table order and must equal CPython's: {@code list({5, 3, 17})} is
 * observable. See {@code runtime/notes/set.md}.
 *
 * <p>An entry is unused (key null, hash 0), active, or a dummy left by a deletion ({@link #DUMMY}, hash
 * -1, which no real hash is). Writers to a mutable set synchronize on it; readers use the current
 * arrays, which are replaced whole on resize.
 */
abstract class PyAnySet extends PyObject {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted entry. */
    static final PyObject DUMMY = new PyObject(null) {
    };

    /**
     * The entry keys; replaced whole on resize, after {@link #hashes}, and volatile so that a lock-free
     * reader that sees a new {@code keys} also sees the new {@code hashes}.
     */
    volatile PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    /** Active and dummy entries. */
    int fill;
    /** Active entries. */
    int used;
    /** Where pop() resumes its search. */
    int finger;
    /** Cached frozenset hash, or -1. */
    long hash = -1;

    PyAnySet(PyType type) {
        super(type);
    }

    /** A new empty set of the base type ({@code set} or {@code frozenset}) of this one's type. */
    abstract PyAnySet newOfBaseType();

    public final int size() {
        return used;
    }

    // ---------------------------------------------------------------------------------------------
    // The table

    private static boolean strEq(PyObject a, PyObject b) {
        return a.getClass() == PyStr.class && b.getClass() == PyStr.class && a.equals(b);
    }

    /**
     * {@code set_lookkey}: the entry holding {@code key}, or an unused entry (key null) if absent. The index
     * refers to the current {@code keys}; callers that do not hold the set's lock use {@link #containsEntry}.
     */
    final int lookkey(PyObject key, long hash) {
        return (int) lookup(key, hash);
    }

    /** Whether {@code key} is present; safe without the lock (the answer comes from one table snapshot). */
    final boolean containsEntry(PyObject key, long hash) {
        return lookup(key, hash) >= (1L << 32);
    }

    /** The probe: low 32 bits the entry index, bit 32 set when the entry holds the key. */
    private long lookup(PyObject key, long hash) {
        restart:
        for (;;) {
            PyObject[] tk = keys;
            long[] th = hashes;
            if (th.length != tk.length) {
                // A resize is in progress on another thread.
                Thread.onSpinWait();
                continue;
            }
            int m = tk.length - 1;
            long perturb = hash;
            int i = (int) (hash & m);
            for (;;) {
                int entry = i;
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                do {
                    if (th[entry] == 0 && tk[entry] == null) {
                        return entry;
                    }
                    if (th[entry] == hash) {
                        PyObject startkey = tk[entry];
                        if (startkey == null) {
                            continue restart; // racing with a writer
                        }
                        if (startkey == key || strEq(startkey, key)) {
                            return entry | (1L << 32);
                        }
                        boolean cmp = Abstract.richCompareBool(startkey, key, CompareOp.EQ);
                        if (tk != keys || tk[entry] != startkey) {
                            continue restart;
                        }
                        if (cmp) {
                            return entry | (1L << 32);
                        }
                    }
                    entry++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** {@code set_add_entry}: inserts {@code key} unless present; may resize. */
    final void addEntry(PyObject key, long hash) {
        restart:
        for (;;) {
            PyObject[] tk = keys;
            long[] th = hashes;
            int m = mask;
            int i = (int) (hash & m);
            int freeslot = -1;
            long perturb = hash;
            for (;;) {
                int entry = i;
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                do {
                    if (th[entry] == 0 && tk[entry] == null) {
                        if (freeslot >= 0) {
                            used++;
                            tk[freeslot] = key;
                            th[freeslot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        tk[entry] = key;
                        th[entry] = hash;
                        if ((long) fill * 5 < (long) m * 3) {
                            return;
                        }
                        tableResize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (th[entry] == hash) {
                        PyObject startkey = tk[entry];
                        if (startkey == key || strEq(startkey, key)) {
                            return;
                        }
                        boolean cmp = Abstract.richCompareBool(startkey, key, CompareOp.EQ);
                        if (cmp) {
                            return;
                        }
                        if (tk != keys || tk[entry] != startkey) {
                            continue restart;
                        }
                        m = mask;
                    } else if (th[entry] == -1) {
                        freeslot = entry;
                    }
                    entry++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** {@code set_insert_clean}: for keys known absent, in a table without dummies. */
    private static void insertClean(PyObject[] tk, long[] th, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        for (;;) {
            int entry = i;
            if (tk[entry] == null) {
                tk[entry] = key;
                th[entry] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 0; j < LINEAR_PROBES; j++) {
                    entry++;
                    if (tk[entry] == null) {
                        tk[entry] = key;
                        th[entry] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minused}, rebuilt in table order. */
    final void tableResize(long minused) {
        long newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        if (newsize > (1 << 30)) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        PyObject[] ok = keys;
        long[] oh = hashes;
        if (newsize == MINSIZE && ok.length == MINSIZE && fill == used) {
            return;
        }
        PyObject[] nk = new PyObject[(int) newsize];
        long[] nh = new long[(int) newsize];
        int nm = (int) newsize - 1;
        for (int j = 0; j < ok.length; j++) {
            PyObject k = ok[j];
            if (k != null && k != DUMMY) {
                insertClean(nk, nh, nm, k, oh[j]);
            }
        }
        fill = used;
        hashes = nh;
        mask = nm;
        keys = nk;
    }

    /** {@code set_discard_entry}: true if the key was present. */
    final boolean discardEntry(PyObject key, long hash) {
        int e = lookkey(key, hash);
        if (keys[e] == null) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        return true;
    }

    /** {@code set_add_key}. */
    final void addKey(PyObject key) {
        addEntry(key, Abstract.hash(key));
    }

    /** Contains, retrying a mutable set key with its frozenset hash ({@code set_contains_lock_held}). */
    final boolean containsKey(PyObject key) {
        long h;
        try {
            h = Abstract.hash(key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            h = s.frozensetHash();
        }
        return containsEntry(key, h);
    }

    /** {@code set_clear_internal}. */
    final void clearTable() {
        hashes = new long[MINSIZE];
        keys = new PyObject[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        hash = -1;
    }

    /** {@code set_merge}: adds all of another set's entries, with CPython's shortcuts. */
    final void merge(PyAnySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            tableResize((long) (used + other.used) * 2);
        }
        PyObject[] ok = other.keys;
        long[] oh = other.hashes;
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (ok[i] != null) {
                    keys[i] = ok[i];
                    hashes[i] = oh[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = ok[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, oh[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = ok[i];
            if (k != null && k != DUMMY) {
                addEntry(k, oh[i]);
            }
        }
    }

    /** {@code set_update_internal}: from a set, a dict (its keys with their stored hashes) or an iterable. */
    final void updateFrom(PyObject other) {
        if (other instanceof PyAnySet s) {
            merge(s);
        } else if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            int dictsize = d.size();
            if ((long) (fill + dictsize) * 5 >= (long) mask * 3) {
                tableResize((long) (used + dictsize) * 2);
            }
            PyObject[] ks = d.keysArray();
            long[] hs = d.entryHashes();
            for (int i = 0; i < ks.length && i < hs.length; i++) {
                addEntry(ks[i], hs[i]);
            }
        } else {
            PyObject it = Abstract.getIter(other);
            PyObject k;
            while ((k = Abstract.next(it)) != null) {
                addKey(k);
            }
        }
    }

    /** The active keys in table (iteration) order. */
    final PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        PyObject[] tk = keys;
        for (int i = 0; i < tk.length && n < out.length; i++) {
            PyObject k = tk[i];
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** {@code frozenset_hash_impl}: order-independent, computed from the stored entry hashes. */
    final long frozensetHash() {
        long h = 0;
        long[] th = hashes;
        for (int i = 0; i <= mask; i++) {
            h ^= shuffleBits(th[i]);
        }
        if (((mask + 1 - fill) & 1) != 0) {
            h ^= shuffleBits(0);
        }
        if (((fill - used) & 1) != 0) {
            h ^= shuffleBits(-1);
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    // ---------------------------------------------------------------------------------------------
    // Set algebra (results have this set's base type)

    final PyAnySet copySet() {
        PyAnySet r = newOfBaseType();
        r.merge(this);
        return r;
    }

    /** {@code set_intersection}. */
    final PyAnySet intersectionWith(PyObject other) {
        if (other == this) {
            return copySet();
        }
        PyAnySet result = newOfBaseType();
        if (other instanceof PyAnySet o) {
            PyAnySet so = this;
            if (o.used > so.used) {
                PyAnySet t = so;
                so = o;
                o = t;
            }
            PyObject[] ok = o.keys;
            long[] oh = o.hashes;
            for (int i = 0; i < ok.length; i++) {
                PyObject k = ok[i];
                if (k != null && k != DUMMY && so.containsEntry(k, oh[i])) {
                    result.addEntry(k, oh[i]);
                }
            }
            return result;
        }
        PyObject it = Abstract.getIter(other);
        PyObject k;
        while ((k = Abstract.next(it)) != null) {
            long h = Abstract.hash(k);
            if (containsEntry(k, h)) {
                result.addEntry(k, h);
                if (result.used >= used) {
                    break;
                }
            }
        }
        return result;
    }

    /** {@code set_difference_update_internal}. */
    final void differenceUpdateFrom(PyObject other) {
        if (other == this) {
            clearTable();
            return;
        }
        if (other instanceof PyAnySet o) {
            if ((o.used >> 3) > used) {
                o = intersectionWith(o);
            }
            PyObject[] ok = o.keys;
            long[] oh = o.hashes;
            for (int i = 0; i < ok.length; i++) {
                PyObject k = ok[i];
                if (k != null && k != DUMMY) {
                    discardEntry(k, oh[i]);
                }
            }
        } else {
            PyObject it = Abstract.getIter(other);
            PyObject k;
            while ((k = Abstract.next(it)) != null) {
                discardEntry(k, Abstract.hash(k));
            }
        }
        if ((fill - used) > mask / 4) {
            tableResize(used > 50000 ? used * 2L : used * 4L);
        }
    }

    /** {@code set_difference}. */
    final PyAnySet difference(PyObject other) {
        long otherSize;
        if (other instanceof PyAnySet o) {
            otherSize = o.used;
        } else if (other.getClass() == PyDict.class) {
            otherSize = ((PyDict) other).size();
        } else {
            PyAnySet r = copySet();
            r.differenceUpdateFrom(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            PyAnySet r = copySet();
            r.differenceUpdateFrom(other);
            return r;
        }
        PyAnySet result = newOfBaseType();
        PyObject[] tk = keys;
        long[] th = hashes;
        for (int i = 0; i < tk.length; i++) {
            PyObject k = tk[i];
            if (k == null || k == DUMMY) {
                continue;
            }
            boolean in = other instanceof PyAnySet o ? o.containsEntry(k, th[i])
                    : ((PyDict) other).getItem(k, th[i]) != null;
            if (!in) {
                result.addEntry(k, th[i]);
            }
        }
        return result;
    }

    /** {@code set_symmetric_difference_update} for another set's entries. */
    final void symmetricDifferenceUpdateSet(PyAnySet other) {
        PyObject[] ok = other.keys;
        long[] oh = other.hashes;
        for (int i = 0; i < ok.length; i++) {
            PyObject k = ok[i];
            if (k != null && k != DUMMY && !discardEntry(k, oh[i])) {
                addEntry(k, oh[i]);
            }
        }
    }

    final void symmetricDifferenceUpdateFrom(PyObject other) {
        if (other == this) {
            clearTable();
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            PyObject[] ks = d.keysArray();
            long[] hs = d.entryHashes();
            for (int i = 0; i < ks.length; i++) {
                if (!discardEntry(ks[i], hs[i])) {
                    addEntry(ks[i], hs[i]);
                }
            }
        } else if (other instanceof PyAnySet o) {
            symmetricDifferenceUpdateSet(o);
        } else {
            PyAnySet o = newOfBaseType();
            o.updateFrom(other);
            symmetricDifferenceUpdateSet(o);
        }
    }

    /** {@code set_issubset}. */
    final boolean isSubsetOf(PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            PyAnySet tmp = intersectionWith(other);
            return tmp.used == used;
        }
        if (used > o.used) {
            return false;
        }
        PyObject[] tk = keys;
        long[] th = hashes;
        for (int i = 0; i < tk.length; i++) {
            PyObject k = tk[i];
            if (k != null && k != DUMMY && !o.containsEntry(k, th[i])) {
                return false;
            }
        }
        return true;
    }

    final boolean isSupersetOf(PyObject other) {
        if (other instanceof PyAnySet o) {
            return o.isSubsetOf(this);
        }
        PyObject it = Abstract.getIter(other);
        PyObject k;
        while ((k = Abstract.next(it)) != null) {
            if (!containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // Slots shared by set and frozenset

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        ThreadState ts = ThreadState.current();
        if (ts.reprEnter(this)) {
            return PyStr.of(type.getName() + "(...)");
        }
        try {
            if (used == 0) {
                return PyStr.of(type.getName() + "()");
            }
            String listrepr = Abstract.repr(PyList.of(toArray())).toString();
            String inner = listrepr.substring(1, listrepr.length() - 1);
            if (getClass() == PySet.class && type == PySet.TYPE) {
                return PyStr.of("{" + inner + "}");
            }
            return PyStr.of(type.getName() + "({" + inner + "})");
        } finally {
            ts.reprLeave(this);
        }
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject w, CompareOp op) {
        if (!(w instanceof PyAnySet o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        switch (op) {
            case EQ:
                if (used != o.used) {
                    return PyBool.FALSE;
                }
                if (hash != -1 && o.hash != -1 && hash != o.hash) {
                    return PyBool.FALSE;
                }
                return PyBool.of(isSubsetOf(o));
            case NE:
                return PyBool.of(!Abstract.isTrue(richcompare(w, CompareOp.EQ)));
            case LE:
                return PyBool.of(isSubsetOf(o));
            case GE:
                return PyBool.of(isSupersetOf(o));
            case LT:
                return PyBool.of(used < o.used && isSubsetOf(o));
            default:
                return PyBool.of(used > o.used && isSupersetOf(o));
        }
    }

    @PySlot(Slot.sq_length)
    long len() {
        return used;
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject key) {
        return containsKey(key);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PySetIterator(this);
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        if (!(v instanceof PyAnySet a) || !(w instanceof PyAnySet b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyAnySet r = a.copySet();
        if (a != b) {
            r.merge(b);
        }
        return r;
    }

    @PySlot(Slot.nb_and)
    static PyObject and(PyObject v, PyObject w) {
        if (!(v instanceof PyAnySet a) || !(w instanceof PyAnySet b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return a.intersectionWith(b);
    }

    @PySlot(Slot.nb_subtract)
    static PyObject sub(PyObject v, PyObject w) {
        if (!(v instanceof PyAnySet a) || !(w instanceof PyAnySet b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return a.difference(b);
    }

    @PySlot(Slot.nb_xor)
    static PyObject xor(PyObject v, PyObject w) {
        if (!(v instanceof PyAnySet a) || !(w instanceof PyAnySet b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyAnySet r = a.newOfBaseType();
        r.updateFrom(b);
        r.symmetricDifferenceUpdateSet(a);
        return r;
    }

    // ---------------------------------------------------------------------------------------------
    // Methods shared by set and frozenset

    @PyMethod(sig = "*others", doc = "Return a new set with elements from the set and all others.")
    PyObject union(PyTuple others) {
        PyAnySet r = copySet();
        for (PyObject o : others.array()) {
            if (o != this) {
                r.updateFrom(o);
            }
        }
        return r;
    }

    @PyMethod(sig = "*others", doc = "Return a new set with elements common to the set and all others.")
    PyObject intersection(PyTuple others) {
        if (others.size() == 0) {
            return copySet();
        }
        PyAnySet r = this;
        for (PyObject o : others.array()) {
            r = r.intersectionWith(o);
        }
        return r;
    }

    @PyMethod(sig = "*others", doc = "Return a new set with elements in the set that are not in the others.")
    PyObject difference(PyTuple others) {
        if (others.size() == 0) {
            return copySet();
        }
        PyAnySet r = difference(others.get(0));
        for (int i = 1; i < others.size(); i++) {
            r.differenceUpdateFrom(others.get(i));
        }
        return r;
    }

    @PyMethod(sig = "other, /", doc = "Return a new set with elements in either the set or other but not both.")
    PyObject symmetric_difference(PyObject other) {
        PyAnySet r = newOfBaseType();
        r.updateFrom(other);
        r.symmetricDifferenceUpdateSet(this);
        return r;
    }

    @PyMethod(sig = "other, /", doc = "Return True if two sets have a null intersection.")
    boolean isdisjoint(PyObject other) {
        if (other == this) {
            return used == 0;
        }
        if (other instanceof PyAnySet o) {
            PyAnySet so = this;
            if (o.used > so.used) {
                PyAnySet t = so;
                so = o;
                o = t;
            }
            PyObject[] ok = o.keys;
            long[] oh = o.hashes;
            for (int i = 0; i < ok.length; i++) {
                PyObject k = ok[i];
                if (k != null && k != DUMMY && so.containsEntry(k, oh[i])) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Abstract.getIter(other);
        PyObject k;
        while ((k = Abstract.next(it)) != null) {
            if (containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(sig = "other, /", doc = "Report whether another set contains this set.")
    boolean issubset(PyObject other) {
        return isSubsetOf(other);
    }

    @PyMethod(sig = "other, /", doc = "Report whether this set contains another set.")
    boolean issuperset(PyObject other) {
        return isSupersetOf(other);
    }

    @PyMethod(name = "__contains__", sig = "object, /", doc = "x.__contains__(y) <==> y in x.")
    boolean containsMethod(PyObject key) {
        return containsKey(key);
    }

    @PyMethod(doc = "S.__sizeof__() -> size of S in memory, in bytes")
    long __sizeof__() {
        return 200 + (keys.length > MINSIZE ? 16L * keys.length : 0);
    }

    @PyMethod(name = "__class_getitem__", classmethod = true, sig = "item, /", doc = "See PEP 585")
    static PyObject classGetitem(PyType type, PyObject item) {
        return new PyGenericAlias(type, item);
    }
}
