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
        if (o instanceof PyByteArray ba) {
            return ba.toByteArray();
        }
        throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'", o.type().getName());
    }

    /** {@code bytes.decode} / {@code str(b, encoding, errors)}. */
    static PyStr decode(PyObject obj, PyObject encoding, PyObject errors) {
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "str() argument 'encoding' must be str, not %s", encoding.type().getName());
        }
        if (errors != null && !(errors instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "str() argument 'errors' must be str, not %s", errors.type().getName());
        }
        if (obj instanceof PyStr) {
            throw PyErr.format(PyExc.TypeError, "decoding str is not supported");
        }
        if (obj instanceof PyByteArray || obj instanceof PyMemoryView) {
            obj = new PyBytes(BytesOps.buffer(obj));
        }
        if (!(obj instanceof PyBytes b)) {
            throw PyErr.format(PyExc.TypeError, "decoding to str: need a bytes-like object, %s found",
                    obj.type().getName());
        }
        String enc = encoding == null ? "utf-8" : encoding.toString();
        String err = errors == null ? "strict" : errors.toString();
        return b.decode(enc, err);
    }

    PyStr decode(String encoding, String errors) {
        String enc = BytesOps.normalizeEncoding(encoding);
        if (EscapeCodecs.isEscapeCodec(enc)) {
            return EscapeCodecs.decode(value, enc, errors, this);
        }
        if (Utf7Codec.isUtf7(enc)) {
            return Utf7Codec.decode(value, errors, this);
        }
        return BytesOps.decode(value, encoding, errors, this);
    }

    /** bytes() is parsed by Clinic's keyword parser ("bytes() takes at most 3 arguments (4 given)"). */
    private static final dev.kaa.runtime.binding.ArgSpec NEW_ARGS = new dev.kaa.runtime.binding.ArgSpec(
            dev.kaa.runtime.binding.ArgSpec.Style.KEYWORDS, "bytes", new String[] {"source", "encoding", "errors"}, 0, 3,
            new boolean[3], false, false);

    @PySlot(Slot.tp_new)
    static PyObject bytesNewVector(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames == null && nargs <= 3) {
            return bytesNew(type, nargs > 0 ? args[off] : null, nargs > 1 ? args[off + 1] : null,
                    nargs > 2 ? args[off + 2] : null);
        }
        PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
        return bytesNew(type, a[0], a[1], a[2]);
    }

    static PyObject bytesNew(PyType type, PyObject source, PyObject encoding, PyObject errors) {
        byte[] v;
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "bytes() argument 'encoding' must be str, not %s", encoding.type().getName());
        }
        if (errors != null && !(errors instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "bytes() argument 'errors' must be str, not %s", errors.type().getName());
        }
        PyObject bytesMethod;
        if (source != null && encoding == null && errors == null && !(source instanceof PyBytes && type == TYPE)
                && (bytesMethod = source.type().lookup(BYTES_METHOD)) != null) {
            // __bytes__ first, as bytes_new does.
            PyObject r = Abstract.callMethod(source, "__bytes__");
            if (!(r instanceof PyBytes rb)) {
                throw PyErr.format(PyExc.TypeError, "__bytes__ returned non-bytes (type %s)", r.type().getName());
            }
            v = rb.value;
            if (type == TYPE) {
                return rb.getClass() == PyBytes.class ? rb : new PyBytes(v);
            }
            return new Derived(type, v);
        }
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
        } else if (source instanceof PyByteArray ba) {
            v = ba.toByteArray();
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
        return BytesOps.contains(value, value.length, v);
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

    @PySlot(Slot.nb_remainder)
    static PyObject remainder(PyObject v, PyObject w) {
        if (!(v instanceof PyBytes a)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return BytesOps.percentFormat(a.value, a.value.length, w, false);
    }

    @PySlot(Slot.sq_concat)
    PyObject concat(PyObject other) {
        byte[] o = BytesOps.bufferOrNull(other);
        if (o == null) {
            throw PyErr.format(PyExc.TypeError, "can't concat %s to bytes", other.type().getName());
        }
        byte[] r = Arrays.copyOf(value, value.length + o.length);
        System.arraycopy(o, 0, r, value.length, o.length);
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
        return new PyBytesIterator(this);
    }

    @PyMethod(name = "decode", sig = "encoding='utf-8', errors='strict'", doc = "Decode the bytes using the codec registered for encoding.")
    PyObject decodeMethod(String encoding, String errors) {
        return decode(encoding, errors);
    }

    @PyMethod(sig = "string, /", classmethod = true, doc = "Create a bytes object from a string of hexadecimal numbers.\n\n"
            + "Spaces between two numbers are accepted.\nExample: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'.")
    static PyObject fromhex(PyType type, PyObject string) {
        byte[] v = BytesOps.fromhex(string);
        if (type == TYPE) {
            return v.length == 0 ? EMPTY : new PyBytes(v);
        }
        return Abstract.call(type, new PyBytes(v));
    }

    @PyMethod(sig = "frm, to, /", staticmethod = true, doc = "Return a translation table usable for the bytes or bytearray translate method.")
    static PyObject maketrans(PyObject frm, PyObject to) {
        return BytesOps.maketrans(frm, to);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the lowest index in B where subsection sub is found, such that sub is contained within B[start:end].")
    long find(PyObject sub, PyObject start, PyObject end) {
        return BytesOps.find(value, value.length, sub, start, end);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the highest index in B where subsection sub is found, such that sub is contained within B[start:end].")
    long rfind(PyObject sub, PyObject start, PyObject end) {
        return BytesOps.rfind(value, value.length, sub, start, end);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the lowest index in B where subsection sub is found, such that sub is contained within B[start:end].")
    long index(PyObject sub, PyObject start, PyObject end) {
        return BytesOps.index(value, value.length, sub, start, end);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the highest index in B where subsection sub is found, such that sub is contained within B[start:end].")
    long rindex(PyObject sub, PyObject start, PyObject end) {
        return BytesOps.rindex(value, value.length, sub, start, end);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end].")
    long count(PyObject sub, PyObject start, PyObject end) {
        return BytesOps.count(value, value.length, sub, start, end);
    }

    @PyMethod(sig = "prefix, start=None, end=None, /", doc = "Return True if the bytes starts with the specified prefix, False otherwise.")
    boolean startswith(PyObject prefix, PyObject start, PyObject end) {
        return BytesOps.startsOrEnds(value, value.length, prefix, start, end, false);
    }

    @PyMethod(sig = "suffix, start=None, end=None, /", doc = "Return True if the bytes ends with the specified suffix, False otherwise.")
    boolean endswith(PyObject suffix, PyObject start, PyObject end) {
        return BytesOps.startsOrEnds(value, value.length, suffix, start, end, true);
    }

    @PyMethod(doc = "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise.")
    boolean isspace() {
        return BytesOps.isspace(value, value.length);
    }

    @PyMethod(doc = "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise.")
    boolean isalpha() {
        return BytesOps.isalpha(value, value.length);
    }

    @PyMethod(doc = "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise.")
    boolean isalnum() {
        return BytesOps.isalnum(value, value.length);
    }

    @PyMethod(doc = "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise.")
    boolean isascii() {
        return BytesOps.isascii(value, value.length);
    }

    @PyMethod(doc = "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise.")
    boolean isdigit() {
        return BytesOps.isdigit(value, value.length);
    }

    @PyMethod(doc = "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise.")
    boolean islower() {
        return BytesOps.islower(value, value.length);
    }

    @PyMethod(doc = "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise.")
    boolean isupper() {
        return BytesOps.isupper(value, value.length);
    }

    @PyMethod(doc = "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise.")
    boolean istitle() {
        return BytesOps.istitle(value, value.length);
    }

    @PyMethod(doc = "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase.")
    PyObject lower() {
        return BytesOps.lower(value, value.length, false);
    }

    @PyMethod(doc = "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase.")
    PyObject upper() {
        return BytesOps.upper(value, value.length, false);
    }

    @PyMethod(doc = "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa.")
    PyObject swapcase() {
        return BytesOps.swapcase(value, value.length, false);
    }

    @PyMethod(doc = "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased.")
    PyObject capitalize() {
        return BytesOps.capitalize(value, value.length, false);
    }

    @PyMethod(doc = "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase.")
    PyObject title() {
        return BytesOps.title(value, value.length, false);
    }

    @PyMethod(sig = "width, fillchar=NULL, /", doc = "Return a left-justified string of length width.\n\nPadding is done using the specified fill character.")
    PyObject ljust(long width, PyObject fillchar) {
        return BytesOps.ljust(value, value.length, width, fillchar, false);
    }

    @PyMethod(sig = "width, fillchar=NULL, /", doc = "Return a right-justified string of length width.\n\nPadding is done using the specified fill character.")
    PyObject rjust(long width, PyObject fillchar) {
        return BytesOps.rjust(value, value.length, width, fillchar, false);
    }

    @PyMethod(sig = "width, fillchar=NULL, /", doc = "Return a centered string of length width.\n\nPadding is done using the specified fill character.")
    PyObject center(long width, PyObject fillchar) {
        return BytesOps.center(value, value.length, width, fillchar, false);
    }

    @PyMethod(sig = "width, /", doc = "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\n"
            + "The original string is never truncated.")
    PyObject zfill(long width) {
        return BytesOps.zfill(value, value.length, width, false);
    }

    @PyMethod(sig = "bytes=None, /", doc = "Strip leading and trailing bytes contained in the argument.\n\n"
            + "If the argument is omitted or None, strip leading and trailing ASCII whitespace.")
    PyObject strip(PyObject chars) {
        return BytesOps.strip(value, value.length, chars, 0, false);
    }

    @PyMethod(sig = "bytes=None, /", doc = "Strip leading bytes contained in the argument.\n\n"
            + "If the argument is omitted or None, strip leading ASCII whitespace.")
    PyObject lstrip(PyObject chars) {
        return BytesOps.strip(value, value.length, chars, 1, false);
    }

    @PyMethod(sig = "bytes=None, /", doc = "Strip trailing bytes contained in the argument.\n\n"
            + "If the argument is omitted or None, strip trailing ASCII whitespace.")
    PyObject rstrip(PyObject chars) {
        return BytesOps.strip(value, value.length, chars, 2, false);
    }

    @PyMethod(sig = "prefix, /", doc = "Return a bytes with the given prefix string removed if present.")
    PyObject removeprefix(PyObject prefix) {
        return BytesOps.removeprefix(value, value.length, prefix, false);
    }

    @PyMethod(sig = "suffix, /", doc = "Return a bytes with the given suffix string removed if present.")
    PyObject removesuffix(PyObject suffix) {
        return BytesOps.removesuffix(value, value.length, suffix, false);
    }

    @PyMethod(sig = "tabsize=8", doc = "Return a copy where all tab characters are expanded using spaces.\n\n"
            + "If tabsize is not given, a tab size of 8 characters is assumed.")
    PyObject expandtabs(long tabsize) {
        return BytesOps.expandtabs(value, value.length, tabsize, false);
    }

    @PyMethod(sig = "sep=None, maxsplit=-1", doc = "Return a list of the sections in the bytes, using sep as the delimiter.")
    PyObject split(PyObject sep, long maxsplit) {
        return BytesOps.split(value, value.length, sep, maxsplit, false);
    }

    @PyMethod(sig = "sep=None, maxsplit=-1", doc = "Return a list of the sections in the bytes, using sep as the delimiter.")
    PyObject rsplit(PyObject sep, long maxsplit) {
        return BytesOps.rsplit(value, value.length, sep, maxsplit, false);
    }

    @PyMethod(sig = "keepends=False", doc = "Return a list of the lines in the bytes, breaking at line boundaries.")
    PyObject splitlines(boolean keepends) {
        return BytesOps.splitlines(value, value.length, keepends, false);
    }

    @PyMethod(sig = "sep, /", doc = "Partition the bytes into three parts using the given separator.")
    PyObject partition(PyObject sep) {
        return BytesOps.partition(value, value.length, sep, false);
    }

    @PyMethod(sig = "sep, /", doc = "Partition the bytes into three parts using the given separator.")
    PyObject rpartition(PyObject sep) {
        return BytesOps.rpartition(value, value.length, sep, false);
    }

    @PyMethod(sig = "iterable_of_bytes, /", doc = "Concatenate any number of bytes objects.")
    PyObject join(PyObject iterable) {
        return BytesOps.join(value, value.length, iterable, false);
    }

    @PyMethod(sig = "old, new, count=-1, /", doc = "Return a copy with all occurrences of substring old replaced by new.")
    PyObject replace(PyObject old, PyObject neu, long count) {
        return BytesOps.replace(value, value.length, old, neu, count, false);
    }

    @PyMethod(sig = "table, /, delete=NULL", doc = "Return a copy with each character mapped by the given translation table.")
    PyObject translate(PyObject table, PyObject delete) {
        return BytesOps.translate(value, value.length, table, delete, false);
    }

    @PyMethod(sig = "sep=NULL, bytes_per_sep=1", doc = "Create a string of hexadecimal numbers from a bytes object.")
    PyObject hex(PyObject sep, long bytesPerSep) {
        return BytesOps.hex(value, value.length, sep, bytesPerSep);
    }

    @PyMethod(sig = "flags, /", doc = "Return a buffer object that exposes the underlying memory of the object.")
    PyObject __buffer__(int flags) {
        return PyMemoryView.memoryviewNew(PyMemoryView.TYPE, this);
    }

    private static final PyStr BYTES_METHOD = PyStr.shared("__bytes__");

    @PyMethod(doc = "Convert this value to exact type bytes.")
    PyObject __bytes__() {
        return getClass() == PyBytes.class ? this : new PyBytes(value);
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(new PyBytes(value));
    }
}
