package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.slots.CompareOp;

/**
 * {@code list.sort()}: CPython's adaptive, stable natural mergesort ("timsort" with the powersort merge
 * policy of 3.12+), ported from {@code Objects/listobject.c} so that it makes exactly the same {@code <}
 * comparisons in the same order — which is observable when keys print, count, or raise. The algorithm
 * and its invariants are described in CPython's {@code Objects/listsort.txt}.
 *
 * <p>Keys and values move in lockstep when a key function was given ({@code values} non-null). The only
 * comparison is {@link #lt} ({@code ISLT}); for lists of exact ints, floats or strs it skips the
 * generic rich comparison, as CPython's pre-sort check does.
 */
final class ListSort {
    private static final int MAX_MINRUN = 64;
    private static final int MIN_GALLOP = 7;

    private final PyObject[] keys;
    private final PyObject[] values;
    private final int listlen;
    private final int kind;
    private int minGallop = MIN_GALLOP;
    private PyObject[] tmpKeys = new PyObject[0];
    private PyObject[] tmpValues = new PyObject[0];

    // The pending-runs stack: base index, length, power.
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private final int[] runPower = new int[85];
    private int n;

    private static final int GENERIC = 0;
    private static final int INTS = 1;
    private static final int FLOATS = 2;
    private static final int STRS = 3;
    /** Non-empty exact tuples; their first items are compared as {@link #tupleElemKind} says. */
    private static final int TUPLES = 4;

    /** How the first items of tuple keys compare (one of GENERIC, INTS, FLOATS, STRS), for TUPLES. */
    private final int tupleElemKind;

    private ListSort(PyObject[] keys, PyObject[] values, int len) {
        this.keys = keys;
        this.values = values;
        this.listlen = len;
        int k = keyKind(keys, len, false);
        if (k == TUPLES) {
            this.kind = TUPLES;
            this.tupleElemKind = keyKind(keys, len, true);
        } else {
            this.kind = k;
            this.tupleElemKind = GENERIC;
        }
    }

    /**
     * CPython's pre-sort check: the kind of every key (or, with {@code firstItems}, of the first item of
     * every tuple key) when all have one exact type with a cheaper exact comparison, else GENERIC. Skipping
     * the rich comparison for exact int, float and str is unobservable: their {@code <} cannot be
     * overridden and cannot raise.
     */
    private static int keyKind(PyObject[] keys, int len, boolean firstItems) {
        if (len < 2) {
            return GENERIC;
        }
        Class<?> c = firstOf(keys[0], firstItems).getClass();
        for (int i = 0; i < len; i++) {
            if (firstOf(keys[i], firstItems).getClass() != c) {
                return GENERIC;
            }
        }
        if (c == PyInt.class) {
            for (int i = 0; i < len; i++) {
                if (!((PyInt) firstOf(keys[i], firstItems)).isSmall()) {
                    return GENERIC;
                }
            }
            return INTS;
        }
        if (c == PyTuple.class && !firstItems) {
            for (int i = 0; i < len; i++) {
                if (((PyTuple) keys[i]).items.length == 0) {
                    return GENERIC;
                }
            }
            return TUPLES;
        }
        return c == PyFloat.class ? FLOATS : c == PyStr.class ? STRS : GENERIC;
    }

    private static PyObject firstOf(PyObject key, boolean firstItem) {
        return firstItem ? ((PyTuple) key).items[0] : key;
    }

    /** Sorts {@code keys[0..len)} (and {@code values} with them, if given) ascending, stably. */
    static void sort(PyObject[] keys, PyObject[] values, int len) {
        if (len < 2) {
            return;
        }
        new ListSort(keys, values, len).run();
    }

    private boolean lt(PyObject a, PyObject b) {
        return kind == TUPLES ? tupleLt(((PyTuple) a).items, ((PyTuple) b).items) : lt(kind, a, b);
    }

    private static boolean lt(int kind, PyObject a, PyObject b) {
        switch (kind) {
            case INTS:
                return ((PyInt) a).value < ((PyInt) b).value;
            case FLOATS:
                return ((PyFloat) a).value < ((PyFloat) b).value;
            case STRS:
                return ((PyStr) a).compareTo((PyStr) b) < 0;
            default:
                return Abstract.richCompareBool(a, b, CompareOp.LT);
        }
    }

    /**
     * {@code unsafe_tuple_compare}: the first unequal items decide (the first pair by the pre-checked
     * kind), else the lengths. Makes the same {@code ==} and {@code <} calls as tuple's own comparison.
     */
    private boolean tupleLt(PyObject[] v, PyObject[] w) {
        int vlen = v.length;
        int wlen = w.length;
        int i = 0;
        for (; i < vlen && i < wlen; i++) {
            if (!eq(v[i], w[i])) {
                break;
            }
        }
        if (i >= vlen || i >= wlen) {
            return vlen < wlen;
        }
        if (i == 0) {
            return lt(tupleElemKind, v[0], w[0]);
        }
        return ltAny(v[i], w[i]);
    }

    /** {@code PyObject_RichCompareBool(a, b, Py_EQ)}, exact int, float and str compared directly. */
    private static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        Class<?> c = a.getClass();
        if (c == b.getClass()) {
            if (c == PyStr.class) {
                return a.equals(b);
            }
            if (c == PyInt.class) {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                if (x.isSmall() && y.isSmall()) {
                    return x.value == y.value;
                }
            } else if (c == PyFloat.class) {
                return ((PyFloat) a).value == ((PyFloat) b).value;
            }
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /** {@code PyObject_RichCompareBool(a, b, Py_LT)}, exact int, float and str compared directly. */
    private static boolean ltAny(PyObject a, PyObject b) {
        Class<?> c = a.getClass();
        if (c == b.getClass()) {
            if (c == PyStr.class) {
                return ((PyStr) a).compareTo((PyStr) b) < 0;
            }
            if (c == PyInt.class) {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                if (x.isSmall() && y.isSmall()) {
                    return x.value < y.value;
                }
            } else if (c == PyFloat.class) {
                return ((PyFloat) a).value < ((PyFloat) b).value;
            }
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    private void run() {
        int nremaining = listlen;
        int lo = 0;
        int minrun = computeMinrun(nremaining);
        do {
            int r = countRun(lo, nremaining);
            if (r < minrun) {
                int force = Math.min(nremaining, minrun);
                binarySort(lo, force, r);
                r = force;
            }
            foundNewRun(lo, r);
            runBase[n] = lo;
            runLen[n] = r;
            n++;
            lo += r;
            nremaining -= r;
        } while (nremaining > 0);
        while (n > 1) {
            int k = n - 2;
            if (k > 0 && runLen[k - 1] < runLen[k + 1]) {
                --k;
            }
            mergeAt(k);
        }
    }

    private static int computeMinrun(int len) {
        int r = 0;
        while (len >= MAX_MINRUN) {
            r |= len & 1;
            len >>= 1;
        }
        return len + r;
    }

    private void swap(int i, int j) {
        PyObject t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        if (values != null) {
            t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private void reverse(int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            swap(lo, hi);
        }
    }

    /** {@code count_run}: length of the run at {@code lo}, made ascending in place. */
    private int countRun(int lo, int nremaining) {
        int k;
        for (k = 1; k < nremaining; ++k) {
            if (lt(keys[lo + k], keys[lo + k - 1])) {
                break;
            }
        }
        if (k == nremaining) {
            return k;
        }
        if (k > 1) {
            if (lt(keys[lo], keys[lo + k - 1])) {
                return k;
            }
            reverse(lo, lo + k);
        }
        ++k;
        int neq = 0;
        for (; k < nremaining; ++k) {
            if (lt(keys[lo + k], keys[lo + k - 1])) {
                if (neq != 0) {
                    ++neq;
                    reverse(lo + k - neq, lo + k);
                    neq = 0;
                }
            } else {
                if (lt(keys[lo + k - 1], keys[lo + k])) {
                    break;
                }
                ++neq;
            }
        }
        if (neq != 0) {
            ++neq;
            reverse(lo + k - neq, lo + k);
        }
        reverse(lo, lo + k);
        for (; k < nremaining; ++k) {
            if (lt(keys[lo + k], keys[lo + k - 1])) {
                break;
            }
        }
        return k;
    }

    /** {@code binarysort}: stable binary insertion of {@code [lo+ok, lo+len)} into the sorted prefix. */
    private void binarySort(int lo, int len, int ok) {
        if (ok == 0) {
            ++ok;
        }
        for (; ok < len; ++ok) {
            int l = 0;
            int r = ok;
            PyObject pivot = keys[lo + ok];
            do {
                int m = (l + r) >>> 1;
                if (lt(pivot, keys[lo + m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            } while (l < r);
            System.arraycopy(keys, lo + l, keys, lo + l + 1, ok - l);
            keys[lo + l] = pivot;
            if (values != null) {
                PyObject vp = values[lo + ok];
                System.arraycopy(values, lo + l, values, lo + l + 1, ok - l);
                values[lo + l] = vp;
            }
        }
    }

    private static int powerloop(long s1, long n1, long n2, long len) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= len) {
                a -= len;
                b -= len;
            } else if (b >= len) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void foundNewRun(int lo, int n2) {
        if (n > 0) {
            int s1 = runBase[n - 1];
            int n1 = runLen[n - 1];
            int power = powerloop(s1, n1, n2, listlen);
            while (n > 1 && runPower[n - 2] > power) {
                mergeAt(n - 2);
            }
            runPower[n - 1] = power;
        }
    }

    /** {@code gallop_left} over {@code a[base .. base+len)} (the keys array or a temp). */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[base + hint - ofs], key)) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** {@code gallop_right}. */
    private int gallopRight(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint + ofs])) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTmp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new PyObject[need];
            if (values != null) {
                tmpValues = new PyObject[need];
            }
        }
    }

    private void mergeAt(int i) {
        int pa = runBase[i];
        int na = runLen[i];
        int pb = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == n - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        --n;
        int k = gallopRight(keys[pb], keys, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(pa, na, pb, nb);
        } else {
            mergeHi(pa, na, pb, nb);
        }
    }

    private void copy(PyObject[] srcK, PyObject[] srcV, int src, PyObject[] dstK, PyObject[] dstV, int dst, int len) {
        System.arraycopy(srcK, src, dstK, dst, len);
        if (values != null) {
            System.arraycopy(srcV, src, dstV, dst, len);
        }
    }

    /** {@code merge_lo}: merges runs [pa, pa+na) and [pb, pb+nb) with na <= nb, a copied to temp. */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        copy(keys, values, pa, tmpKeys, tmpValues, 0, na);
        int dest = pa;
        int a = 0; // index into tmp
        int b = pb;
        moveToDest(keys, values, b++, dest++);
        --nb;
        try {
            if (nb == 0) {
                return;
            }
            if (na == 1) {
                copyB(dest, b, nb, a);
                na = 0;
                return;
            }
            int mg = minGallop;
            outer:
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lt(keys[b], tmpKeys[a])) {
                        moveToDest(keys, values, b++, dest++);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 0) {
                            break outer;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    } else {
                        moveToDest(tmpKeys, tmpValues, a++, dest++);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 1) {
                            copyB(dest, b, nb, a);
                            na = 0;
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    }
                }
                ++mg;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[b], tmpKeys, a, na, 0);
                    acount = k;
                    if (k != 0) {
                        copy(tmpKeys, tmpValues, a, keys, values, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            copyB(dest, b, nb, a);
                            na = 0;
                            return;
                        }
                        if (na == 0) {
                            break outer;
                        }
                    }
                    moveToDest(keys, values, b++, dest++);
                    --nb;
                    if (nb == 0) {
                        break outer;
                    }
                    k = gallopLeft(tmpKeys[a], keys, b, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        copy(keys, values, b, keys, values, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    moveToDest(tmpKeys, tmpValues, a++, dest++);
                    --na;
                    if (na == 1) {
                        copyB(dest, b, nb, a);
                        na = 0;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++mg;
                minGallop = mg;
            }
        } finally {
            if (na != 0) {
                copy(tmpKeys, tmpValues, a, keys, values, dest, na);
            }
        }
    }

    private void copyB(int dest, int b, int nb, int a) {
        copy(keys, values, b, keys, values, dest, nb);
        keys[dest + nb] = tmpKeys[a];
        if (values != null) {
            values[dest + nb] = tmpValues[a];
        }
    }

    private void moveToDest(PyObject[] srcK, PyObject[] srcV, int src, int dst) {
        keys[dst] = srcK[src];
        if (values != null) {
            values[dst] = srcV[src];
        }
    }

    /** {@code merge_hi}: merges runs with na >= nb, b copied to temp, filling from the right. */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        int dest = pb + nb - 1;
        copy(keys, values, pb, tmpKeys, tmpValues, 0, nb);
        int basea = pa;
        int b = nb - 1; // index into tmp
        int a = pa + na - 1;
        moveToDest(keys, values, a--, dest--);
        --na;
        try {
            if (na == 0) {
                return;
            }
            if (nb == 1) {
                copyA(dest, a, na, b);
                nb = 0;
                return;
            }
            int mg = minGallop;
            outer:
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lt(tmpKeys[b], keys[a])) {
                        moveToDest(keys, values, a--, dest--);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 0) {
                            break outer;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    } else {
                        moveToDest(tmpKeys, tmpValues, b--, dest--);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 1) {
                            copyA(dest, a, na, b);
                            nb = 0;
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    }
                }
                ++mg;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(tmpKeys[b], keys, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        a -= k;
                        copy(keys, values, a + 1, keys, values, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            break outer;
                        }
                    }
                    moveToDest(tmpKeys, tmpValues, b--, dest--);
                    --nb;
                    if (nb == 1) {
                        copyA(dest, a, na, b);
                        nb = 0;
                        return;
                    }
                    k = gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        b -= k;
                        copy(tmpKeys, tmpValues, b + 1, keys, values, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA(dest, a, na, b);
                            nb = 0;
                            return;
                        }
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    moveToDest(keys, values, a--, dest--);
                    --na;
                    if (na == 0) {
                        break outer;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++mg;
                minGallop = mg;
            }
        } finally {
            if (nb != 0) {
                copy(tmpKeys, tmpValues, 0, keys, values, dest - (nb - 1), nb);
            }
        }
    }

    private void copyA(int dest, int a, int na, int b) {
        // The first element of run b belongs at the front of the merge.
        copy(keys, values, a - na + 1, keys, values, dest - na + 1, na);
        keys[dest - na] = tmpKeys[b];
        if (values != null) {
            values[dest - na] = tmpValues[b];
        }
    }
}
