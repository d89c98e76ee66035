package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/**
 * The binary layer of a {@link PyTextIO} ({@code sys.stdout.buffer}, {@code sys.stdin.buffer}): CPython's
 * {@code _io.BufferedWriter} / {@code _io.BufferedReader}. It shares the text stream's byte buffers, so
 * text and bytes written in turn come out in order, as they do in CPython after a flush.
 */
@PyClass(name = "BufferedWriter", module = "_io", basetype = false,
        doc = "Create a new buffered writer (or reader) for the given raw stream.")
public final class PyBufferedIO extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyBufferedIOTable());
    public static final PyType READER_TYPE = PyType.fromSpec(new PyBufferedIOTable().renamed("BufferedReader",
            "Create a new buffered reader using the given readable raw IO object."));

    private final PyTextIO text;
    /** The mode open() was given ("rb", "wb", "ab", "xb"), or null for a standard stream's buffer. */
    private String modeName;

    PyBufferedIO(PyTextIO text) {
        super(text.isWritable() ? TYPE : READER_TYPE);
        this.text = text;
    }

    /** A binary file for open(): the byte engine of {@code text} under the given mode. */
    static PyBufferedIO file(PyTextIO text, String mode) {
        PyBufferedIO b = new PyBufferedIO(text);
        b.modeName = mode;
        return b;
    }

    @PyMethod(doc = "")
    PyObject __enter__() {
        if (text.isClosed()) {
            throw PyErr.format(PyExc.ValueError, "I/O operation on closed file.");
        }
        return this;
    }

    @PyMethod(sig = "*args")
    PyObject __exit__(PyTuple args) {
        close();
        return PyNone.NONE;
    }

    @PyMethod(sig = "buffer, /", doc = "Write the given buffer to the IO stream.\n\nReturns the number of bytes written.")
    PyObject write(PyObject b) {
        byte[] v = BytesOps.buffer(b);
        text.writeBytes(v, 0, v.length);
        return PyInt.of(v.length);
    }

    @PyMethod(sig = "lines, /", doc = "Write a list of lines to stream.")
    void writelines(PyObject lines) {
        PyObject it = Abstract.getIter(lines);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            write(x);
        }
    }

    @PyMethod(doc = "Flush the write buffers of the stream if applicable.")
    void flush() {
        if (text.isWritable()) {
            text.flushBuffer();
        } else if (text.isClosed()) {
            throw PyErr.format(PyExc.ValueError, "flush of closed file");
        }
    }

    private static long size(PyObject size) {
        if (size == PyNone.NONE) {
            return -1;
        }
        return Abstract.asIndex(size, PyExc.OverflowError);
    }

    @PyMethod(sig = "size=-1, /", doc = "Read and return up to n bytes.")
    PyObject read(PyObject size) {
        return new PyBytes(text.readBytes(size(size)));
    }

    @PyMethod(sig = "size=-1, /", doc = "Read and return up to n bytes, with at most one read() call.")
    PyObject read1(PyObject size) {
        return new PyBytes(text.readBytes(size(size)));
    }

    @PyMethod(sig = "size=-1, /", doc = "Read and return a line from the stream.")
    PyObject readline(PyObject size) {
        return new PyBytes(text.readLineBytes(size(size)));
    }

    @PyMethod(sig = "hint=-1, /", doc = "Return a list of lines from the stream.")
    PyObject readlines(PyObject hint) {
        long h = size(hint);
        PyList out = new PyList();
        long total = 0;
        while (true) {
            byte[] line = text.readLineBytes(-1);
            if (line.length == 0) {
                break;
            }
            out.append(new PyBytes(line));
            total += line.length;
            if (h > 0 && total >= h) {
                break;
            }
        }
        return out;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        byte[] line = text.readLineBytes(-1);
        return line.length == 0 ? null : new PyBytes(line);
    }

    @PyMethod(doc = "")
    void close() {
        Abstract.callMethod(text, "close");
    }

    @PyMethod(doc = "")
    boolean readable() {
        return !text.isWritable();
    }

    @PyMethod(doc = "")
    boolean writable() {
        return text.isWritable();
    }

    @PyMethod(doc = "")
    boolean seekable() {
        return text.isSeekableFile();
    }

    @PyMethod(sig = "target, whence=0, /", doc = "")
    PyObject seek(PyObject target, int whence) {
        // _io__Buffered_seek_impl: whence is checked first, then the position must be an integer.
        if (whence < 0 || whence > 2) {
            throw PyErr.format(PyExc.ValueError, "whence value %d unsupported", whence);
        }
        if (text.isClosed()) {
            throw PyErr.format(PyExc.ValueError, "seek of closed file");
        }
        long pos = Abstract.asIndex(dev.kaa.runtime.PyNumber.index(target), PyExc.OverflowError);
        if (!text.isSeekableFile()) {
            throw PyErr.newException(PyTextIO.UnsupportedOperation, "seek");
        }
        return PyInt.of(text.seekBytes(pos, whence));
    }

    @PyMethod(doc = "")
    PyObject tell() {
        if (!text.isSeekableFile()) {
            throw PyErr.newException(PyTextIO.UnsupportedOperation, "tell");
        }
        return PyInt.of(text.tellBytes());
    }

    @PyMethod(doc = "")
    boolean isatty() {
        return text.isTty();
    }

    @PyMethod(doc = "")
    PyObject fileno() {
        if (text.filenoValue() < 0) {
            throw PyErr.newException(PyTextIO.UnsupportedOperation, "fileno");
        }
        return PyInt.of(text.filenoValue());
    }

    @PyGetter("closed")
    PyObject getClosed() {
        return PyBool.of(text.isClosed());
    }

    @PyGetter("name")
    PyObject getName() {
        return PyStr.of(text.name());
    }

    @PyGetter("mode")
    PyObject getMode() {
        return PyStr.of(modeName != null ? modeName : text.isWritable() ? "wb" : "rb");
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<" + type().getName() + " name=" + Abstract.repr(PyStr.of(text.name())) + ">");
    }
}
