package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.ast.AstRepr;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.CompareOp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code str}: an immutable sequence of Unicode code points, any of 0..0x10FFFF including lone surrogates.
 *
 * <p>Representation (see CPython's PEP 393 for the same idea): when every code point is at most U+FFFF the
 * string is a Java {@link String} with one char per code point ({@link #s}), which the JDK stores in one
 * byte per char when it can (compact strings); otherwise it is an {@code int[]} of code points
 * ({@link #cps}). Either way {@code len()} and indexing are O(1). A Java String holding a surrogate pair
 * in the first form means two lone surrogates, never an astral character: astral characters always use
 * the second form, so each code-point sequence has exactly one representation.
 *
 * <p>The hash is computed on first use with the running interpreter's secret and cached ({@link #hash}
 * 0 = not yet). Strings created in static initializers ({@link #shared}) are shared by all interpreters
 * and so never cache it.
 */
@PyClass(name = "str", doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
        + "Create a new string object from the given object. If encoding or\n"
        + "errors is specified, then the object must expose a data buffer\n"
        + "that will be decoded using the given encoding and error handler.\n"
        + "Otherwise, returns the result of object.__str__() (if defined)\n"
        + "or repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'.")
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyStrTable(), PyType.OBJECT, PyType.TPFLAGS_UNICODE_SUBCLASS);

    /** The empty string (its hash is 0 under every secret, so sharing it is safe). */
    public static final PyStr EMPTY = new PyStr(TYPE, "", null, 0);

    private static final long SHARED = -1;

    /**
     * The code points as chars ({@code String}) when all are at most U+FFFF, else null; or, for a str built
     * by concatenation onto a shared buffer, a {@link StrBuf.View} of it. Read it through {@link #js()}.
     */
    private final Object flat;
    /** The code points, when some are above U+FFFF; else null. */
    final int[] cps;
    /** Cached hash; 0 = not computed; {@link #SHARED} = shared string, never cached. */
    private long hash;

    PyStr(PyType type, String s, int[] cps, long hash) {
        super(type);
        this.flat = s;
        this.cps = cps;
        this.hash = hash;
    }

    /** A str of the chars in {@code view} (all code points at most U+FFFF). */
    private PyStr(StrBuf.View view) {
        super(TYPE);
        this.flat = view;
        this.cps = null;
    }

    /** The code points as chars when all are at most U+FFFF, else null. */
    final String js() {
        Object x = flat;
        if (x instanceof String s) {
            return s;
        }
        return x == null ? null : ((StrBuf.View) x).string();
    }

    // ---------------------------------------------------------------------------------------------
    // Construction

    /** The str with the code points of Java string {@code js} (surrogate pairs become astral characters). */
    public static PyStr of(String js) {
        if (js.isEmpty()) {
            return EMPTY;
        }
        for (int i = 0, n = js.length() - 1; i < n; i++) {
            if (Character.isHighSurrogate(js.charAt(i)) && Character.isLowSurrogate(js.charAt(i + 1))) {
                return new PyStr(TYPE, null, js.codePoints().toArray(), 0);
            }
        }
        return new PyStr(TYPE, js, null, 0);
    }

    /**
     * A str for a static constant, shared by every interpreter in the JVM: its hash is never cached, as
     * it depends on the interpreter's secret. Only for static initializers and tables.
     */
    public static PyStr shared(String js) {
        PyStr p = of(js);
        if (p == EMPTY) {
            return p;
        }
        return new PyStr(TYPE, p.js(), p.cps, SHARED);
    }

    /** The str made of {@code n} code points from {@code cps} starting at {@code off}. */
    public static PyStr fromCodePoints(int[] cps, int off, int n) {
        if (n == 0) {
            return EMPTY;
        }
        boolean wide = false;
        for (int i = off; i < off + n; i++) {
            if (cps[i] > 0xFFFF) {
                wide = true;
                break;
            }
        }
        if (wide) {
            return new PyStr(TYPE, null, Arrays.copyOfRange(cps, off, off + n), 0);
        }
        char[] cs = new char[n];
        for (int i = 0; i < n; i++) {
            cs[i] = (char) cps[off + i];
        }
        return new PyStr(TYPE, new String(cs), null, 0);
    }

    /** The str of one code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp > 0xFFFF) {
            return new PyStr(TYPE, null, new int[] {cp}, 0);
        }
        return new PyStr(TYPE, String.valueOf((char) cp), null, 0);
    }

    /** A str from chars that are known to be one code point each (no astral characters). */
    static PyStr ofChars(String chars) {
        return chars.isEmpty() ? EMPTY : new PyStr(TYPE, chars, null, 0);
    }

    /** Instances of Python subclasses of str. */
    public static final class Derived extends PyStr implements HasDict {
        private PyDict dict;

        Derived(PyType type, PyStr value) {
            super(type, value.js(), value.cps, 0);
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

    /** The number of code points. */
    public int length() {
        Object x = flat;
        if (x instanceof String s) {
            return s.length();
        }
        return x == null ? cps.length : ((StrBuf.View) x).len;
    }

    /** Code point {@code i}. */
    public int codePointAt(int i) {
        String s = js();
        return s != null ? s.charAt(i) : cps[i];
    }

    /** The code points as an array (a copy). */
    public int[] codePoints() {
        String s = js();
        if (cps != null) {
            return cps.clone();
        }
        int[] out = new int[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.charAt(i);
        }
        return out;
    }

    /** Code points {@code [start, end)} as a new str. */
    public PyStr substring(int start, int end) {
        String s = js();
        if (start == 0 && end == length() && getClass() == PyStr.class) {
            return this;
        }
        if (s != null) {
            return ofChars(s.substring(start, end));
        }
        return fromCodePoints(cps, start, end - start);
    }

    /** Whether all code points are ASCII. */
    /** Whether all code points are at most U+FFFF (then {@link #toString()} is the value, char for char). */
    public boolean isBmp() {
        return flat != null;
    }

    public boolean isAscii() {
        String s = js();
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The Java string: each code point as one char, or as a surrogate pair for astral characters. Lone
     * surrogates stay lone chars (encoders must reject them where Python would).
     */
    @Override
    public String toString() {
        String s = js();
        return s != null ? s : new String(cps, 0, cps.length);
    }

    /** Value equality (the same code points); Java's view of Python's {@code str.__eq__}. */
    @Override
    public boolean equals(Object o) {
        String s = js();
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyStr p)) {
            return false;
        }
        if (s != null) {
            return p.js() != null && s.equals(p.js());
        }
        return p.cps != null && Arrays.equals(cps, p.cps);
    }

    /** Java's hash of the value (not Python's {@link #hash()}). */
    @Override
    public int hashCode() {
        String s = js();
        return s != null ? s.hashCode() : Arrays.hashCode(cps);
    }

    /** {@code hash(self)} under the running interpreter's secret. */
    public final long hash() {
        long h = hash;
        if (h != 0 && h != SHARED) {
            return h;
        }
        if (length() == 0) {
            return 0;
        }
        return computeHash();
    }

    private long computeHash() {
        String s = js();
        ThreadState ts = ThreadState.current();
        long h = s != null ? PyHash.hashString(ts.interp.hashSecret, s) : PyHash.hashCodePoints(ts.interp.hashSecret, cps);
        if (hash != SHARED) {
            hash = h;
        }
        return h;
    }

    /** This string, or an equal one already interned in the running interpreter ({@code sys.intern}). */
    public PyStr intern() {
        return ThreadState.current().interp.intern(this);
    }

    /** Three-way comparison by code point (Python's str ordering). */
    public int compareTo(PyStr o) {
        String s = js();
        if (s != null && o.js() != null) {
            return s.compareTo(o.js());
        }
        int n = Math.min(length(), o.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(codePointAt(i), o.codePointAt(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(length(), o.length());
    }

    // ---------------------------------------------------------------------------------------------
    // Slots

    @PySlot(Slot.tp_new)
    static PyObject strNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_SPEC.unpack(args, off, nargs, kwnames);
        PyStr v;
        if (a[1] == null && a[2] == null) {
            v = a[0] == null ? EMPTY : Abstract.str(a[0]);
        } else {
            v = PyBytes.decode(a[0] == null ? PyBytes.EMPTY : a[0], a[1], a[2]);
        }
        if (type == TYPE) {
            return v;
        }
        return new Derived(type, v);
    }

    private static final dev.kaa.runtime.binding.ArgSpec NEW_SPEC = new dev.kaa.runtime.binding.ArgSpec(
            dev.kaa.runtime.binding.ArgSpec.Style.NEW, "str", new String[] {"object", "encoding", "errors"}, 0, 3,
            new boolean[] {false, false, false}, false, false);

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        String s = js();
        StringBuilder sb = new StringBuilder(length() + 2);
        dev.kaa.compiler.tokenize.PyRepr.str(sb, s != null ? codePoints() : cps);
        return PyStr.of(sb.toString());
    }

    @PySlot(Slot.tp_str)
    PyObject str() {
        String s = js();
        return getClass() == PyStr.class ? this : new PyStr(TYPE, s, cps, 0);
    }

    @PySlot(Slot.tp_hash)
    long hashSlot() {
        return hash();
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyStr o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (op == CompareOp.EQ) {
            return PyBool.of(equals(o));
        }
        if (op == CompareOp.NE) {
            return PyBool.of(!equals(o));
        }
        return PyBool.of(op.test(compareTo(o)));
    }

    @PySlot(Slot.sq_length)
    long len() {
        return length();
    }

    @PySlot(Slot.sq_item)
    PyObject item(long i) {
        if (i < 0 || i >= length()) {
            throw PyErr.format(PyExc.IndexError, "string index out of range");
        }
        return ofCodePoint(codePointAt((int) i));
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        if (key instanceof PySlice slice) {
            PySlice.Indices x = slice.indices(length());
            if (x.step() == 1) {
                return substring((int) x.start(), (int) (x.start() + x.length()));
            }
            int n = (int) x.length();
            int[] out = new int[n];
            long j = x.start();
            for (int k = 0; k < n; k++, j += x.step()) {
                out[k] = codePointAt((int) j);
            }
            return fromCodePoints(out, 0, n);
        }
        if (key instanceof PyInt || key.type().nb_index != null) {
            long i = Abstract.asIndex(key, PyExc.IndexError);
            if (i < 0) {
                i += length();
            }
            return item(i);
        }
        throw PyErr.format(PyExc.TypeError, "string indices must be integers, not '%s'", key.type().getName());
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject value) {
        if (!(value instanceof PyStr v)) {
            throw PyErr.format(PyExc.TypeError, "'in <string>' requires string as left operand, not %s",
                    value.type().getName());
        }
        return indexOf(v, 0, length()) >= 0;
    }

    /** The shortest str that {@code +} of a shorter piece moves onto a growable buffer (see StrBuf). */
    private static final int CONCAT_BUFFER_MIN = 256;

    @PySlot(Slot.sq_concat)
    PyObject concat(PyObject other) {
        if (!(other instanceof PyStr o)) {
            throw PyErr.format(PyExc.TypeError, "can only concatenate str (not \"%s\") to str", other.type().getName());
        }
        if (o.length() == 0 && getClass() == PyStr.class) {
            return this;
        }
        int len = length();
        if (len == 0 && o.getClass() == PyStr.class) {
            return o;
        }
        if (flat != null && o.flat != null) {
            String t = o.js();
            if ((long) len + t.length() > Integer.MAX_VALUE - 16) {
                throw PyErr.format(PyExc.OverflowError, "strings are too large to concat");
            }
            // s + t in a loop: append in place to the buffer this str was built on, when it is the latest
            // str on it (see StrBuf); start a buffer when a long str grows by a short piece.
            if (flat instanceof StrBuf.View v) {
                StrBuf.View r = v.append(t);
                if (r != null) {
                    return new PyStr(r);
                }
            }
            String s = js();
            if (len >= CONCAT_BUFFER_MIN && t.length() <= len >> 2) {
                return new PyStr(new StrBuf.View(new StrBuf(s, t), len + t.length()));
            }
            return ofChars(s.concat(t));
        }
        int[] a = codePoints();
        int[] b = o.codePoints();
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return fromCodePoints(r, 0, r.length);
    }

    @PySlot(Slot.sq_repeat)
    PyObject repeat(long n) {
        String s = js();
        if (n <= 0 || length() == 0) {
            return EMPTY;
        }
        if (n == 1 && getClass() == PyStr.class) {
            return this;
        }
        if ((long) length() * n > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.OverflowError, "repeated string is too long");
        }
        if (s != null) {
            return ofChars(s.repeat((int) n));
        }
        int[] r = new int[(int) (cps.length * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(cps, 0, r, k * cps.length, cps.length);
        }
        return new PyStr(TYPE, null, r, 0);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PyStrIterator(this);
    }

    /**
     * {@code fmt % args} for an exact str {@code fmt} and {@code args} not a str (whose type could take
     * precedence with {@code __rmod__}): str's {@code nb_remainder} never returns NotImplemented then.
     */
    public static PyStr percentFormat(PyStr fmt, PyObject args) {
        return PercentFormat.format(fmt, args);
    }

    /** {@code a + b} for exact strs. */
    public static PyStr concatStr(PyStr a, PyStr b) {
        return (PyStr) a.concat(b);
    }

    /** {@code str % args}: printf-style formatting. */
    @PySlot(Slot.nb_remainder)
    static PyObject mod(PyObject v, PyObject w) {
        if (!(v instanceof PyStr s)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PercentFormat.format(s, w);
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(getClass() == PyStr.class ? this : of(toString()));
    }

    @PyMethod(sig = "format_spec, /", doc = "Return a formatted version of the string as described by format_spec.")
    PyObject __format__(PyObject specArg) {
        if (!(specArg instanceof PyStr spec)) {
            throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %s",
                    specArg == PyNone.NONE ? "None" : specArg.type().getName());
        }
        if (spec.length() == 0) {
            // format_obj: str(self), which a subclass's __str__ may override
            return getClass() == PyStr.class ? this : Abstract.str(this);
        }
        return Formatting.formatStr(this, spec.toString(), type().getName());
    }

    // ---------------------------------------------------------------------------------------------
    // Searching helpers

    /** Index of {@code sub} in code points {@code [start, end)}, or -1. */
    int indexOf(PyStr sub, int start, int end) {
        String s = js();
        int n = sub.length();
        if (start > end || start > length()) {
            return -1;
        }
        if (n == 0) {
            return start;
        }
        if (s != null && sub.js() != null) {
            int i = s.indexOf(sub.js(), start);
            return i >= 0 && i + n <= end ? i : -1;
        }
        outer:
        for (int i = start; i + n <= end; i++) {
            for (int j = 0; j < n; j++) {
                if (codePointAt(i + j) != sub.codePointAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    int lastIndexOf(PyStr sub, int start, int end) {
        int n = sub.length();
        if (start > end || start > length()) {
            return -1;
        }
        outer:
        for (int i = end - n; i >= start; i--) {
            for (int j = 0; j < n; j++) {
                if (codePointAt(i + j) != sub.codePointAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** CPython's {@code ADJUST_INDICES} for optional start/end arguments (None or an index). */
    private long[] range(PyObject start, PyObject end) {
        long len = length();
        long st = start == null || start == PyNone.NONE ? 0 : sliceIndex(start);
        long en = end == null || end == PyNone.NONE ? len : sliceIndex(end);
        if (en > len) {
            en = len;
        } else if (en < 0) {
            en += len;
            if (en < 0) {
                en = 0;
            }
        }
        if (st < 0) {
            st += len;
            if (st < 0) {
                st = 0;
            }
        }
        return new long[] {st, en};
    }

    /** {@code _PyEval_SliceIndex} for a bound that is not None. */
    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.sliceIndex(o);
    }

    /** The str argument of partition() and the like ({@code PyUnicode_Partition}'s message). */
    private static PyStr arg(PyObject o, String what) {
        if (o instanceof PyStr p) {
            return p;
        }
        throw PyErr.format(PyExc.TypeError, "must be str, not %s", o.type().getName());
    }

    /** Clinic's {@code unicode} converter for positional argument {@code pos} of method {@code fname}. */
    private static PyStr clinicStr(PyObject o, String fname, int pos) {
        if (o instanceof PyStr p) {
            return p;
        }
        throw PyErr.format(PyExc.TypeError, "%s() argument %smust be str, not %s", fname,
                pos == 0 ? "" : pos + " ", o == PyNone.NONE ? "None" : o.type().getName());
    }

    // ---------------------------------------------------------------------------------------------
    // Methods

    @PyMethod(sig = "iterable, /", doc = "Concatenate any number of strings.")
    PyObject join(PyObject iterable) {
        PyObject[] items;
        try {
            items = Abstract.sequenceToArray(iterable);
        } catch (PyException e) {
            // PySequence_Fast's message for a non-iterable
            if (e.matches(PyExc.TypeError) && iterable.type().tp_iter == null && iterable.type().sq_item == null) {
                throw PyErr.format(PyExc.TypeError, "can only join an iterable");
            }
            throw e;
        }
        if (items.length == 1 && items[0].getClass() == PyStr.class) {
            return items[0];
        }
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "sequence item %d: expected str instance, %s found", i,
                        items[i].type().getName());
            }
        }
        return joinParts(this, items, 0, items.length);
    }

    /**
     * The strs {@code parts[start .. start+n)} concatenated ({@code BUILD_STRING} of f-strings): one copy
     * into a buffer of the exact size.
     */
    public static PyStr concat(PyObject[] parts, int start, int n) {
        return joinParts(null, parts, start, n);
    }

    /** The strs {@code parts[start .. start+n)} joined with {@code sep} (none if null), sized exactly. */
    private static PyStr joinParts(PyStr sep, PyObject[] parts, int start, int n) {
        if (n == 0) {
            return EMPTY;
        }
        boolean wide = sep != null && sep.cps != null;
        long total = sep == null ? 0 : (long) sep.length() * (n - 1);
        for (int i = start; i < start + n; i++) {
            PyStr p = (PyStr) parts[i];
            total += p.length();
            wide |= p.cps != null;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw PyErr.format(PyExc.OverflowError, "join() result is too long for a Python string");
        }
        if (total == 0) {
            return EMPTY;
        }
        if (!wide) {
            StringBuilder sb = new StringBuilder((int) total);
            String sepS = sep == null || sep.js().isEmpty() ? null : sep.js();
            for (int i = start; i < start + n; i++) {
                if (sepS != null && i > start) {
                    sb.append(sepS);
                }
                sb.append(((PyStr) parts[i]).js());
            }
            return new PyStr(TYPE, sb.toString(), null, 0);
        }
        int[] r = new int[(int) total];
        int k = 0;
        for (int i = start; i < start + n; i++) {
            if (sep != null && i > start) {
                k = sep.copyCodePoints(r, k);
            }
            k = ((PyStr) parts[i]).copyCodePoints(r, k);
        }
        return fromCodePoints(r, 0, k);
    }

    /** Copies the code points into {@code dst} at {@code at}; returns the index after them. */
    private int copyCodePoints(int[] dst, int at) {
        String s = js();
        if (cps != null) {
            System.arraycopy(cps, 0, dst, at, cps.length);
            return at + cps.length;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            dst[at++] = s.charAt(i);
        }
        return at;
    }

    @PyMethod(sig = "sep=None, maxsplit=-1", doc = "Return a list of the substrings in the string, using sep as the separator string.")
    PyObject split(PyObject sep, long maxsplit) {
        PyList out = new PyList();
        int len = length();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == PyNone.NONE) {
            String js = js();   // the chars, read directly in the loops (null: use cps)
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < len && isSpace(js != null ? js.charAt(i) : cps[i])) {
                    i++;
                }
                if (i == len) {
                    break;
                }
                int j = i;
                while (j < len && !isSpace(js != null ? js.charAt(j) : cps[j])) {
                    j++;
                }
                out.append(js != null && j - i < len ? new PyStr(TYPE, js.substring(i, j), null, 0) : substring(i, j));
                i = j;
            }
            while (i < len && isSpace(js != null ? js.charAt(i) : cps[i])) {
                i++;
            }
            if (i < len) {
                out.append(substring(i, len));
            }
            return out;
        }
        if (!(sep instanceof PyStr sp)) {
            throw PyErr.format(PyExc.TypeError, "must be str or None, not %s", sep.type().getName());
        }
        if (sp.length() == 0) {
            throw PyErr.format(PyExc.ValueError, "empty separator");
        }
        int i = 0;
        while (maxsplit-- > 0) {
            int j = indexOf(sp, i, len);
            if (j < 0) {
                break;
            }
            out.append(substring(i, j));
            i = j + sp.length();
        }
        out.append(substring(i, len));
        return out;
    }

    @PyMethod(sig = "sep=None, maxsplit=-1", doc = "Return a list of the substrings in the string, using sep as the separator string.")
    PyObject rsplit(PyObject sep, long maxsplit) {
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        int len = length();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == PyNone.NONE) {
            int j = len;
            while (maxsplit-- > 0) {
                while (j > 0 && isSpace(codePointAt(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(codePointAt(i - 1))) {
                    i--;
                }
                out.add(substring(i, j));
                j = i;
            }
            while (j > 0 && isSpace(codePointAt(j - 1))) {
                j--;
            }
            if (j > 0) {
                out.add(substring(0, j));
            }
        } else {
            if (!(sep instanceof PyStr sp)) {
                throw PyErr.format(PyExc.TypeError, "must be str or None, not %s", sep.type().getName());
            }
            if (sp.length() == 0) {
                throw PyErr.format(PyExc.ValueError, "empty separator");
            }
            int j = len;
            while (maxsplit-- > 0) {
                int i = lastIndexOf(sp, 0, j);
                if (i < 0) {
                    break;
                }
                out.add(substring(i + sp.length(), j));
                j = i;
            }
            out.add(substring(0, j));
        }
        java.util.Collections.reverse(out);
        return PyList.of(out.toArray(new PyObject[0]));
    }

    @PyMethod(sig = "keepends=False", doc = "Return a list of the lines in the string, breaking at line boundaries.")
    PyObject splitlines(boolean keepends) {
        PyList out = new PyList();
        int len = length();
        int i = 0;
        while (i < len) {
            int j = i;
            while (j < len && !isLineBreak(codePointAt(j))) {
                j++;
            }
            int eol = j;
            if (j < len) {
                if (codePointAt(j) == '\r' && j + 1 < len && codePointAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.append(substring(i, eol));
            i = j;
        }
        return out;
    }

    static boolean isLineBreak(int c) {
        return switch (c) {
            case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    /** Python's whitespace ({@code Py_UNICODE_ISSPACE}). */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    private PyObject doStrip(PyObject chars, boolean left, boolean right) {
        int i = 0;
        int j = length();
        if (chars == PyNone.NONE) {
            while (left && i < j && isSpace(codePointAt(i))) {
                i++;
            }
            while (right && j > i && isSpace(codePointAt(j - 1))) {
                j--;
            }
        } else {
            if (!(chars instanceof PyStr cs)) {
                throw PyErr.format(PyExc.TypeError, "%s arg must be None or str",
                        left && right ? "strip" : left ? "lstrip" : "rstrip");
            }
            while (left && i < j && cs.indexOfCp(codePointAt(i)) >= 0) {
                i++;
            }
            while (right && j > i && cs.indexOfCp(codePointAt(j - 1)) >= 0) {
                j--;
            }
        }
        return substring(i, j);
    }

    private int indexOfCp(int c) {
        for (int i = 0, n = length(); i < n; i++) {
            if (codePointAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    @PyMethod(sig = "chars=None, /", doc = "Return a copy of the string with leading and trailing whitespace removed.")
    PyObject strip(PyObject chars) {
        return doStrip(chars, true, true);
    }

    @PyMethod(sig = "chars=None, /", doc = "Return a copy of the string with leading whitespace removed.")
    PyObject lstrip(PyObject chars) {
        return doStrip(chars, true, false);
    }

    @PyMethod(sig = "chars=None, /", doc = "Return a copy of the string with trailing whitespace removed.")
    PyObject rstrip(PyObject chars) {
        return doStrip(chars, false, true);
    }

    private boolean matchAffix(PyObject affix, PyObject start, PyObject end, boolean prefix, String method) {
        long[] r = range(start, end);
        if (affix instanceof PyTuple t) {
            for (int k = 0; k < t.size(); k++) {
                PyObject a = t.get(k);
                if (!(a instanceof PyStr)) {
                    throw PyErr.format(PyExc.TypeError, "tuple for %s must only contain str, not %s", method,
                            a.type().getName());
                }
                if (matchOne((PyStr) a, r, prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(affix instanceof PyStr a)) {
            throw PyErr.format(PyExc.TypeError, "%s first arg must be str or a tuple of str, not %s", method,
                    affix.type().getName());
        }
        return matchOne(a, r, prefix);
    }

    private boolean matchOne(PyStr a, long[] r, boolean prefix) {
        long st = r[0];
        long en = r[1];
        int n = a.length();
        if (st > length()) {
            return false;
        }
        if (en - st < n) {
            return false;
        }
        long from = prefix ? st : en - n;
        for (int j = 0; j < n; j++) {
            if (codePointAt((int) from + j) != a.codePointAt(j)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(sig = "prefix, start=None, end=None, /", doc = "Return True if the string starts with the specified prefix, False otherwise.")
    boolean startswith(PyObject prefix, PyObject start, PyObject end) {
        return matchAffix(prefix, start, end, true, "startswith");
    }

    @PyMethod(sig = "suffix, start=None, end=None, /", doc = "Return True if the string ends with the specified suffix, False otherwise.")
    boolean endswith(PyObject suffix, PyObject start, PyObject end) {
        return matchAffix(suffix, start, end, false, "endswith");
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the lowest index in S where substring sub is found.")
    long find(PyObject sub, PyObject start, PyObject end) {
        PyStr p = clinicStr(sub, "find", 1);
        long[] r = range(start, end);
        return indexOf(p, (int) r[0], (int) r[1]);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the highest index in S where substring sub is found.")
    long rfind(PyObject sub, PyObject start, PyObject end) {
        PyStr p = clinicStr(sub, "rfind", 1);
        long[] r = range(start, end);
        return lastIndexOf(p, (int) r[0], (int) r[1]);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the lowest index in S where substring sub is found.")
    long index(PyObject sub, PyObject start, PyObject end) {
        long i = find(clinicStr(sub, "index", 1), start, end);
        if (i < 0) {
            throw PyErr.format(PyExc.ValueError, "substring not found");
        }
        return i;
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the highest index in S where substring sub is found.")
    long rindex(PyObject sub, PyObject start, PyObject end) {
        long i = rfind(clinicStr(sub, "rindex", 1), start, end);
        if (i < 0) {
            throw PyErr.format(PyExc.ValueError, "substring not found");
        }
        return i;
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the number of non-overlapping occurrences of substring sub in string S[start:end].")
    long count(PyObject sub, PyObject start, PyObject end) {
        PyStr p = clinicStr(sub, "count", 1);
        long[] r = range(start, end);
        if (r[0] > length()) {
            return 0;
        }
        if (p.length() == 0) {
            return Math.max(0, r[1] - r[0]) + 1;
        }
        long n = 0;
        int i = (int) r[0];
        while (true) {
            int j = indexOf(p, i, (int) r[1]);
            if (j < 0) {
                return n;
            }
            n++;
            i = j + p.length();
        }
    }

    @PyMethod(sig = "old, new, /, count=-1", doc = "Return a copy with all occurrences of substring old replaced by new.")
    PyObject replace(PyStr old, PyStr replacement, long count) {
        String s = js();
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (s != null && old.js() != null && replacement.js() != null && count == Long.MAX_VALUE && old.length() > 0) {
            return ofChars(s.replace(old.js(), replacement.js()));
        }
        StringBuilder sb = new StringBuilder();
        int len = length();
        int i = 0;
        if (old.length() == 0) {
            for (; i <= len && count > 0; count--) {
                sb.append(replacement.toString());
                if (i < len) {
                    sb.appendCodePoint(codePointAt(i));
                }
                i++;
            }
            if (i < len) {
                sb.append(substring(i, len).toString());
            }
            return fromJavaExact(sb);
        }
        while (count > 0) {
            int j = indexOf(old, i, len);
            if (j < 0) {
                break;
            }
            sb.append(substring(i, j).toString()).append(replacement.toString());
            i = j + old.length();
            count--;
        }
        sb.append(substring(i, len).toString());
        return fromJavaExact(sb);
    }

    /** A str from a Java string built out of other strs' {@link #toString()} forms. */
    private static PyStr fromJavaExact(CharSequence cs) {
        return of(cs.toString());
    }

    @PyMethod(doc = "Return a copy of the string converted to uppercase.")
    PyObject upper() {
        String s = js();
        if (isAscii()) {
            return ofChars(s.toUpperCase(java.util.Locale.ROOT));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = length(); i < n; i++) {
            sb.append(upperFull(codePointAt(i)));
        }
        return of(sb.toString());
    }

    @PyMethod(doc = "Return a copy of the string converted to lowercase.")
    PyObject lower() {
        String s = js();
        if (isAscii()) {
            return ofChars(s.toLowerCase(java.util.Locale.ROOT));
        }
        int[] cps = codePoints();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            appendLower(sb, cps, i);
        }
        return of(sb.toString());
    }

    /** The full (SpecialCasing) uppercase mapping of one code point. */
    private static String upperFull(int c) {
        if (c < 0x80) {
            return String.valueOf((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        }
        if (c >= 0xd800 && c <= 0xdfff) {
            return String.valueOf((char) c);
        }
        return new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code lower_ucs4}: the full lowercase mapping of cps[i], with the final-sigma rule for U+03A3. */
    private static void appendLower(StringBuilder sb, int[] cps, int i) {
        int c = cps[i];
        if (c == 0x3a3) {
            sb.append(finalSigma(cps, i) ? '\u03c2' : '\u03c3');
        } else if (c == 0x130) {
            sb.append("i\u0307");
        } else {
            sb.appendCodePoint(Character.toLowerCase(c));
        }
    }

    /** {@code handle_capital_sigma}: a cased letter before (skipping case-ignorables), none after. */
    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !isCased(cps[j]);
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers, and the word-internal punctuation. */
    private static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x387
                        || c == 0x55f || c == 0x5f4 || c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027
                        || c == 0xfe13 || c == 0xfe52 || c == 0xfe55 || c == 0xff07 || c == 0xff0e || c == 0xff1a;
        }
    }

    /** The full (SpecialCasing) titlecase mapping of one code point. */
    private static String titleFull(int c) {
        if (c == 0x149) {
            return "\u02bcN";
        }
        String u = upperFull(c);
        if (u.codePointCount(0, u.length()) == 1) {
            return new String(Character.toChars(Character.toTitleCase(c)));
        }
        if (c >= 0x1f80 && c <= 0x1fff && u.charAt(u.length() - 1) == '\u0399') {
            // Greek with ypogegrammeni: a precomposed titlecase letter if there is one, else the
            // ypogegrammeni stays a combining mark
            int t = Character.toTitleCase(c);
            return t != c ? new String(Character.toChars(t)) : u.substring(0, u.length() - 1) + "\u0345";
        }
        int first = u.codePointAt(0);
        int k = Character.charCount(first);
        return new String(Character.toChars(first)) + u.substring(k).toLowerCase(java.util.Locale.ROOT);
    }

    /** Full case folding: lower(upper(c)), with the exceptions where that is not CaseFolding.txt. */
    private static void appendFold(StringBuilder sb, int c) {
        if (c < 0x80) {
            sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else if (c == 0x1e9e) {
            sb.append("ss");
        } else if ((c >= 0x13f8 && c <= 0x13fd) || (c >= 0xab70 && c <= 0xabbf)) {
            sb.appendCodePoint(Character.toUpperCase(c)); // Cherokee folds to its uppercase
        } else if (c >= 0x13a0 && c <= 0x13f5) {
            sb.appendCodePoint(c);
        } else if (c == 0x130) {
            sb.append("i\u0307");
        } else if (c >= 0xd800 && c <= 0xdfff) {
            sb.append((char) c);
        } else {
            String u = upperFull(c);
            for (int k = 0; k < u.length(); ) {
                int x = u.codePointAt(k);
                k += Character.charCount(x);
                sb.appendCodePoint(x == 0x130 ? 0x130 : Character.toLowerCase(x));
            }
        }
    }

    @PyMethod(doc = "Return True if the string is a digit string, False otherwise.")
    boolean isdigit() {
        int n = length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = codePointAt(i);
            if (!isDigitChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Code points of category No whose Numeric_Type is Digit (superscripts, circled digits...), as ranges. */
    private static final int[] NO_DIGITS = {0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070,
        0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5,
        0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68,
        0x11052, 0x1105a, 0x1f100, 0x1f10a};

    /** Letters (CJK ideographs) with a Numeric_Type from Unihan, for isnumeric(). */
    private static final int[] LETTER_NUMERICS = {0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09,
        0x4e24, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4eac, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x4fe9,
        0x5006, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2,
        0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62d0,
        0x62fe, 0x634c, 0x67d2, 0x6d1e, 0x6f06, 0x7396, 0x767e, 0x7695, 0x79ed, 0x8086, 0x842c, 0x8cae, 0x8cb3,
        0x8d30, 0x920e, 0x94a9, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1,
        0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd,
        0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890};

    /** {@code Py_UNICODE_ISDIGIT}: Numeric_Type Decimal or Digit. */
    static boolean isDigitChar(int c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        for (int k = 0; k < NO_DIGITS.length; k += 2) {
            if (c >= NO_DIGITS[k] && c <= NO_DIGITS[k + 1]) {
                return true;
            }
        }
        return false;
    }

    @PyMethod(doc = "Return True if the string is an alphabetic string, False otherwise.")
    boolean isalpha() {
        int n = length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if the string is a whitespace string, False otherwise.")
    boolean isspace() {
        int n = length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isSpace(codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if all characters in the string are ASCII, False otherwise.")
    boolean isascii() {
        return length() == 0 || isAscii();
    }

    @PyMethod(sig = "width, fillchar=' ', /", doc = "Return a centered string of length width.")
    PyObject center(long width, PyObject fillchar) {
        return pad(width, fillchar, 0);
    }

    @PyMethod(sig = "width, fillchar=' ', /", doc = "Return a left-justified string of length width.")
    PyObject ljust(long width, PyObject fillchar) {
        return pad(width, fillchar, -1);
    }

    @PyMethod(sig = "width, fillchar=' ', /", doc = "Return a right-justified string of length width.")
    PyObject rjust(long width, PyObject fillchar) {
        return pad(width, fillchar, 1);
    }

    private PyObject pad(long width, PyObject fillchar, int where) {
        if (!(fillchar instanceof PyStr f) || f.length() != 1) {
            if (fillchar instanceof PyStr) {
                throw PyErr.format(PyExc.TypeError, "The fill character must be exactly one character long");
            }
            throw PyErr.format(PyExc.TypeError, "The fill character must be a unicode character, not %s",
                    fillchar.type().getName());
        }
        int len = length();
        if (width <= len) {
            return str();
        }
        long marg = width - len;
        long left;
        if (where < 0) {
            left = 0;
        } else if (where > 0) {
            left = marg;
        } else {
            // CPython's centering: extra space goes left when width is odd.
            left = marg / 2 + (marg & width & 1);
        }
        StringBuilder sb = new StringBuilder();
        String fc = f.toString();
        sb.repeat(fc, (int) left).append(toString()).repeat(fc, (int) (marg - left));
        return of(sb.toString());
    }

    @PyMethod(sig = "width, /", doc = "Pad a numeric string with zeros on the left, to fill a field of the given width.")
    PyObject zfill(long width) {
        int len = length();
        if (width <= len) {
            return str();
        }
        long fill = width - len;
        StringBuilder sb = new StringBuilder();
        String v = toString();
        int start = 0;
        if (len > 0 && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            sb.append(v.charAt(0));
            start = 1;
        }
        sb.repeat('0', (int) fill).append(v, start, v.length());
        return of(sb.toString());
    }

    @PyMethod(sig = "sep, /", doc = "Partition the string into three parts using the given separator.")
    PyObject partition(PyObject sep) {
        PyStr p = arg(sep, "partition");
        if (p.length() == 0) {
            throw PyErr.format(PyExc.ValueError, "empty separator");
        }
        int i = indexOf(p, 0, length());
        if (i < 0) {
            return PyTuple.of(str(), EMPTY, EMPTY);
        }
        return PyTuple.of(substring(0, i), p, substring(i + p.length(), length()));
    }

    @PyMethod(sig = "sep, /", doc = "Partition the string into three parts using the given separator.")
    PyObject rpartition(PyObject sep) {
        PyStr p = arg(sep, "rpartition");
        if (p.length() == 0) {
            throw PyErr.format(PyExc.ValueError, "empty separator");
        }
        int i = lastIndexOf(p, 0, length());
        if (i < 0) {
            return PyTuple.of(EMPTY, EMPTY, str());
        }
        return PyTuple.of(substring(0, i), p, substring(i + p.length(), length()));
    }

    @PyMethod(sig = "prefix, /", doc = "Return a str with the given prefix string removed if present.")
    PyObject removeprefix(PyObject prefixArg) {
        PyStr prefix = clinicStr(prefixArg, "removeprefix", 0);
        if (matchOne(prefix, new long[] {0, length()}, true)) {
            return substring(prefix.length(), length());
        }
        return str();
    }

    @PyMethod(sig = "suffix, /", doc = "Return a str with the given suffix string removed if present.")
    PyObject removesuffix(PyObject suffixArg) {
        PyStr suffix = clinicStr(suffixArg, "removesuffix", 0);
        if (suffix.length() > 0 && matchOne(suffix, new long[] {0, length()}, false)) {
            return substring(0, length() - suffix.length());
        }
        return str();
    }

    @PyMethod(sig = "encoding='utf-8', errors='strict'", doc = "Encode the string using the codec registered for encoding.")
    PyObject encode(String encoding, String errors) {
        return StrEncoder.encode(this, encoding, errors);
    }

    @PyMethod(sig = "x, y=NULL, z=NULL, /", staticmethod = true,
              doc = "Return a translation table usable for str.translate().\n\n"
                      + "If there is only one argument, it must be a dictionary mapping Unicode\n"
                      + "ordinals (integers) or characters to Unicode ordinals, strings or None.\n"
                      + "Character keys will be then converted to ordinals.\n"
                      + "If there are two arguments, they must be strings of equal length, and\n"
                      + "in the resulting dictionary, each character in x will be mapped to the\n"
                      + "character at the same position in y. If there is a third argument, it\n"
                      + "must be a string, whose characters will be mapped to None in the result.")
    static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        if (y != null && !(y instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "maketrans() argument 2 must be str, not %s", y.type().getName());
        }
        if (z != null && !(z instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "maketrans() argument 3 must be str, not %s", z.type().getName());
        }
        PyDict result = new PyDict();
        if (y == null) {
            if (x.getClass() != PyDict.class) {
                throw PyErr.format(PyExc.TypeError, "if you give only one argument to maketrans it must be a dict");
            }
            PyObject[] keys = ((PyDict) x).keysArray();
            PyObject[] values = ((PyDict) x).valuesArray();
            for (int i = 0; i < keys.length; i++) {
                PyObject key = keys[i];
                if (key instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyErr.format(PyExc.ValueError, "string keys in translate table must be of length 1");
                    }
                    result.setItem(PyInt.of(ks.codePointAt(0)), values[i]);
                } else if (key instanceof PyInt) {
                    result.setItem(key, values[i]);
                } else {
                    throw PyErr.format(PyExc.TypeError, "keys in translate table must be strings or integers");
                }
            }
            return result;
        }
        if (!(x instanceof PyStr xs)) {
            throw PyErr.format(PyExc.TypeError,
                    "first maketrans argument must be a string if there is a second argument");
        }
        PyStr ys = (PyStr) y;
        if (xs.length() != ys.length()) {
            throw PyErr.format(PyExc.ValueError, "the first two maketrans arguments must have equal length");
        }
        for (int i = 0, n = xs.length(); i < n; i++) {
            result.setItem(PyInt.of(xs.codePointAt(i)), PyInt.of(ys.codePointAt(i)));
        }
        if (z != null) {
            PyStr zs = (PyStr) z;
            for (int i = 0, n = zs.length(); i < n; i++) {
                result.setItem(PyInt.of(zs.codePointAt(i)), PyNone.NONE);
            }
        }
        return result;
    }

    @PyMethod(sig = "table, /", doc = "Replace each character in the string using the given translation table.\n\n"
            + "  table\n    Translation table, which must be a mapping of Unicode ordinals to\n"
            + "    Unicode ordinals, strings, or None.\n\n"
            + "The table must implement lookup/indexing via __getitem__, for instance a\n"
            + "dictionary or list.  If this operation raises LookupError, the character is\n"
            + "left untouched.  Characters mapped to None are deleted.")
    PyObject translate(PyObject table) {
        int n = length();
        StringBuilder sb = new StringBuilder(n);
        java.util.HashMap<Integer, PyObject> cache = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            int c = codePointAt(i);
            PyObject m = cache.get(c);
            if (m == null) {
                try {
                    m = Abstract.getItem(table, PyInt.of(c));
                } catch (PyException e) {
                    if (!e.matches(PyExc.LookupError)) {
                        throw e;
                    }
                    m = PyInt.of(c);
                }
                if (m instanceof PyInt mi) {
                    if (!mi.isSmall() || mi.value < 0 || mi.value > 0x10ffff) {
                        throw PyErr.format(PyExc.ValueError, "character mapping must be in range(0x110000)");
                    }
                } else if (m != PyNone.NONE && !(m instanceof PyStr)) {
                    throw PyErr.format(PyExc.TypeError, "character mapping must return integer, None or str");
                }
                cache.put(c, m);
            }
            if (m instanceof PyInt mi) {
                sb.appendCodePoint((int) mi.value);
            } else if (m instanceof PyStr ms) {
                sb.append(ms.toString());
            }
        }
        return of(sb.toString());
    }

    @PyMethod(doc = "Return a version of the string suitable for caseless comparisons.")
    PyObject casefold() {
        String s = js();
        if (isAscii()) {
            return ofChars(s.toLowerCase(java.util.Locale.ROOT));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = length(); i < n; i++) {
            appendFold(sb, codePointAt(i));
        }
        return of(sb.toString());
    }

    @PyMethod(doc = "Return True if the string is a valid Python identifier, False otherwise.")
    boolean isidentifier() {
        int n = length();
        if (n == 0) {
            return false;
        }
        int c0 = codePointAt(0);
        if (!(c0 == '_' || Character.isUnicodeIdentifierStart(c0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!Character.isUnicodeIdentifierPart(codePointAt(i)) || Character.isIdentifierIgnorable(codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(sig = "*args, **kwargs", doc = "Return a formatted version of the string, using substitutions from args and kwargs.\n"
            + "The substitutions are identified by braces ('{' and '}').")
    PyObject format(PyTuple args, PyDict kwargs) {
        return StrFormat.format(this, args.array(), kwargs);
    }

    @PyMethod(sig = "mapping, /", doc = "Return a formatted version of the string, using substitutions from mapping.\n"
            + "The substitutions are identified by braces ('{' and '}').")
    PyObject format_map(PyObject mapping) {
        return StrFormat.format(this, null, mapping);
    }

    @PyMethod(doc = "Return a version of the string where each word is titlecased.")
    PyObject title() {
        int[] cps = codePoints();
        StringBuilder sb = new StringBuilder(cps.length);
        boolean prevCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (prevCased) {
                appendLower(sb, cps, i);
            } else {
                sb.append(titleFull(c));
            }
            prevCased = isCased(c);
        }
        return of(sb.toString());
    }

    @PyMethod(doc = "Return a capitalized version of the string.")
    PyObject capitalize() {
        int[] cps = codePoints();
        StringBuilder sb = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                sb.append(titleFull(cps[0]));
            } else {
                appendLower(sb, cps, i);
            }
        }
        return of(sb.toString());
    }

    @PyMethod(doc = "Convert uppercase characters to lowercase and lowercase characters to uppercase.")
    PyObject swapcase() {
        int[] cps = codePoints();
        StringBuilder sb = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (Character.isUpperCase(c)) {
                appendLower(sb, cps, i);
            } else if (Character.isLowerCase(c)) {
                sb.append(upperFull(c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return of(sb.toString());
    }

    @PyMethod(sig = "tabsize=8", doc = "Return a copy where all tab characters are expanded using spaces.")
    PyObject expandtabs(long tabsize) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0, n = length(); i < n; i++) {
            int c = codePointAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long pad = tabsize - col % tabsize;
                    sb.repeat(' ', (int) pad);
                    col += pad;
                }
            } else {
                sb.appendCodePoint(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return of(sb.toString());
    }

    private boolean allAndNonEmpty(java.util.function.IntPredicate p) {
        int n = length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!p.test(codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if the string is an alpha-numeric string, False otherwise.")
    boolean isalnum() {
        return allAndNonEmpty(c -> Character.isLetter(c) || Character.isDigit(c)
                || Character.getType(c) == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER);
    }

    @PyMethod(doc = "Return True if the string is a decimal string, False otherwise.")
    boolean isdecimal() {
        return allAndNonEmpty(c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    }

    @PyMethod(doc = "Return True if the string is a numeric string, False otherwise.")
    boolean isnumeric() {
        return allAndNonEmpty(c -> {
            int t = Character.getType(c);
            return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER
                    || t == Character.OTHER_LETTER && Arrays.binarySearch(LETTER_NUMERICS, c) >= 0;
        });
    }

    @PyMethod(doc = "Return True if the string is a lowercase string, False otherwise.")
    boolean islower() {
        boolean cased = false;
        for (int i = 0, n = length(); i < n; i++) {
            int c = codePointAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (Character.isLowerCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    @PyMethod(doc = "Return True if the string is an uppercase string, False otherwise.")
    boolean isupper() {
        boolean cased = false;
        for (int i = 0, n = length(); i < n; i++) {
            int c = codePointAt(i);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    @PyMethod(doc = "Return True if the string is a title-cased string, False otherwise.")
    boolean istitle() {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0, n = length(); i < n; i++) {
            int c = codePointAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    @PyMethod(doc = "Return True if all characters in the string are printable, False otherwise.")
    boolean isprintable() {
        for (int i = 0, n = length(); i < n; i++) {
            if (!AstRepr.isPrintable(codePointAt(i))) {
                return false;
            }
        }
        return true;
    }
}
