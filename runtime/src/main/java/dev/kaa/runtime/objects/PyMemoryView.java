package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.CompareOp;

/**
 * {@code memoryview} of one-dimensional byte buffers (format 'B'): a window (start, step, length) on a
 * {@code bytes}, {@code bytearray} or another memoryview's object. Views of a bytearray see and make
 * changes in place. Not yet: other formats, {@code cast}, multi-dimensional shapes.
 */
@PyClass(name = "memoryview", basetype = false, doc = "Create a new memoryview object which references the given object.")
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyMemoryViewTable());

    /** The exporter: a PyBytes or PyByteArray. */
    private final PyObject obj;
    private final long start;
    private final long step;
    private final int length;
    private final boolean readonly;
    private boolean released;

    private PyMemoryView(PyObject obj, long start, long step, int length, boolean readonly) {
        super(TYPE);
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
    }

    private static final dev.kaa.runtime.binding.ArgSpec NEW_ARGS = new dev.kaa.runtime.binding.ArgSpec(
            dev.kaa.runtime.binding.ArgSpec.Style.KEYWORDS, "memoryview", new String[] {"object"}, 0, 1,
            new boolean[] {true}, false, false);

    /** memoryview() is parsed by Clinic's keyword parser ("memoryview() missing required argument ..."). */
    @PySlot(Slot.tp_new)
    static PyObject memoryviewNewVector(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames == null && nargs == 1) {
            return memoryviewNew(type, args[off]);
        }
        return memoryviewNew(type, NEW_ARGS.unpack(args, off, nargs, kwnames)[0]);
    }

    static PyObject memoryviewNew(PyType type, PyObject object) {
        if (object instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.value.length, true);
        }
        if (object instanceof PyByteArray b) {
            return new PyMemoryView(b, 0, 1, b.size, false);
        }
        if (object instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.step, m.length, m.readonly);
        }
        throw PyErr.format(PyExc.TypeError, "memoryview: a bytes-like object is required, not '%s'",
                object.type().getName());
    }

    private void check() {
        if (released) {
            throw PyErr.format(PyExc.ValueError, "operation forbidden on released memoryview object");
        }
    }

    private byte[] data() {
        return obj instanceof PyBytes b ? b.value : ((PyByteArray) obj).buf;
    }

    private int at(long i) {
        long j = start + i * step;
        byte[] d = data();
        if (j < 0 || j >= d.length) {
            throw PyErr.format(PyExc.IndexError, "index out of bounds on dimension 1");
        }
        return d[(int) j] & 0xff;
    }

    /** A copy of the viewed bytes. */
    public byte[] toByteArray() {
        check();
        byte[] d = data();
        byte[] out = new byte[length];
        if (step == 1 && start + length <= d.length) {
            System.arraycopy(d, (int) start, out, 0, length);
        } else {
            for (int i = 0; i < length; i++) {
                out[i] = (byte) at(i);
            }
        }
        return out;
    }

    @PySlot(Slot.sq_length)
    long len() {
        check();
        return length;
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        check();
        if (key instanceof PySlice slice) {
            PySlice.Indices x = slice.indices(length);
            return new PyMemoryView(obj, start + x.start() * step, step * x.step(), (int) x.length(), readonly);
        }
        if (key instanceof PyInt || key.type().nb_index != null) {
            long i = Abstract.asIndex(key, PyExc.IndexError);
            if (i < 0) {
                i += length;
            }
            if (i < 0 || i >= length) {
                throw PyErr.format(PyExc.IndexError, "index out of bounds on dimension 1");
            }
            return PyInt.of(at(i));
        }
        if (key instanceof PyTuple t && t.size() == 1 && (t.get(0) instanceof PyInt || t.get(0).type().nb_index != null)) {
            return subscript(t.get(0)); // a tuple of indices, one per dimension
        }
        throw PyErr.format(PyExc.TypeError, "memoryview: invalid slice key");
    }

    @PySlot(Slot.mp_ass_subscript)
    void assSubscript(PyObject key, PyObject value) {
        check();
        if (readonly) {
            throw PyErr.format(PyExc.TypeError, "cannot modify read-only memory");
        }
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "cannot delete memory");
        }
        byte[] d = data();
        if (key instanceof PySlice slice) {
            PySlice.Indices x = slice.indices(length);
            byte[] v = BytesOps.bufferOrNull(value);
            if (v == null) {
                throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'", value.type().getName());
            }
            if (v.length != x.length()) {
                throw PyErr.format(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < v.length; k++) {
                d[(int) (start + (x.start() + k * x.step()) * step)] = v[k];
            }
            return;
        }
        if (!(key instanceof PyInt) && key.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "memoryview: invalid slice key");
        }
        long i = Abstract.asIndex(key, PyExc.IndexError);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyErr.format(PyExc.IndexError, "index out of bounds on dimension 1");
        }
        if (!(value instanceof PyInt) && value.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "memoryview: invalid type for format 'B'");
        }
        long v = Abstract.asIndex(value, PyExc.ValueError);
        if (v < 0 || v > 255) {
            throw PyErr.format(PyExc.ValueError, "memoryview: invalid value for format 'B'");
        }
        d[(int) (start + i * step)] = (byte) v;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        check();
        return new PySeqIterator(this);
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (other == this) {
            return PyBool.of(op == CompareOp.EQ);
        }
        if (released) {
            return PyBool.of(op == CompareOp.NE);
        }
        byte[] o = BytesOps.bufferOrNull(other);
        if (o == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = java.util.Arrays.equals(toByteArray(), o);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        check();
        if (!readonly) {
            throw PyErr.format(PyExc.ValueError, "cannot hash writable memoryview object");
        }
        byte[] v = toByteArray();
        return v.length == 0 ? 0 : PyHash.hashBytes(ThreadState.current().interp.hashSecret, v, 0, v.length);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of((released ? "<released memory at " : "<memory at ") + Abstract.addressOf(this) + ">");
    }

    @PyMethod(sig = "order='C'", doc = "Return the data in the buffer as a byte string.")
    PyObject tobytes(PyObject order) {
        return new PyBytes(toByteArray());
    }

    @PyMethod(doc = "Return the data in the buffer as a list of elements.")
    PyObject tolist() {
        byte[] v = toByteArray();
        PyObject[] items = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            items[i] = PyInt.of(v[i] & 0xff);
        }
        return PyList.of(items);
    }

    @PyMethod(sig = "sep=NULL, bytes_per_sep=1", doc = "Return the data in the buffer as a str of hexadecimal numbers.")
    PyObject hex(PyObject sep, long bytesPerSep) {
        byte[] v = toByteArray();
        return BytesOps.hex(v, v.length, sep, bytesPerSep);
    }

    @PyMethod(sig = "flags, /", doc = "Return a buffer object that exposes the underlying memory of the object.")
    PyObject __buffer__(int flags) {
        return PyMemoryView.memoryviewNew(PyMemoryView.TYPE, this);
    }

    @PyMethod(sig = "buffer, /", doc = "Release the buffer object that exposes the underlying memory of the object.")
    void __release_buffer__(PyObject buffer) {
    }

    @PyMethod(doc = "Release the underlying buffer exposed by the memoryview object.")
    void release() {
        released = true;
    }

    /**
     * {@code memory_cast}, with CPython's checks in its order. Only byte views are represented, so a cast
     * to another format or to more than one dimension is not supported yet (NotImplementedError).
     */
    @PyMethod(sig = "format, shape=NULL", doc = "Cast a memoryview to a new format or shape.")
    PyObject cast(PyStr format, PyObject shape) {
        check();
        if (step != 1 && length > 1) {
            throw PyErr.format(PyExc.TypeError, "memoryview: casts are restricted to C-contiguous views");
        }
        long[] dims = null;
        if (shape != null) {
            if (!(shape instanceof PyList) && !(shape instanceof PyTuple)) {
                throw PyErr.format(PyExc.TypeError, "shape must be a list or a tuple");
            }
            PyObject[] items = Abstract.sequenceToArray(shape);
            if (items.length > 64) {
                throw PyErr.format(PyExc.ValueError, "memoryview: number of dimensions must not exceed 64");
            }
            dims = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyInt)) {
                    throw PyErr.format(PyExc.TypeError, "memoryview.cast(): elements of shape must be integers");
                }
                dims[i] = Abstract.asIndex(items[i], PyExc.OverflowError);
            }
        }
        String f = format.toString();
        String fc = f.startsWith("@") ? f.substring(1) : f;
        if (fc.length() != 1 || "cbBhHiIlLqQnNfde?P".indexOf(fc.charAt(0)) < 0) {
            throw PyErr.format(PyExc.ValueError, "memoryview: destination format must be a native single "
                    + "character format prefixed with an optional '@'");
        }
        if (dims != null) {
            long product = 1;
            for (long d : dims) {
                if (d <= 0) {
                    throw PyErr.format(PyExc.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
                }
                product *= d;
            }
            if (product != length) {
                throw PyErr.format(PyExc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
            }
        }
        if (fc.charAt(0) != 'B' || (dims != null && dims.length != 1)) {
            throw PyErr.format(PyExc.NotImplementedError, "memoryview: cast to format '%s' with this shape is not supported", f);
        }
        return new PyMemoryView(obj, start, 1, length, readonly);
    }

    @PyMethod(classmethod = true, sig = "object, flags",
              doc = "Create a new memoryview object which references the given object.")
    static PyObject _from_flags(PyType cls, PyObject object, int flags) {
        return memoryviewNew(TYPE, object);
    }

    @PyMethod(doc = "Return a readonly version of the memoryview.")
    PyObject toreadonly() {
        check();
        return new PyMemoryView(obj, start, step, length, true);
    }

    @PyMethod(doc = "")
    PyObject __enter__() {
        check();
        return this;
    }

    @PyMethod(sig = "*args")
    PyObject __exit__(PyTuple args) {
        release();
        return PyNone.NONE;
    }

    @PyGetter("obj")
    PyObject getObj() {
        check();
        return obj;
    }

    @PyGetter("nbytes")
    PyObject getNbytes() {
        check();
        return PyInt.of(length);
    }

    @PyGetter("readonly")
    PyObject getReadonly() {
        check();
        return PyBool.of(readonly);
    }

    @PyGetter("itemsize")
    PyObject getItemsize() {
        check();
        return PyInt.ONE;
    }

    @PyGetter("format")
    PyObject getFormat() {
        check();
        return PyStr.of("B");
    }

    @PyGetter("ndim")
    PyObject getNdim() {
        check();
        return PyInt.ONE;
    }

    @PyGetter("shape")
    PyObject getShape() {
        check();
        return PyTuple.of(PyInt.of(length));
    }

    @PyGetter("strides")
    PyObject getStrides() {
        check();
        return PyTuple.of(PyInt.of(step));
    }

    @PyGetter("suboffsets")
    PyObject getSuboffsets() {
        check();
        return PyTuple.EMPTY;
    }

    @PyGetter("c_contiguous")
    PyObject getCContiguous() {
        check();
        return PyBool.of(step == 1 || length <= 1);
    }

    @PyGetter("f_contiguous")
    PyObject getFContiguous() {
        return getCContiguous();
    }

    @PyGetter("contiguous")
    PyObject getContiguous() {
        return getCContiguous();
    }
}
