package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The methods {@code bytes} and {@code bytearray} share (CPython's {@code Objects/bytes_methods.c} and
 * {@code stringlib}), written once over a byte array and a length: {@link PyBytes} passes its value,
 * {@link PyByteArray} its buffer and size. Methods that build a new sequence return a bytes object or a
 * bytearray according to {@code ba}, as CPython's do for each type.
 */
public final class BytesOps {
    private BytesOps() {
    }

    /** A new {@code bytes} ({@code ba} false) or {@code bytearray} ({@code ba} true) owning {@code b}. */
    static PyObject make(byte[] b, boolean ba) {
        return ba ? new PyByteArray(b, b.length) : b.length == 0 ? PyBytes.EMPTY : new PyBytes(b);
    }

    static PyObject make(byte[] a, int from, int to, boolean ba) {
        return make(Arrays.copyOfRange(a, from, to), ba);
    }

    /** The bytes of a bytes-like object (bytes, bytearray) as an array of exactly its length, else null. */
    public static byte[] bufferOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray b) {
            return Arrays.copyOf(b.buf, b.size);
        }
        if (o instanceof PyMemoryView m) {
            return m.toByteArray();
        }
        return null;
    }

    /** The bytes of a bytes-like object; TypeError "a bytes-like object is required, not 'str'" otherwise. */
    public static byte[] buffer(PyObject o) {
        byte[] b = bufferOrNull(o);
        if (b == null) {
            throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'", o.type().getName());
        }
        return b;
    }

    /** A byte value 0..255 from an int-like object ("byte must be in range(0, 256)"). */
    static int byteValue(PyObject o) {
        long x = Abstract.asIndex(o, PyExc.ValueError);
        if (x < 0 || x > 255) {
            throw PyErr.format(PyExc.ValueError, "byte must be in range(0, 256)");
        }
        return (int) x;
    }

    /** The needle of find/count/index: a bytes-like object, or an int as a one-byte needle. */
    private static byte[] needle(PyObject sub) {
        byte[] b = bufferOrNull(sub);
        if (b != null) {
            return b;
        }
        if (sub instanceof PyInt || sub.type().nb_index != null) {
            return new byte[] {(byte) byteValue(sub)};
        }
        throw PyErr.format(PyExc.TypeError, "argument should be integer or bytes-like object, not '%s'",
                sub.type().getName());
    }

    /** start/end arguments (None allowed) adjusted to [0, n] as CPython's ADJUST_INDICES. */
    private static int[] range(PyObject start, PyObject end, int n) {
        long s = start == null || start == PyNone.NONE ? 0 : sliceIndexOrNone(start);
        long e = end == null || end == PyNone.NONE ? Long.MAX_VALUE : sliceIndexOrNone(end);
        if (e > n) {
            e = n;
        } else if (e < 0) {
            e += n;
            if (e < 0) {
                e = 0;
            }
        }
        if (s < 0) {
            s += n;
            if (s < 0) {
                s = 0;
            }
        }
        return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    private static long sliceIndexOrNone(PyObject o) {
        if (!(o instanceof PyInt) && o.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.sliceIndex(o);
    }

    static int indexOf(byte[] a, int from, int to, byte[] sub) {
        int m = sub.length;
        if (m == 0) {
            return from <= to ? from : -1;
        }
        byte first = sub[0];
        outer:
        for (int i = from; i + m <= to; i++) {
            if (a[i] != first) {
                continue;
            }
            for (int j = 1; j < m; j++) {
                if (a[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] a, int from, int to, byte[] sub) {
        int m = sub.length;
        if (from > to) {
            return -1;
        }
        outer:
        for (int i = to - m; i >= from; i--) {
            for (int j = 0; j < m; j++) {
                if (a[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------
    // Searching

    static long find(byte[] a, int n, PyObject sub, PyObject start, PyObject end) {
        byte[] s = needle(sub);
        int[] r = range(start, end, n);
        if (r[0] > n) {
            return -1;
        }
        return indexOf(a, r[0], r[1], s);
    }

    static long rfind(byte[] a, int n, PyObject sub, PyObject start, PyObject end) {
        byte[] s = needle(sub);
        int[] r = range(start, end, n);
        if (r[0] > n) {
            return -1;
        }
        return lastIndexOf(a, r[0], r[1], s);
    }

    static long index(byte[] a, int n, PyObject sub, PyObject start, PyObject end) {
        long i = find(a, n, sub, start, end);
        if (i < 0) {
            throw PyErr.format(PyExc.ValueError, "subsection not found");
        }
        return i;
    }

    static long rindex(byte[] a, int n, PyObject sub, PyObject start, PyObject end) {
        long i = rfind(a, n, sub, start, end);
        if (i < 0) {
            throw PyErr.format(PyExc.ValueError, "subsection not found");
        }
        return i;
    }

    static long count(byte[] a, int n, PyObject sub, PyObject start, PyObject end) {
        byte[] s = needle(sub);
        int[] r = range(start, end, n);
        if (r[0] > n) {
            return 0;
        }
        if (s.length == 0) {
            return Math.max(0, r[1] - r[0]) + 1;
        }
        long c = 0;
        int i = r[0];
        while ((i = indexOf(a, i, r[1], s)) >= 0) {
            c++;
            i += s.length;
        }
        return c;
    }

    static boolean contains(byte[] a, int n, PyObject v) {
        byte[] b = bufferOrNull(v);
        if (b != null) {
            return indexOf(a, 0, n, b) >= 0;
        }
        if (!(v instanceof PyInt) && v.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'", v.type().getName());
        }
        int x = byteValue(v);
        for (int i = 0; i < n; i++) {
            if ((a[i] & 0xff) == x) {
                return true;
            }
        }
        return false;
    }

    private static boolean tailMatch(byte[] a, int n, byte[] sub, int[] r, boolean end) {
        int s = r[0];
        int e = r[1];
        if (e - s < sub.length || s > n) {
            return false;
        }
        int at = end ? e - sub.length : s;
        return Arrays.equals(a, at, at + sub.length, sub, 0, sub.length);
    }

    static boolean startsOrEnds(byte[] a, int n, PyObject x, PyObject start, PyObject end, boolean atEnd) {
        int[] r = range(start, end, n);
        if (x instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                byte[] sub = bufferOrNull(t.get(i));
                if (sub == null) {
                    throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'",
                            t.get(i).type().getName());
                }
                if (tailMatch(a, n, sub, r, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        byte[] sub = bufferOrNull(x);
        if (sub == null) {
            throw PyErr.format(PyExc.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                    atEnd ? "endswith" : "startswith", x.type().getName());
        }
        return tailMatch(a, n, sub, r, atEnd);
    }

    // ---------------------------------------------------------------------------------------------
    // Character classes (ASCII only, as in CPython's bytes methods)

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isspace(byte[] a, int n) {
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isSpace(a[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    static boolean isalpha(byte[] a, int n) {
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isAlpha(a[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    static boolean isalnum(byte[] a, int n) {
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (!isAlpha(c) && !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isdigit(byte[] a, int n) {
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isDigit(a[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    static boolean isascii(byte[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean islower(byte[] a, int n) {
        boolean cased = false;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (isUpper(c)) {
                return false;
            }
            cased |= isLower(c);
        }
        return cased;
    }

    static boolean isupper(byte[] a, int n) {
        boolean cased = false;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (isLower(c)) {
                return false;
            }
            cased |= isUpper(c);
        }
        return cased;
    }

    static boolean istitle(byte[] a, int n) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    // ---------------------------------------------------------------------------------------------
    // Case conversions

    static PyObject lower(byte[] a, int n, boolean ba) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            r[i] = (byte) (isUpper(c) ? c + 32 : c);
        }
        return make(r, ba);
    }

    static PyObject upper(byte[] a, int n, boolean ba) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            r[i] = (byte) (isLower(c) ? c - 32 : c);
        }
        return make(r, ba);
    }

    static PyObject swapcase(byte[] a, int n, boolean ba) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            r[i] = (byte) (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c);
        }
        return make(r, ba);
    }

    static PyObject capitalize(byte[] a, int n, boolean ba) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (i == 0) {
                r[i] = (byte) (isLower(c) ? c - 32 : c);
            } else {
                r[i] = (byte) (isUpper(c) ? c + 32 : c);
            }
        }
        return make(r, ba);
    }

    static PyObject title(byte[] a, int n, boolean ba) {
        byte[] r = new byte[n];
        boolean previousCased = false;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (isLower(c)) {
                r[i] = (byte) (previousCased ? c : c - 32);
                previousCased = true;
            } else if (isUpper(c)) {
                r[i] = (byte) (previousCased ? c + 32 : c);
                previousCased = true;
            } else {
                r[i] = (byte) c;
                previousCased = false;
            }
        }
        return make(r, ba);
    }

    // ---------------------------------------------------------------------------------------------
    // Padding, stripping

    private static int fillByte(PyObject fill, String method) {
        if (fill == null) {
            return ' ';
        }
        byte[] f = bufferOrNull(fill);
        if (f == null || f.length != 1) {
            throw PyErr.format(PyExc.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", method,
                    fill.type().getName());
        }
        return f[0];
    }

    private static PyObject pad(byte[] a, int n, long left, long right, int fill, boolean ba) {
        if (left < 0) {
            left = 0;
        }
        if (right < 0) {
            right = 0;
        }
        if (left == 0 && right == 0) {
            return make(a, 0, n, ba);
        }
        if (n + left + right > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        byte[] r = new byte[(int) (n + left + right)];
        Arrays.fill(r, 0, (int) left, (byte) fill);
        System.arraycopy(a, 0, r, (int) left, n);
        Arrays.fill(r, (int) left + n, r.length, (byte) fill);
        return make(r, ba);
    }

    static PyObject ljust(byte[] a, int n, long width, PyObject fill, boolean ba) {
        return pad(a, n, 0, width - n, fillByte(fill, "ljust"), ba);
    }

    static PyObject rjust(byte[] a, int n, long width, PyObject fill, boolean ba) {
        return pad(a, n, width - n, 0, fillByte(fill, "rjust"), ba);
    }

    static PyObject center(byte[] a, int n, long width, PyObject fill, boolean ba) {
        int f = fillByte(fill, "center");
        long marg = width - n;
        if (marg <= 0) {
            return make(a, 0, n, ba);
        }
        long left = marg / 2 + (marg & width & 1);
        return pad(a, n, left, marg - left, f, ba);
    }

    static PyObject zfill(byte[] a, int n, long width, boolean ba) {
        if (n >= width) {
            return make(a, 0, n, ba);
        }
        long fill = width - n;
        PyObject p = pad(a, n, fill, 0, '0', ba);
        byte[] r = p instanceof PyBytes pb ? pb.value : ((PyByteArray) p).buf;
        if (n > 0 && (r[(int) fill] == '+' || r[(int) fill] == '-')) {
            r[0] = r[(int) fill];
            r[(int) fill] = '0';
        }
        return p;
    }

    /** strip (0), lstrip (1), rstrip (2) with optional bytes of characters to remove. */
    static PyObject strip(byte[] a, int n, PyObject chars, int how, boolean ba) {
        boolean[] set = null;
        if (chars != null && chars != PyNone.NONE) {
            byte[] c = buffer(chars);
            set = new boolean[256];
            for (byte b : c) {
                set[b & 0xff] = true;
            }
        }
        int i = 0;
        int j = n;
        if (how != 2) {
            while (i < j && (set == null ? isSpace(a[i] & 0xff) : set[a[i] & 0xff])) {
                i++;
            }
        }
        if (how != 1) {
            while (j > i && (set == null ? isSpace(a[j - 1] & 0xff) : set[a[j - 1] & 0xff])) {
                j--;
            }
        }
        return make(a, i, j, ba);
    }

    static PyObject removeprefix(byte[] a, int n, PyObject prefix, boolean ba) {
        byte[] p = buffer(prefix);
        if (p.length <= n && Arrays.equals(a, 0, p.length, p, 0, p.length)) {
            return make(a, p.length, n, ba);
        }
        return make(a, 0, n, ba);
    }

    static PyObject removesuffix(byte[] a, int n, PyObject suffix, boolean ba) {
        byte[] p = buffer(suffix);
        if (p.length > 0 && p.length <= n && Arrays.equals(a, n - p.length, n, p, 0, p.length)) {
            return make(a, 0, n - p.length, ba);
        }
        return make(a, 0, n, ba);
    }

    static PyObject expandtabs(byte[] a, int n, long tabsize, boolean ba) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        long col = 0;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (c == '\t') {
                if (tabsize > 0) {
                    long k = tabsize - col % tabsize;
                    col += k;
                    for (long q = 0; q < k; q++) {
                        out.write(' ');
                    }
                }
            } else {
                out.write(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return make(out.toByteArray(), ba);
    }

    // ---------------------------------------------------------------------------------------------
    // Splitting and joining

    static PyObject split(byte[] a, int n, PyObject sep, long maxsplit, boolean ba) {
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null || sep == PyNone.NONE) {
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < n && isSpace(a[i] & 0xff)) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (j < n && !isSpace(a[j] & 0xff)) {
                    j++;
                }
                out.append(make(a, i, j, ba));
                i = j;
            }
            while (i < n && isSpace(a[i] & 0xff)) {
                i++;
            }
            if (i < n) {
                out.append(make(a, i, n, ba));
            }
            return out;
        }
        byte[] s = buffer(sep);
        if (s.length == 0) {
            throw PyErr.format(PyExc.ValueError, "empty separator");
        }
        int i = 0;
        int j;
        while (maxsplit-- > 0 && (j = indexOf(a, i, n, s)) >= 0) {
            out.append(make(a, i, j, ba));
            i = j + s.length;
        }
        out.append(make(a, i, n, ba));
        return out;
    }

    static PyObject rsplit(byte[] a, int n, PyObject sep, long maxsplit, boolean ba) {
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null || sep == PyNone.NONE) {
            int j = n;
            while (maxsplit-- > 0) {
                while (j > 0 && isSpace(a[j - 1] & 0xff)) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(a[i - 1] & 0xff)) {
                    i--;
                }
                out.append(make(a, i, j, ba));
                j = i;
            }
            while (j > 0 && isSpace(a[j - 1] & 0xff)) {
                j--;
            }
            if (j > 0) {
                out.append(make(a, 0, j, ba));
            }
            out.reverse();
            return out;
        }
        byte[] s = buffer(sep);
        if (s.length == 0) {
            throw PyErr.format(PyExc.ValueError, "empty separator");
        }
        int j = n;
        int i;
        while (maxsplit-- > 0 && (i = lastIndexOf(a, 0, j, s)) >= 0) {
            out.append(make(a, i + s.length, j, ba));
            j = i;
        }
        out.append(make(a, 0, j, ba));
        out.reverse();
        return out;
    }

    static PyObject splitlines(byte[] a, int n, boolean keepends, boolean ba) {
        PyList out = new PyList();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && a[j] != '\n' && a[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (a[j] == '\r' && j + 1 < n && a[j + 1] == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.append(make(a, i, eol, ba));
            i = j;
        }
        return out;
    }

    static PyObject partition(byte[] a, int n, PyObject sep, boolean ba) {
        byte[] s = buffer(sep);
        if (s.length == 0) {
            throw PyErr.format(PyExc.ValueError, "empty separator");
        }
        int i = indexOf(a, 0, n, s);
        if (i < 0) {
            return PyTuple.of(make(a, 0, n, ba), make(new byte[0], ba), make(new byte[0], ba));
        }
        return PyTuple.of(make(a, 0, i, ba), make(s.clone(), ba), make(a, i + s.length, n, ba));
    }

    static PyObject rpartition(byte[] a, int n, PyObject sep, boolean ba) {
        byte[] s = buffer(sep);
        if (s.length == 0) {
            throw PyErr.format(PyExc.ValueError, "empty separator");
        }
        int i = lastIndexOf(a, 0, n, s);
        if (i < 0) {
            return PyTuple.of(make(new byte[0], ba), make(new byte[0], ba), make(a, 0, n, ba));
        }
        return PyTuple.of(make(a, 0, i, ba), make(s.clone(), ba), make(a, i + s.length, n, ba));
    }

    static PyObject join(byte[] a, int n, PyObject iterable, boolean ba) {
        PyObject[] items = Abstract.sequenceToArray(iterable);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] b = bufferOrNull(items[i]);
            if (b == null) {
                throw PyErr.format(PyExc.TypeError, "sequence item %d: expected a bytes-like object, %s found", i,
                        items[i].type().getName());
            }
            if (i > 0) {
                out.write(a, 0, n);
            }
            out.writeBytes(b);
        }
        return make(out.toByteArray(), ba);
    }

    static PyObject replace(byte[] a, int n, PyObject old, PyObject neu, long count, boolean ba) {
        byte[] o = buffer(old);
        byte[] w = buffer(neu);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        if (o.length == 0) {
            // Insert w before every byte and at the end, count times.
            int i = 0;
            while (count > 0 && i <= n) {
                out.writeBytes(w);
                count--;
                if (i < n) {
                    out.write(a[i]);
                }
                i++;
            }
            if (i <= n) {
                out.write(a, i, n - i);
            }
            return make(out.toByteArray(), ba);
        }
        int i = 0;
        int j;
        while (count > 0 && (j = indexOf(a, i, n, o)) >= 0) {
            out.write(a, i, j - i);
            out.writeBytes(w);
            i = j + o.length;
            count--;
        }
        out.write(a, i, n - i);
        return make(out.toByteArray(), ba);
    }

    static PyObject translate(byte[] a, int n, PyObject table, PyObject delete, boolean ba) {
        byte[] t = null;
        if (table != PyNone.NONE) {
            t = buffer(table);
            if (t.length != 256) {
                throw PyErr.format(PyExc.ValueError, "translation table must be 256 characters long");
            }
        }
        boolean[] del = new boolean[256];
        if (delete != null) {
            for (byte b : buffer(delete)) {
                del[b & 0xff] = true;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (!del[c]) {
                out.write(t == null ? c : t[c]);
            }
        }
        return make(out.toByteArray(), ba);
    }

    static PyObject maketrans(PyObject from, PyObject to) {
        byte[] f = buffer(from);
        byte[] t = buffer(to);
        if (f.length != t.length) {
            throw PyErr.format(PyExc.ValueError, "maketrans arguments must have same length");
        }
        byte[] r = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            r[f[i] & 0xff] = t[i];
        }
        return new PyBytes(r);
    }

    // ---------------------------------------------------------------------------------------------
    // Hex

    static PyObject hex(byte[] a, int n, PyObject sep, long bytesPerSep) {
        int sepChar = -1;
        if (sep != null) {
            byte[] sb;
            // As _Py_strhex_impl: the length first (TypeError for objects without one), then the type.
            if (Abstract.length(sep) != 1) {
                throw PyErr.format(PyExc.ValueError, "sep must be length 1.");
            }
            if (sep instanceof PyStr s) {
                int c = s.codePointAt(0);
                if (c > 127) {
                    throw PyErr.format(PyExc.ValueError, "sep must be ASCII.");
                }
                sepChar = c;
            } else if ((sb = bufferOrNull(sep)) != null) {
                if (sb.length != 1) {
                    throw PyErr.format(PyExc.ValueError, "sep must be length 1.");
                }
                sepChar = sb[0] & 0xff;
            } else {
                throw PyErr.format(PyExc.TypeError, "sep must be str or bytes.");
            }
        }
        StringBuilder sb = new StringBuilder(n * 3);
        long per = Math.abs(bytesPerSep);
        for (int i = 0; i < n; i++) {
            if (sepChar >= 0 && i > 0 && per > 0) {
                // Group from the right for positive bytes_per_sep, from the left for negative.
                boolean boundary = bytesPerSep > 0 ? (n - i) % per == 0 : i % per == 0;
                if (boundary) {
                    sb.append((char) sepChar);
                }
            }
            int b = a[i] & 0xff;
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return PyStr.of(sb.toString());
    }

    static byte[] fromhex(PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "fromhex() argument must be str, not %s", string.type().getName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int c = s.codePointAt(i);
            if (c == ' ' || (c >= 9 && c <= 13)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PyErr.format(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (i + 1 >= n) {
                throw PyErr.format(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position %d",
                        i + 1);
            }
            int c2 = s.codePointAt(i + 1);
            int lo = c2 > 127 ? -1 : Character.digit(c2, 16);
            if (lo < 0) {
                throw PyErr.format(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position %d",
                        i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------
    // Construction from an arbitrary source (bytes() and bytearray())

    /** The bytes for {@code bytes(source, encoding, errors)} / {@code bytearray(...)} (source non-null). */
    static byte[] fromSource(PyObject source, PyObject encoding, PyObject errors, String typeName) {
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "%s() argument 'encoding' must be str, not %s", typeName,
                    encoding.type().getName());
        }
        if (errors != null && !(errors instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "%s() argument 'errors' must be str, not %s", typeName,
                    errors.type().getName());
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw PyErr.format(PyExc.TypeError, "string argument without an encoding");
            }
            return ((PyBytes) s.encode(Abstract.str(encoding).toString(),
                    errors == null ? "strict" : Abstract.str(errors).toString())).value;
        }
        if (encoding != null || errors != null) {
            throw PyErr.format(PyExc.TypeError, encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        byte[] b = bufferOrNull(source);
        if (b != null) {
            return source instanceof PyBytes ? b.clone() : b;
        }
        if (source instanceof PyInt || source.type().nb_index != null) {
            long n = Abstract.asIndex(source, PyExc.OverflowError);
            if (n < 0) {
                throw PyErr.format(PyExc.ValueError, "negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw PyErr.newException(PyExc.MemoryError);
            }
            return new byte[(int) n];
        }
        PyObject[] items;
        try {
            items = Abstract.sequenceToArray(source);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.format(PyExc.TypeError, "cannot convert '%s' object to %s", source.type().getName(),
                        typeName);
            }
            throw e;
        }
        byte[] v = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long x = Abstract.asIndex(items[i], PyExc.ValueError);
            if (x < 0 || x > 255) {
                throw PyErr.format(PyExc.ValueError, "byte must be in range(0, 256)");
            }
            v[i] = (byte) x;
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------
    // printf-style formatting: bytes % args (CPython's _PyBytes_FormatEx)

    private static final PyStr BYTES_DUNDER = PyStr.shared("__bytes__");

    /** {@code %b}/{@code %s}: a bytes-like object or the result of {@code __bytes__}. */
    private static byte[] formatBytes(PyObject v) {
        byte[] b = bufferOrNull(v);
        if (b != null) {
            return b;
        }
        PyObject m = v.type().lookup(BYTES_DUNDER);
        if (m != null) {
            PyObject r = Abstract.callMethod(v, "__bytes__");
            if (!(r instanceof PyBytes rb)) {
                throw PyErr.format(PyExc.TypeError, "__bytes__ returned non-bytes (type %s)", r.type().getName());
            }
            return rb.value;
        }
        throw PyErr.format(PyExc.TypeError,
                "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.type().getName());
    }

    static PyObject percentFormat(byte[] f, int n, PyObject args, boolean ba) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 16);
        boolean isTuple = args instanceof PyTuple;
        PyObject[] items = isTuple ? ((PyTuple) args).array() : new PyObject[] {args};
        boolean mapping = !isTuple && args.type().mp_subscript != null && !(args instanceof PyBytes)
                && !(args instanceof PyStr) && !(args instanceof PyByteArray);
        int argi = 0;
        for (int i = 0; i < n; i++) {
            int c = f[i] & 0xff;
            if (c != '%') {
                out.write(c);
                continue;
            }
            int specStart = i;
            i++;
            if (i >= n) {
                throw PyErr.format(PyExc.ValueError, "incomplete format");
            }
            PyObject value = null;
            if (f[i] == '(') {
                if (!mapping) {
                    throw PyErr.format(PyExc.TypeError, "format requires a mapping");
                }
                int depth = 1;
                int ks = ++i;
                while (i < n && depth > 0) {
                    if (f[i] == '(') {
                        depth++;
                    } else if (f[i] == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyErr.format(PyExc.ValueError, "incomplete format key");
                }
                value = Abstract.getItem(args, new PyBytes(Arrays.copyOfRange(f, ks, i - 1)));
            }
            StringBuilder flags = new StringBuilder();
            boolean left = false;
            while (i < n && "-+ #0".indexOf(f[i]) >= 0) {
                left |= f[i] == '-';
                flags.append((char) f[i]);
                i++;
            }
            long width = -1;
            if (i < n && f[i] == '*') {
                if (argi >= items.length || mapping) {
                    throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
                }
                PyObject w = items[argi++];
                if (!(w instanceof PyInt)) {
                    throw PyErr.format(PyExc.TypeError, "* wants int");
                }
                width = Abstract.asIndex(w, PyExc.OverflowError);
                if (width < 0) {
                    left = true;
                    flags.append('-');
                    width = -width;
                }
                i++;
            } else {
                while (i < n && f[i] >= '0' && f[i] <= '9') {
                    width = (width < 0 ? 0 : width * 10) + (f[i] - '0');
                    i++;
                }
            }
            long prec = -1;
            if (i < n && f[i] == '.') {
                i++;
                prec = 0;
                if (i < n && f[i] == '*') {
                    if (argi >= items.length || mapping) {
                        throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
                    }
                    PyObject p = items[argi++];
                    if (!(p instanceof PyInt)) {
                        throw PyErr.format(PyExc.TypeError, "* wants int");
                    }
                    prec = Math.max(0, Abstract.asIndex(p, PyExc.OverflowError));
                    i++;
                } else {
                    while (i < n && f[i] >= '0' && f[i] <= '9') {
                        prec = prec * 10 + (f[i] - '0');
                        i++;
                    }
                }
            }
            while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErr.format(PyExc.ValueError, "incomplete format");
            }
            int conv = f[i] & 0xff;
            if (conv == '%') {
                out.write('%');
                continue;
            }
            if (value == null) {
                if (mapping) {
                    value = args;
                } else {
                    if (argi >= items.length) {
                        throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
                    }
                    value = items[argi++];
                }
            }
            byte[] body;
            switch (conv) {
                case 's', 'b' -> {
                    body = formatBytes(value);
                    if (prec >= 0 && prec < body.length) {
                        body = Arrays.copyOf(body, (int) prec);
                    }
                }
                case 'r', 'a' -> {
                    String r = Abstract.repr(value).toString();
                    StringBuilder sb = new StringBuilder(r.length());
                    r.codePoints().forEach(cp -> {
                        if (cp < 0x80) {
                            sb.append((char) cp);
                        } else if (cp < 0x100) {
                            sb.append(String.format("\\x%02x", cp));
                        } else if (cp < 0x10000) {
                            sb.append(String.format("\\u%04x", cp));
                        } else {
                            sb.append(String.format("\\U%08x", cp));
                        }
                    });
                    body = sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (prec >= 0 && prec < body.length) {
                        body = Arrays.copyOf(body, (int) prec);
                    }
                }
                case 'c' -> {
                    byte[] one = bufferOrNull(value);
                    if (one != null) {
                        if (one.length != 1) {
                            throw PyErr.format(PyExc.TypeError, "%c requires an integer in range(256) or a single byte");
                        }
                        body = one;
                    } else if (value instanceof PyInt || value.type().nb_index != null) {
                        PyInt iv = dev.kaa.runtime.PyNumber.index(value);
                        if (!iv.isSmall() || iv.longValue() < 0 || iv.longValue() > 255) {
                            throw PyErr.format(PyExc.OverflowError, "%c arg not in range(256)");
                        }
                        body = new byte[] {(byte) iv.longValue()};
                    } else {
                        throw PyErr.format(PyExc.TypeError, "%c requires an integer in range(256) or a single byte");
                    }
                }
                case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    // The numeric conversions are str's; their output is ASCII.
                    String spec = "%" + flags + (width >= 0 ? Long.toString(width) : "")
                            + (prec >= 0 ? "." + prec : "") + (char) conv;
                    String r = PercentFormat.format(PyStr.of(spec), PyTuple.of(value)).toString();
                    out.writeBytes(r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    continue;
                }
                default -> throw PyErr.format(PyExc.ValueError, "unsupported format character '%c' (0x%x) at index %d",
                        (char) conv, conv, i);
            }
            long pad = width - body.length;
            if (pad > 0 && !left) {
                for (long k = 0; k < pad; k++) {
                    out.write(' ');
                }
            }
            out.writeBytes(body);
            if (pad > 0 && left) {
                for (long k = 0; k < pad; k++) {
                    out.write(' ');
                }
            }
        }
        if (!mapping && argi < items.length) {
            throw PyErr.format(PyExc.TypeError, "not all arguments converted during bytes formatting");
        }
        return make(out.toByteArray(), ba);
    }

    /**
     * UTF-8 decoding of {@code b[off:off+len]} under error handler {@code errors} (strict, replace, ignore,
     * backslashreplace, surrogateescape) with CPython's rules for what one error covers (an invalid start
     * byte; the valid prefix of a sequence cut by a bad continuation byte or by the end of the data), then
     * {@code ending} appended. {@code object} is the bytes object a UnicodeDecodeError names (null: a copy
     * of the decoded range).
     */
    public static PyStr decodeUtf8(byte[] b, int off, int len, String errors, String ending, PyObject object) {
        boolean ascii = true;
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            String s = new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
            return PyStr.of(ending.isEmpty() ? s : s + ending);
        }
        int[] cps = new int[len + 2];
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                cps[n++] = c;
                i++;
                continue;
            }
            int need = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
            int cp = need == 1 ? c & 0x1f : need == 2 ? c & 0x0f : c & 0x07;
            int k = 1;
            boolean ok = need > 0;
            for (; ok && k <= need; k++) {
                if (i + k >= end) {
                    ok = false;
                    break;
                }
                int d = b[i + k] & 0xff;
                if ((d & 0xc0) != 0x80 || (k == 1 && ((c == 0xe0 && d < 0xa0) || (c == 0xed && d >= 0xa0)
                        || (c == 0xf0 && d < 0x90) || (c == 0xf4 && d >= 0x90)))) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (d & 0x3f);
            }
            if (ok) {
                cps[n++] = cp;
                i += need + 1;
                continue;
            }
            // An invalid sequence: bytes i .. i+k-1 (at least one byte).
            int bad = Math.max(1, need > 0 ? k : 1);
            switch (errors) {
                case "surrogateescape" -> {
                    for (int j = 0; j < bad; j++) {
                        cps[n++] = 0xdc00 + (b[i + j] & 0xff);
                    }
                }
                case "replace" -> cps[n++] = 0xfffd;
                case "ignore" -> {
                }
                case "backslashreplace" -> {
                    int[] grown = java.util.Arrays.copyOf(cps, cps.length + 4 * bad);
                    cps = grown;
                    for (int j = 0; j < bad; j++) {
                        String r = String.format("\\x%02x", b[i + j] & 0xff);
                        for (int q = 0; q < r.length(); q++) {
                            cps[n++] = r.charAt(q);
                        }
                    }
                }
                default -> {
                    if (!errors.equals("strict") && !errors.equals("surrogatepass") && !errors.equals("xmlcharrefreplace")
                            && !errors.equals("namereplace")) {
                        throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
                    }
                    String reason = need < 0 ? "invalid start byte"
                            : i + k >= end ? "unexpected end of data" : "invalid continuation byte";
                    throw PyErr.newException(PyExc.UnicodeDecodeError, PyStr.of("utf-8"),
                            object != null ? object : new PyBytes(java.util.Arrays.copyOfRange(b, off, end)),
                            PyInt.of(i - off), PyInt.of(i - off + bad), PyStr.of(reason));
                }
            }
            i += bad;
        }
        for (int k = 0; k < ending.length(); k++) {
            cps[n++] = ending.charAt(k);
        }
        return PyStr.fromCodePoints(cps, 0, n);
    }

    // ---------------------------------------------------------------------------------------------
    // Decoding with the common codecs (bytes.decode, bytearray.decode, str(b, encoding, errors))

    private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("hex", "hex-codec", "base64",
            "base64-codec", "rot13", "rot-13", "zlib", "zlib-codec", "bz2", "bz2-codec", "quopri", "quopri-codec",
            "quotedprintable", "uu", "uu-codec");

    /** Python's normalized codec name: lower case, '_' and ' ' as '-'. */
    static String normalizeEncoding(String encoding) {
        return encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    /** The error handler's replacement for bytes [s, e) of {@code b}, or null to raise the error. */
    private static String replacement(byte[] b, int s, int e, String errors) {
        switch (errors) {
            case "strict":
                return null;
            case "replace":
                return "\ufffd";
            case "ignore":
                return "";
            case "backslashreplace": {
                StringBuilder sb = new StringBuilder();
                for (int i = s; i < e; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xff));
                }
                return sb.toString();
            }
            case "surrogateescape": {
                StringBuilder sb = new StringBuilder();
                for (int i = s; i < e; i++) {
                    int c = b[i] & 0xff;
                    if (c < 0x80) {
                        return null;
                    }
                    sb.append((char) (0xdc00 + c));
                }
                return sb.toString();
            }
            case "surrogatepass", "xmlcharrefreplace", "namereplace":
                return null;
            default:
                throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
        }
    }

    private static PyException decodeError(String codec, PyObject obj, int s, int e, String reason) {
        return PyErr.newException(PyExc.UnicodeDecodeError, PyStr.of(codec), obj, PyInt.of(s), PyInt.of(e),
                PyStr.of(reason));
    }

    /** Appends code point or error replacement text to sb (code points above U+FFFF as surrogate pairs). */
    private static void bad(StringBuilder sb, byte[] b, int s, int e, String errors, String codec, PyObject obj,
                            String reason) {
        String r = replacement(b, s, e, errors);
        if (r == null) {
            throw decodeError(codec, obj, s, e, reason);
        }
        sb.append(r);
    }

    /**
     * {@code bytes.decode(encoding, errors)} for UTF-8 (also -sig and surrogatepass), Latin-1, ASCII, UTF-16
     * and UTF-32 (with BOMs), and the single-byte code pages of the JDK (as CPython's "charmap" codecs).
     */
    public static PyStr decode(byte[] b, String encoding, String errors, PyObject obj) {
        String enc = normalizeEncoding(encoding);
        switch (enc) {
            case "utf-8", "utf8", "u8", "utf", "cp65001":
                if (errors.equals("surrogatepass")) {
                    return decodeUtf8SurrogatePass(b, obj);
                }
                return decodeUtf8(b, 0, b.length, errors, "", obj);
            case "utf-8-sig", "utf8-sig": {
                int off = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
                return decodeUtf8(b, off, b.length - off, errors, "", obj);
            }
            case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100":
                return PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
            case "ascii", "us-ascii", "646": {
                StringBuilder sb = new StringBuilder(b.length);
                for (int i = 0; i < b.length; i++) {
                    int c = b[i] & 0xff;
                    if (c < 0x80) {
                        sb.append((char) c);
                    } else {
                        bad(sb, b, i, i + 1, errors, "ascii", obj, "ordinal not in range(128)");
                    }
                }
                return PyStr.of(sb.toString());
            }
            case "utf-16", "utf16", "utf-16-le", "utf-16le", "utf-16-be", "utf-16be": {
                boolean le = !enc.endsWith("be");
                int off = 0;
                if (enc.equals("utf-16") || enc.equals("utf16")) {
                    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                        off = 2;
                    } else if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                        off = 2;
                        le = false;
                    }
                }
                return decodeUtf16(b, off, le, errors, obj);
            }
            case "utf-32", "utf32", "utf-32-le", "utf-32le", "utf-32-be", "utf-32be": {
                boolean le = !enc.endsWith("be");
                int off = 0;
                if (enc.equals("utf-32") || enc.equals("utf32")) {
                    if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                        off = 4;
                    } else if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                        off = 4;
                        le = false;
                    }
                }
                return decodeUtf32(b, off, le, errors, obj);
            }
            default:
                break;
        }
        if (NOT_TEXT.contains(enc)) {
            throw PyErr.format(PyExc.LookupError,
                    "'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", encoding);
        }
        java.nio.charset.Charset cs = singleByteCharset(enc);
        if (cs == null) {
            throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
        StringBuilder sb = new StringBuilder(b.length);
        java.nio.charset.CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        for (int i = 0; i < b.length; i++) {
            try {
                sb.append(dec.decode(java.nio.ByteBuffer.wrap(b, i, 1)));
            } catch (java.nio.charset.CharacterCodingException e) {
                bad(sb, b, i, i + 1, errors, "charmap", obj, "character maps to <undefined>");
            }
        }
        return PyStr.of(sb.toString());
    }

    /** Python's names of the JDK's single-byte code pages. */
    private static java.nio.charset.Charset singleByteCharset(String enc) {
        String jname;
        if (enc.matches("cp125[0-8]|windows-125[0-8]")) {
            jname = "windows-" + enc.substring(enc.length() - 4);
        } else if (enc.matches("iso-?8859-([2-9]|1[0-6])")) {
            jname = "ISO-8859-" + enc.substring(enc.lastIndexOf('-') + 1);
        } else if (enc.matches("latin-?[2-9]")) {
            jname = switch (enc.charAt(enc.length() - 1)) {
                case '2' -> "ISO-8859-2";
                case '3' -> "ISO-8859-3";
                case '4' -> "ISO-8859-4";
                case '5' -> "ISO-8859-9";
                case '6' -> "ISO-8859-10";
                case '7' -> "ISO-8859-13";
                case '8' -> "ISO-8859-14";
                default -> "ISO-8859-15";
            };
        } else if (enc.matches("cp(437|737|775|850|852|855|857|858|860|861|862|863|864|865|866|869)")) {
            jname = "IBM" + enc.substring(2);
        } else if (enc.equals("koi8-r") || enc.equals("koi8-u")) {
            jname = enc.toUpperCase(java.util.Locale.ROOT);
        } else if (enc.equals("mac-roman") || enc.equals("macroman")) {
            jname = "x-MacRoman";
        } else {
            return null;
        }
        try {
            return java.nio.charset.Charset.forName(jname);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PyStr decodeUtf16(byte[] b, int off, boolean le, String errors, PyObject obj) {
        String codec = le ? "utf-16-le" : "utf-16-be";
        StringBuilder sb = new StringBuilder(b.length / 2);
        int i = off;
        int n = b.length;
        while (i < n) {
            if (n - i < 2) {
                bad(sb, b, i, n, errors, codec, obj, "truncated data");
                break;
            }
            int u = le ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
            if (u < 0xd800 || u > 0xdfff) {
                sb.append((char) u);
                i += 2;
                continue;
            }
            if (u >= 0xdc00) {
                bad(sb, b, i, i + 2, errors, codec, obj, "illegal encoding");
                i += 2;
                continue;
            }
            if (n - i < 4) {
                bad(sb, b, i, n, errors, codec, obj, "unexpected end of data");
                break;
            }
            int u2 = le ? (b[i + 2] & 0xff) | (b[i + 3] & 0xff) << 8 : (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
            if (u2 < 0xdc00 || u2 > 0xdfff) {
                bad(sb, b, i, i + 2, errors, codec, obj, "illegal UTF-16 surrogate");
                i += 2;
                continue;
            }
            sb.append((char) u).append((char) u2);
            i += 4;
        }
        return PyStr.of(sb.toString());
    }

    private static PyStr decodeUtf32(byte[] b, int off, boolean le, String errors, PyObject obj) {
        String codec = le ? "utf-32-le" : "utf-32-be";
        StringBuilder sb = new StringBuilder(b.length / 4);
        int i = off;
        int n = b.length;
        while (i < n) {
            if (n - i < 4) {
                bad(sb, b, i, n, errors, codec, obj, "truncated data");
                break;
            }
            long c = le ? (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    : (b[i] & 0xffL) << 24 | (b[i + 1] & 0xffL) << 16 | (b[i + 2] & 0xffL) << 8 | (b[i + 3] & 0xffL);
            if (c > 0x10ffff) {
                bad(sb, b, i, i + 4, errors, codec, obj, "code point not in range(0x110000)");
            } else if (c >= 0xd800 && c <= 0xdfff) {
                bad(sb, b, i, i + 4, errors, codec, obj, "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                sb.appendCodePoint((int) c);
            }
            i += 4;
        }
        return PyStr.of(sb.toString());
    }

    /** UTF-8 accepting encoded surrogates (errors='surrogatepass'), which stay lone surrogates. */
    private static PyStr decodeUtf8SurrogatePass(byte[] b, PyObject obj) {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream(b.length);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == 0xed && i + 2 < b.length && (b[i + 1] & 0xe0) == 0xa0 && (b[i + 2] & 0xc0) == 0x80) {
                out.append(decodeUtf8(plain.toByteArray(), 0, plain.size(), "strict", "", obj));
                plain.reset();
                out.append((char) (0xd000 | (b[i + 1] & 0x3f) << 6 | (b[i + 2] & 0x3f)));
                i += 3;
                continue;
            }
            plain.write(c);
            i++;
        }
        out.append(decodeUtf8(plain.toByteArray(), 0, plain.size(), "strict", "", obj));
        int[] cps = out.codePoints().toArray();
        return PyStr.fromCodePoints(cps, 0, cps.length);
    }
}
