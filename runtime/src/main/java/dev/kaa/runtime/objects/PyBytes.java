package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.tokenize.PyRepr;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.CompareOp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code bytes}: an immutable sequence of bytes (0..255). Its hash is SipHash of the bytes, as str's. */
@PyClass(name = "bytes", doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
        + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
        + "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
        + "bytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n"
        + "  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n"
        + "  - any object implementing the buffer API.\n  - an integer")
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyBytesTable(), PyType.OBJECT, PyType.TPFLAGS_BYTES_SUBCLASS);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    final byte[] value;
    private long hash;

    public PyBytes(byte[] value) {
        super(TYPE);
        this.value = value;
    }

    PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    /** Instances of Python subclasses of bytes. */
    public static final class Derived extends PyBytes implements HasDict {
        private PyDict dict;

        Derived(PyType type, byte[] v) {
            super(type, v);
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

    /** The bytes (do not modify). */
    public byte[] bytes() {
        return value;
    }

    public int length() {
        return value.length;
    }

    public int byteAt(int i) {
        return value[i] & 0xff;
    }

    /** The bytes of a bytes-like object; TypeError otherwise. */
    public static byte[] asBytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'", o.type().getName());
    }

    /** {@code bytes.decode} / {@code str(b, encoding, errors)}. */
    static PyStr decode(PyObject obj, PyObject encoding, PyObject errors) {
        if (!(obj instanceof PyBytes b)) {
            throw PyErr.format(PyExc.TypeError, "decoding to str: need a bytes-like object, %s found",
                    obj.type().getName());
        }
        String enc = encoding == null ? "utf-8" : Abstract.str(encoding).toString();
        String err = errors == null ? "strict" : Abstract.str(errors).toString();
        return b.decode(enc, err);
    }

    PyStr decode(String encoding, String errors) {
        String enc = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        switch (enc) {
            case "utf-8", "utf8":
                try {
                    String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
                    return PyStr.of(s);
                } catch (CharacterCodingException e) {
                    if (errors.equals("replace")) {
                        return PyStr.of(new String(value, StandardCharsets.UTF_8));
                    }
                    int pos = firstInvalidUtf8(value);
                    throw PyErr.newException(PyExc.UnicodeDecodeError, PyStr.of("utf-8"), this, PyInt.of(pos),
                            PyInt.of(pos + 1), PyStr.of((value[pos] & 0xc0) == 0x80 ? "invalid start byte"
                                    : "invalid continuation byte"));
                }
            case "latin-1", "latin1", "iso-8859-1":
                return PyStr.of(new String(value, StandardCharsets.ISO_8859_1));
            case "ascii":
                for (int i = 0; i < value.length; i++) {
                    if (value[i] < 0) {
                        throw PyErr.newException(PyExc.UnicodeDecodeError, PyStr.of("ascii"), this, PyInt.of(i),
                                PyInt.of(i + 1), PyStr.of("ordinal not in range(128)"));
                    }
                }
                return PyStr.of(new String(value, StandardCharsets.ISO_8859_1));
            default:
                throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
    }

    private static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return 0;
    }

    @PySlot(value = Slot.tp_new, sig = "source=NULL, encoding=NULL, errors=NULL")
    static PyObject bytesNew(PyType type, PyObject source, PyObject encoding, PyObject errors) {
        byte[] v;
        if (source == null) {
            if (encoding != null || errors != null) {
                throw PyErr.format(PyExc.TypeError, encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            v = new byte[0];
        } else if (source instanceof PyStr s) {
            if (encoding == null) {
                throw PyErr.format(PyExc.TypeError, "string argument without an encoding");
            }
            v = ((PyBytes) s.encode(Abstract.str(encoding).toString(),
                    errors == null ? "strict" : Abstract.str(errors).toString())).value;
        } else if (encoding != null || errors != null) {
            throw PyErr.format(PyExc.TypeError, encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        } else if (source instanceof PyBytes b) {
            if (type == TYPE && b.getClass() == PyBytes.class) {
                return b;
            }
            v = b.value.clone();
        } else if (source instanceof PyInt || source.type().nb_index != null) {
            long n = Abstract.asIndex(source, PyExc.OverflowError);
            if (n < 0) {
                throw PyErr.format(PyExc.ValueError, "negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw PyErr.newException(PyExc.MemoryError);
            }
            v = new byte[(int) n];
        } else {
            PyObject[] items;
            try {
                items = Abstract.sequenceToArray(source);
            } catch (dev.kaa.runtime.PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErr.format(PyExc.TypeError, "cannot convert '%s' object to bytes", source.type().getName());
                }
                throw e;
            }
            v = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long x = Abstract.asIndex(items[i], PyExc.ValueError);
                if (x < 0 || x > 255) {
                    throw PyErr.format(PyExc.ValueError, "bytes must be in range(0, 256)");
                }
                v[i] = (byte) x;
            }
        }
        return type == TYPE ? new PyBytes(v) : new Derived(type, v);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        StringBuilder sb = new StringBuilder(value.length + 3);
        PyRepr.bytes(sb, value);
        return PyStr.of(sb.toString());
    }

    @PySlot(Slot.tp_str)
    PyObject str() {
        return repr();
    }

    @PySlot(Slot.tp_hash)
    long hashSlot() {
        long h = hash;
        if (h != 0) {
            return h;
        }
        if (value.length == 0) {
            return 0;
        }
        h = PyHash.hashBytes(ThreadState.current().interp.hashSecret, value, 0, value.length);
        hash = h;
        return h;
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyBytes o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op.test(Arrays.compareUnsigned(value, o.value)));
    }

    @PySlot(Slot.sq_length)
    long len() {
        return value.length;
    }

    @PySlot(Slot.sq_item)
    PyObject item(long i) {
        if (i < 0 || i >= value.length) {
            throw PyErr.format(PyExc.IndexError, "index out of range");
        }
        return PyInt.of(value[(int) i] & 0xff);
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        if (key instanceof PySlice slice) {
            PySlice.Indices x = slice.indices(value.length);
            byte[] out = new byte[(int) x.length()];
            long j = x.start();
            for (int k = 0; k < out.length; k++, j += x.step()) {
                out[k] = value[(int) j];
            }
            return new PyBytes(out);
        }
        if (key instanceof PyInt || key.type().nb_index != null) {
            long i = Abstract.asIndex(key, PyExc.IndexError);
            if (i < 0) {
                i += value.length;
            }
            return item(i);
        }
        throw PyErr.format(PyExc.TypeError, "byte indices must be integers or slices, not %s", key.type().getName());
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject v) {
        if (v instanceof PyBytes b) {
            return indexOf(b.value, 0, value.length) >= 0;
        }
        long x = Abstract.asIndex(v, PyExc.ValueError);
        if (x < 0 || x > 255) {
            throw PyErr.format(PyExc.ValueError, "byte must be in range(0, 256)");
        }
        for (byte c : value) {
            if ((c & 0xff) == x) {
                return true;
            }
        }
        return false;
    }

    int indexOf(byte[] sub, int start, int end) {
        outer:
        for (int i = start; i + sub.length <= end; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (value[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @PySlot(Slot.sq_concat)
    PyObject concat(PyObject other) {
        if (!(other instanceof PyBytes o)) {
            throw PyErr.format(PyExc.TypeError, "can't concat %s to bytes", other.type().getName());
        }
        byte[] r = Arrays.copyOf(value, value.length + o.value.length);
        System.arraycopy(o.value, 0, r, value.length, o.value.length);
        return new PyBytes(r);
    }

    @PySlot(Slot.sq_repeat)
    PyObject repeat(long n) {
        if (n <= 0) {
            return EMPTY;
        }
        if ((long) value.length * n > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        byte[] r = new byte[(int) (value.length * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(value, 0, r, k * value.length, value.length);
        }
        return new PyBytes(r);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PySeqIterator(this);
    }

    @PyMethod(name = "decode", sig = "encoding='utf-8', errors='strict'", doc = "Decode the bytes using the codec registered for encoding.")
    PyObject decodeMethod(String encoding, String errors) {
        return decode(encoding, errors);
    }

    @PyMethod(sig = "iterable_of_bytes, /", doc = "Concatenate any number of bytes objects.")
    PyObject join(PyObject iterable) {
        PyObject[] items = Abstract.sequenceToArray(iterable);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBytes b)) {
                throw PyErr.format(PyExc.TypeError, "sequence item %d: expected a bytes-like object, %s found", i,
                        items[i].type().getName());
            }
            if (i > 0) {
                out.writeBytes(value);
            }
            out.writeBytes(b.value);
        }
        return new PyBytes(out.toByteArray());
    }

    @PyMethod(doc = "Create a string of hexadecimal numbers from a bytes object.")
    PyObject hex() {
        StringBuilder sb = new StringBuilder(value.length * 2);
        for (byte b : value) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod(sig = "prefix, start=None, end=None, /")
    boolean startswith(PyObject prefix, PyObject start, PyObject end) {
        byte[] p = asBytes(prefix);
        return p.length <= value.length && Arrays.equals(value, 0, p.length, p, 0, p.length);
    }

    @PyMethod(sig = "suffix, start=None, end=None, /")
    boolean endswith(PyObject suffix, PyObject start, PyObject end) {
        byte[] p = asBytes(suffix);
        return p.length <= value.length
                && Arrays.equals(value, value.length - p.length, value.length, p, 0, p.length);
    }

    @PyMethod(sig = "sub, start=None, end=None, /")
    long find(PyObject sub, PyObject start, PyObject end) {
        return indexOf(asBytes(sub), 0, value.length);
    }

    @PyMethod(sig = "sub, start=None, end=None, /")
    long count(PyObject sub, PyObject start, PyObject end) {
        byte[] p = asBytes(sub);
        if (p.length == 0) {
            return value.length + 1;
        }
        long n = 0;
        int i = 0;
        while ((i = indexOf(p, i, value.length)) >= 0) {
            n++;
            i += p.length;
        }
        return n;
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(new PyBytes(value));
    }
}
