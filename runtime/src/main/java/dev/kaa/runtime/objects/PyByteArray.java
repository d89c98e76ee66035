package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.slots.CompareOp;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable sequence of bytes, a growable buffer ({@link #buf}, of which {@link #size}
 * bytes are in use). The methods it shares with {@code bytes} are in {@link BytesOps}; the mutating ones
 * are here. Operations synchronize on the object, so concurrent use from threads keeps it consistent.
 */
@PyClass(name = "bytearray", doc = "bytearray(iterable_of_ints) -> bytearray\n"
        + "bytearray(string, encoding[, errors]) -> bytearray\n"
        + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
        + "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
        + "bytearray() -> empty bytes array\n\n"
        + "Construct a mutable bytearray object from:\n"
        + "  - an iterable yielding integers in range(256)\n"
        + "  - a text string encoded using the specified encoding\n"
        + "  - a bytes or a buffer object\n"
        + "  - any object implementing the buffer API.\n"
        + "  - an integer")
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyByteArrayTable());
    private static final byte[] NO_BYTES = new byte[0];

    byte[] buf;
    int size;

    /** A bytearray owning {@code buf}, of which the first {@code size} bytes are its value. */
    public PyByteArray(byte[] buf, int size) {
        super(TYPE);
        this.buf = buf;
        this.size = size;
    }

    PyByteArray(PyType type) {
        super(type);
        this.buf = NO_BYTES;
    }

    /** Instances of Python subclasses of bytearray. */
    public static final class Derived extends PyByteArray implements HasDict {
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

    /** A copy of the value. */
    public synchronized byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    public int length() {
        return size;
    }

    private void ensureCapacity(long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.max(n, Math.min(Integer.MAX_VALUE - 16L, buf.length + (buf.length >> 1) + 8L)));
        }
    }

    private boolean ba() {
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // Construction

    @PySlot(Slot.tp_new)
    static PyObject byteArrayNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return type == TYPE ? new PyByteArray(type) : new Derived(type);
    }

    /** bytearray() is parsed by Clinic's keyword parser ("bytearray() takes at most 3 arguments (4 given)"). */
    private static final dev.kaa.runtime.binding.ArgSpec INIT_ARGS = new dev.kaa.runtime.binding.ArgSpec(
            dev.kaa.runtime.binding.ArgSpec.Style.KEYWORDS, "bytearray", new String[] {"source", "encoding", "errors"}, 0,
            3, new boolean[3], false, false);

    @PySlot(Slot.tp_init)
    static void initVector(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyByteArray b = (PyByteArray) self;
        if (kwnames == null && nargs <= 3) {
            b.init(nargs > 0 ? args[off] : null, nargs > 1 ? args[off + 1] : null, nargs > 2 ? args[off + 2] : null);
            return;
        }
        PyObject[] a = INIT_ARGS.unpack(args, off, nargs, kwnames);
        b.init(a[0], a[1], a[2]);
    }

    synchronized void init(PyObject source, PyObject encoding, PyObject errors) {
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "bytearray() argument 'encoding' must be str, not %s",
                    encoding.type().getName());
        }
        if (errors != null && !(errors instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "bytearray() argument 'errors' must be str, not %s",
                    errors.type().getName());
        }
        if (source == null) {
            if (encoding != null || errors != null) {
                throw PyErr.format(PyExc.TypeError, encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            buf = NO_BYTES;
            size = 0;
            return;
        }
        byte[] v = BytesOps.fromSource(source, encoding, errors, "bytearray");
        buf = v;
        size = v.length;
    }

    @PyMethod(sig = "string, /", classmethod = true, doc = "Create a bytearray object from a string of hexadecimal numbers.\n\n"
            + "Spaces between two numbers are accepted.\nExample: bytearray.fromhex('B9 01EF') -> bytearray(b'\\\\xb9\\\\x01\\\\xef')")
    static PyObject fromhex(PyType type, PyObject string) {
        byte[] v = BytesOps.fromhex(string);
        if (type == TYPE) {
            return new PyByteArray(v, v.length);
        }
        return Abstract.call(type, new PyByteArray(v, v.length));
    }

    @PyMethod(sig = "frm, to, /", staticmethod = true, doc = "Return a translation table usable for the bytes or bytearray translate method.")
    static PyObject maketrans(PyObject frm, PyObject to) {
        return BytesOps.maketrans(frm, to);
    }

    // ---------------------------------------------------------------------------------------------
    // Slots

    @PySlot(Slot.tp_repr)
    synchronized PyObject repr() {
        StringBuilder sb = new StringBuilder(size + 16);
        String name = type() == TYPE ? "bytearray" : type().getName();
        sb.append(name).append("(b");
        // bytearray_repr: unlike bytes, it escapes ' even inside double quotes.
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < size; i++) {
            single |= buf[i] == '\'';
            dbl |= buf[i] == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < size; i++) {
            int c = buf[i] & 0xff;
            if (c == '\'' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                sb.append((char) c);
            }
        }
        return PyStr.of(sb.append(quote).append(')').toString());
    }

    @PySlot(Slot.tp_str)
    PyObject str() {
        return repr();
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        byte[] o = BytesOps.bufferOrNull(other);
        if (o == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] mine = toByteArray();
        return PyBool.of(op.test(Arrays.compareUnsigned(mine, o)));
    }

    @PySlot(Slot.sq_length)
    long len() {
        return size;
    }

    @PySlot(Slot.sq_item)
    synchronized PyObject item(long i) {
        if (i < 0 || i >= size) {
            throw PyErr.format(PyExc.IndexError, "bytearray index out of range");
        }
        return PyInt.of(buf[(int) i] & 0xff);
    }

    @PySlot(Slot.mp_subscript)
    synchronized PyObject subscript(PyObject key) {
        if (key instanceof PySlice slice) {
            PySlice.Indices x = slice.indices(size);
            byte[] out = new byte[(int) x.length()];
            if (x.step() == 1) {
                System.arraycopy(buf, (int) x.start(), out, 0, out.length);
            } else {
                long j = x.start();
                for (int k = 0; k < out.length; k++, j += x.step()) {
                    out[k] = buf[(int) j];
                }
            }
            return new PyByteArray(out, out.length);
        }
        if (key instanceof PyInt || key.type().nb_index != null) {
            long i = Abstract.asIndex(key, PyExc.IndexError);
            if (i < 0) {
                i += size;
            }
            return item(i);
        }
        throw PyErr.format(PyExc.TypeError, "bytearray indices must be integers or slices, not %s", key.type().getName());
    }

    @PySlot(Slot.mp_ass_subscript)
    synchronized void assSubscript(PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            assignSlice(slice, value);
            return;
        }
        if (!(key instanceof PyInt) && key.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "bytearray indices must be integers or slices, not %s",
                    key.type().getName());
        }
        long i = Abstract.asIndex(key, PyExc.IndexError);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.format(PyExc.IndexError, "bytearray index out of range");
        }
        if (value == null) {
            System.arraycopy(buf, (int) i + 1, buf, (int) i, size - (int) i - 1);
            size--;
            return;
        }
        buf[(int) i] = (byte) BytesOps.byteValue(value);
    }

    private void assignSlice(PySlice slice, PyObject value) {
        PySlice.Indices x = slice.indices(size);
        byte[] v;
        if (value == null) {
            v = null;
        } else if (value == this) {
            v = Arrays.copyOf(buf, size);
        } else {
            v = BytesOps.bufferOrNull(value);
            if (v == null) {
                if (value instanceof PyInt || value.type().nb_index != null || value instanceof PyStr) {
                    throw PyErr.format(PyExc.TypeError,
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                v = BytesOps.fromSource(value, null, null, "bytearray");
            }
        }
        long start = x.start();
        long step = x.step();
        long len = x.length();
        if (step == 1) {
            int lo = (int) start;
            int hi = (int) Math.max(start, x.stop());
            int n = v == null ? 0 : v.length;
            long newSize = (long) size - (hi - lo) + n;
            ensureCapacity(newSize);
            System.arraycopy(buf, hi, buf, lo + n, size - hi);
            if (n > 0) {
                System.arraycopy(v, 0, buf, lo, n);
            }
            size = (int) newSize;
            return;
        }
        if (v == null) {
            // Delete an extended slice: keep the bytes not selected.
            boolean[] drop = new boolean[size];
            long j = start;
            for (long k = 0; k < len; k++, j += step) {
                drop[(int) j] = true;
            }
            int w = 0;
            for (int r = 0; r < size; r++) {
                if (!drop[r]) {
                    buf[w++] = buf[r];
                }
            }
            size = w;
            return;
        }
        if (v.length != len) {
            throw PyErr.format(PyExc.ValueError, "attempt to assign bytes of size %d to extended slice of size %d",
                    v.length, len);
        }
        long j = start;
        for (int k = 0; k < len; k++, j += step) {
            buf[(int) j] = v[k];
        }
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject v) {
        byte[] a = toByteArray();
        return BytesOps.contains(a, a.length, v);
    }

    @PySlot(Slot.nb_remainder)
    static PyObject remainder(PyObject v, PyObject w) {
        if (!(v instanceof PyByteArray a)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] b = a.toByteArray();
        return BytesOps.percentFormat(b, b.length, w, true);
    }

    @PySlot(Slot.sq_concat)
    PyObject concat(PyObject other) {
        byte[] o = BytesOps.bufferOrNull(other);
        if (o == null) {
            throw PyErr.format(PyExc.TypeError, "can't concat %s to bytearray", other.type().getName());
        }
        synchronized (this) {
            byte[] r = Arrays.copyOf(buf, size + o.length);
            System.arraycopy(o, 0, r, size, o.length);
            return new PyByteArray(r, r.length);
        }
    }

    @PySlot(Slot.sq_inplace_concat)
    PyObject inplaceConcat(PyObject other) {
        byte[] o = BytesOps.bufferOrNull(other);
        if (o == null) {
            throw PyErr.format(PyExc.TypeError, "can't concat %s to bytearray", other.type().getName());
        }
        synchronized (this) {
            ensureCapacity((long) size + o.length);
            System.arraycopy(o, 0, buf, size, o.length);
            size += o.length;
        }
        return this;
    }

    @PySlot(Slot.sq_repeat)
    synchronized PyObject repeat(long n) {
        if (n <= 0 || size == 0) {
            return new PyByteArray(NO_BYTES, 0);
        }
        if ((long) size * n > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        byte[] r = new byte[(int) (size * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(buf, 0, r, k * size, size);
        }
        return new PyByteArray(r, r.length);
    }

    @PySlot(Slot.sq_inplace_repeat)
    synchronized PyObject inplaceRepeat(long n) {
        if (n <= 0) {
            size = 0;
            return this;
        }
        if ((long) size * n > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        int old = size;
        ensureCapacity((long) size * n);
        for (int k = 1; k < n; k++) {
            System.arraycopy(buf, 0, buf, k * old, old);
        }
        size = (int) (old * n);
        return this;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PyBytesIterator(this);
    }

    // ---------------------------------------------------------------------------------------------
    // Mutating methods

    @PyMethod(sig = "item, /", doc = "Append a single item to the end of the bytearray.\n\n"
            + "  item\n    The item to be appended.")
    void append(PyObject item) {
        int b = BytesOps.byteValue(item);
        synchronized (this) {
            ensureCapacity(size + 1L);
            buf[size++] = (byte) b;
        }
    }

    @PyMethod(sig = "iterable_of_ints, /", doc = "Append all the items from the iterator or sequence to the end of the bytearray.\n\n"
            + "  iterable_of_ints\n    The iterable of items to append.")
    void extend(PyObject iterable) {
        byte[] v = BytesOps.bufferOrNull(iterable);
        if (v == null) {
            if (iterable instanceof PyStr) {
                throw PyErr.format(PyExc.TypeError, "expected iterable of integers; got: 'str'");
            }
            if (iterable.type().tp_iter == null && iterable.type().sq_item == null) {
                throw PyErr.format(PyExc.TypeError, "can't extend bytearray with %s", iterable.type().getName());
            }
            v = BytesOps.fromSource(iterable, null, null, "bytearray");
        }
        synchronized (this) {
            ensureCapacity((long) size + v.length);
            System.arraycopy(v, 0, buf, size, v.length);
            size += v.length;
        }
    }

    @PyMethod(sig = "index, item, /", doc = "Insert a single item into the bytearray before the given index.\n\n"
            + "  index\n    The index where the value is to be inserted.\n  item\n    The item to be inserted.")
    synchronized void insert(long index, PyObject item) {
        int b = BytesOps.byteValue(item);
        long i = index;
        if (i < 0) {
            i += size;
            if (i < 0) {
                i = 0;
            }
        }
        if (i > size) {
            i = size;
        }
        ensureCapacity(size + 1L);
        System.arraycopy(buf, (int) i, buf, (int) i + 1, size - (int) i);
        buf[(int) i] = (byte) b;
        size++;
    }

    @PyMethod(sig = "index=-1, /", doc = "Remove and return a single item from B.\n\n"
            + "  index\n    The index from where to remove the item.\n    -1 (the default value) means remove the last item.\n\n"
            + "If no index argument is given, will pop the last item.")
    synchronized PyObject pop(long index) {
        if (size == 0) {
            throw PyErr.format(PyExc.IndexError, "pop from empty bytearray");
        }
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw PyErr.format(PyExc.IndexError, "pop index out of range");
        }
        int v = buf[(int) i] & 0xff;
        System.arraycopy(buf, (int) i + 1, buf, (int) i, size - (int) i - 1);
        size--;
        return PyInt.of(v);
    }

    @PyMethod(sig = "value, /", doc = "Remove the first occurrence of a value in the bytearray.\n\n"
            + "  value\n    The value to remove.")
    synchronized void remove(PyObject value) {
        int b = BytesOps.byteValue(value);
        for (int i = 0; i < size; i++) {
            if ((buf[i] & 0xff) == b) {
                System.arraycopy(buf, i + 1, buf, i, size - i - 1);
                size--;
                return;
            }
        }
        throw PyErr.format(PyExc.ValueError, "value not found in bytearray");
    }

    @PyMethod(doc = "Reverse the order of the values in B in place.")
    synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    @PyMethod(doc = "Remove all items from the bytearray.")
    synchronized void clear() {
        buf = NO_BYTES;
        size = 0;
    }

    @PyMethod(sig = "flags, /", doc = "Return a buffer object that exposes the underlying memory of the object.")
    PyObject __buffer__(int flags) {
        return PyMemoryView.memoryviewNew(PyMemoryView.TYPE, this);
    }

    @PyMethod(sig = "buffer, /", doc = "Release the buffer object that exposes the underlying memory of the object.")
    void __release_buffer__(PyObject buffer) {
    }

    @PyMethod(doc = "Return a copy of B.")
    PyObject copy() {
        byte[] v = toByteArray();
        return new PyByteArray(v, v.length);
    }

    @PyMethod(doc = "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated.")
    synchronized long __alloc__() {
        return buf.length + 1L;
    }

    @PyMethod(doc = "Returns the size of the bytearray object in memory, in bytes.")
    synchronized long __sizeof__() {
        return 56 + buf.length;
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        byte[] v = toByteArray();
        return PyTuple.of(type(), PyTuple.of(PyStr.of(new String(v, java.nio.charset.StandardCharsets.ISO_8859_1)),
                PyStr.of("latin-1")), PyNone.NONE);
    }

    // ---------------------------------------------------------------------------------------------
    // Methods shared with bytes (BytesOps): each works on a snapshot of the value.

    @PyMethod(name = "decode", sig = "encoding='utf-8', errors='strict'", doc = "Decode the bytearray using the codec registered for encoding.")
    PyObject decodeMethod(String encoding, String errors) {
        return new PyBytes(toByteArray()).decode(encoding, errors);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the lowest index in B where subsection sub is found, such that sub is contained within B[start,end].")
    long find(PyObject sub, PyObject start, PyObject end) {
        byte[] a = toByteArray();
        return BytesOps.find(a, a.length, sub, start, end);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the highest index in B where subsection sub is found, such that sub is contained within B[start,end].")
    long rfind(PyObject sub, PyObject start, PyObject end) {
        byte[] a = toByteArray();
        return BytesOps.rfind(a, a.length, sub, start, end);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the lowest index in B where subsection sub is found, such that sub is contained within B[start,end].")
    long index(PyObject sub, PyObject start, PyObject end) {
        byte[] a = toByteArray();
        return BytesOps.index(a, a.length, sub, start, end);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the highest index in B where subsection sub is found, such that sub is contained within B[start,end].")
    long rindex(PyObject sub, PyObject start, PyObject end) {
        byte[] a = toByteArray();
        return BytesOps.rindex(a, a.length, sub, start, end);
    }

    @PyMethod(sig = "sub, start=None, end=None, /", doc = "Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end].")
    long count(PyObject sub, PyObject start, PyObject end) {
        byte[] a = toByteArray();
        return BytesOps.count(a, a.length, sub, start, end);
    }

    @PyMethod(sig = "prefix, start=None, end=None, /", doc = "Return True if the bytearray starts with the specified prefix, False otherwise.")
    boolean startswith(PyObject prefix, PyObject start, PyObject end) {
        byte[] a = toByteArray();
        return BytesOps.startsOrEnds(a, a.length, prefix, start, end, false);
    }

    @PyMethod(sig = "suffix, start=None, end=None, /", doc = "Return True if the bytearray ends with the specified suffix, False otherwise.")
    boolean endswith(PyObject suffix, PyObject start, PyObject end) {
        byte[] a = toByteArray();
        return BytesOps.startsOrEnds(a, a.length, suffix, start, end, true);
    }

    @PyMethod(doc = "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise.")
    boolean isspace() {
        byte[] a = toByteArray();
        return BytesOps.isspace(a, a.length);
    }

    @PyMethod(doc = "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise.")
    boolean isalpha() {
        byte[] a = toByteArray();
        return BytesOps.isalpha(a, a.length);
    }

    @PyMethod(doc = "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise.")
    boolean isalnum() {
        byte[] a = toByteArray();
        return BytesOps.isalnum(a, a.length);
    }

    @PyMethod(doc = "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise.")
    boolean isascii() {
        byte[] a = toByteArray();
        return BytesOps.isascii(a, a.length);
    }

    @PyMethod(doc = "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise.")
    boolean isdigit() {
        byte[] a = toByteArray();
        return BytesOps.isdigit(a, a.length);
    }

    @PyMethod(doc = "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise.")
    boolean islower() {
        byte[] a = toByteArray();
        return BytesOps.islower(a, a.length);
    }

    @PyMethod(doc = "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise.")
    boolean isupper() {
        byte[] a = toByteArray();
        return BytesOps.isupper(a, a.length);
    }

    @PyMethod(doc = "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise.")
    boolean istitle() {
        byte[] a = toByteArray();
        return BytesOps.istitle(a, a.length);
    }

    @PyMethod(doc = "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase.")
    PyObject lower() {
        byte[] a = toByteArray();
        return BytesOps.lower(a, a.length, true);
    }

    @PyMethod(doc = "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase.")
    PyObject upper() {
        byte[] a = toByteArray();
        return BytesOps.upper(a, a.length, true);
    }

    @PyMethod(doc = "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa.")
    PyObject swapcase() {
        byte[] a = toByteArray();
        return BytesOps.swapcase(a, a.length, true);
    }

    @PyMethod(doc = "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased.")
    PyObject capitalize() {
        byte[] a = toByteArray();
        return BytesOps.capitalize(a, a.length, true);
    }

    @PyMethod(doc = "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase.")
    PyObject title() {
        byte[] a = toByteArray();
        return BytesOps.title(a, a.length, true);
    }

    @PyMethod(sig = "width, fillchar=NULL, /", doc = "Return a left-justified string of length width.\n\nPadding is done using the specified fill character.")
    PyObject ljust(long width, PyObject fillchar) {
        byte[] a = toByteArray();
        return BytesOps.ljust(a, a.length, width, fillchar, true);
    }

    @PyMethod(sig = "width, fillchar=NULL, /", doc = "Return a right-justified string of length width.\n\nPadding is done using the specified fill character.")
    PyObject rjust(long width, PyObject fillchar) {
        byte[] a = toByteArray();
        return BytesOps.rjust(a, a.length, width, fillchar, true);
    }

    @PyMethod(sig = "width, fillchar=NULL, /", doc = "Return a centered string of length width.\n\nPadding is done using the specified fill character.")
    PyObject center(long width, PyObject fillchar) {
        byte[] a = toByteArray();
        return BytesOps.center(a, a.length, width, fillchar, true);
    }

    @PyMethod(sig = "width, /", doc = "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\n"
            + "The original string is never truncated.")
    PyObject zfill(long width) {
        byte[] a = toByteArray();
        return BytesOps.zfill(a, a.length, width, true);
    }

    @PyMethod(sig = "bytes=None, /", doc = "Strip leading and trailing bytes contained in the argument.\n\n"
            + "If the argument is omitted or None, strip leading and trailing ASCII whitespace.")
    PyObject strip(PyObject chars) {
        byte[] a = toByteArray();
        return BytesOps.strip(a, a.length, chars, 0, true);
    }

    @PyMethod(sig = "bytes=None, /", doc = "Strip leading bytes contained in the argument.\n\n"
            + "If the argument is omitted or None, strip leading ASCII whitespace.")
    PyObject lstrip(PyObject chars) {
        byte[] a = toByteArray();
        return BytesOps.strip(a, a.length, chars, 1, true);
    }

    @PyMethod(sig = "bytes=None, /", doc = "Strip trailing bytes contained in the argument.\n\n"
            + "If the argument is omitted or None, strip trailing ASCII whitespace.")
    PyObject rstrip(PyObject chars) {
        byte[] a = toByteArray();
        return BytesOps.strip(a, a.length, chars, 2, true);
    }

    @PyMethod(sig = "prefix, /", doc = "Return a bytearray with the given prefix string removed if present.")
    PyObject removeprefix(PyObject prefix) {
        byte[] a = toByteArray();
        return BytesOps.removeprefix(a, a.length, prefix, true);
    }

    @PyMethod(sig = "suffix, /", doc = "Return a bytearray with the given suffix string removed if present.")
    PyObject removesuffix(PyObject suffix) {
        byte[] a = toByteArray();
        return BytesOps.removesuffix(a, a.length, suffix, true);
    }

    @PyMethod(sig = "tabsize=8", doc = "Return a copy where all tab characters are expanded using spaces.\n\n"
            + "If tabsize is not given, a tab size of 8 characters is assumed.")
    PyObject expandtabs(long tabsize) {
        byte[] a = toByteArray();
        return BytesOps.expandtabs(a, a.length, tabsize, true);
    }

    @PyMethod(sig = "sep=None, maxsplit=-1", doc = "Return a list of the sections in the bytearray, using sep as the delimiter.")
    PyObject split(PyObject sep, long maxsplit) {
        byte[] a = toByteArray();
        return BytesOps.split(a, a.length, sep, maxsplit, true);
    }

    @PyMethod(sig = "sep=None, maxsplit=-1", doc = "Return a list of the sections in the bytearray, using sep as the delimiter.")
    PyObject rsplit(PyObject sep, long maxsplit) {
        byte[] a = toByteArray();
        return BytesOps.rsplit(a, a.length, sep, maxsplit, true);
    }

    @PyMethod(sig = "keepends=False", doc = "Return a list of the lines in the bytearray, breaking at line boundaries.")
    PyObject splitlines(boolean keepends) {
        byte[] a = toByteArray();
        return BytesOps.splitlines(a, a.length, keepends, true);
    }

    @PyMethod(sig = "sep, /", doc = "Partition the bytearray into three parts using the given separator.")
    PyObject partition(PyObject sep) {
        byte[] a = toByteArray();
        return BytesOps.partition(a, a.length, sep, true);
    }

    @PyMethod(sig = "sep, /", doc = "Partition the bytearray into three parts using the given separator.")
    PyObject rpartition(PyObject sep) {
        byte[] a = toByteArray();
        return BytesOps.rpartition(a, a.length, sep, true);
    }

    @PyMethod(sig = "iterable_of_bytes, /", doc = "Concatenate any number of bytes/bytearray objects.")
    PyObject join(PyObject iterable) {
        byte[] a = toByteArray();
        return BytesOps.join(a, a.length, iterable, true);
    }

    @PyMethod(sig = "old, new, count=-1, /", doc = "Return a copy with all occurrences of substring old replaced by new.")
    PyObject replace(PyObject old, PyObject neu, long count) {
        byte[] a = toByteArray();
        return BytesOps.replace(a, a.length, old, neu, count, true);
    }

    @PyMethod(sig = "table, /, delete=NULL", doc = "Return a copy with each character mapped by the given translation table.")
    PyObject translate(PyObject table, PyObject delete) {
        byte[] a = toByteArray();
        return BytesOps.translate(a, a.length, table, delete, true);
    }

    @PyMethod(sig = "sep=NULL, bytes_per_sep=1", doc = "Create a string of hexadecimal numbers from a bytearray object.")
    PyObject hex(PyObject sep, long bytesPerSep) {
        byte[] a = toByteArray();
        return BytesOps.hex(a, a.length, sep, bytesPerSep);
    }
}
