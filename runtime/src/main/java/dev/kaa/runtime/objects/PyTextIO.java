package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.binding.Members;
import dev.kaa.runtime.binding.TypeSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code _io.TextIOWrapper} over a Java stream: what {@code sys.stdin}, {@code sys.stdout} and
 * {@code sys.stderr} are. Text is UTF-8; the error handler is chosen by whoever creates the stream
 * ({@code 'strict'}, {@code 'surrogateescape'} as CPython uses under the C locale, {@code 'backslashreplace'}
 * for stderr).
 *
 * <p>Output is encoded straight into one byte buffer (CPython has a text layer and a BufferedWriter; one
 * buffer gives the same observable behaviour): it goes to the Java stream when full, on {@code flush()},
 * after a write containing a newline when {@code line_buffering}, and after every write when
 * {@code write_through} (CPython's {@code -u}). Input decodes line by line (a newline byte never occurs
 * inside a UTF-8 sequence) with universal newlines, as CPython's stdin ({@code newline=None}).
 *
 * <p>{@code print()} and {@code input()} call {@link #writeStr} and {@link #readLine} directly when the stream
 * is of this exact class. Writes and reads hold a lock, so threads never interleave inside one write.
 *
 * <p>Factories for the command line: {@link #forOutput(OutputStream, String, boolean)},
 * {@link #forOutput(OutputStream, String, int, String, boolean, boolean, boolean)},
 * {@link #forInput(InputStream, String)}, {@link #forInput(InputStream, String, int, String, boolean)}.
 */
@PyClass(name = "TextIOWrapper", module = "_io", basetype = false,
        doc = "Character and line based layer over a BufferedIOBase object, buffer.")
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyTextIOTable());

    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
    public static final PyType UnsupportedOperation = PyType.fromSpec(new TypeSpec("UnsupportedOperation", "io",
            "UnsupportedOperation", PyExc.OSError.getLayout(), true, null) {
        @Override
        public void defineSlots(PyType type) {
        }

        @Override
        public void defineMembers(Members members) {
        }

        @Override
        public PyObject call(int index, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
            throw new IllegalStateException();
        }
    }, PyExc.OSError, PyExc.ValueError);

    private static final int BUFFER_SIZE = 8192;

    private final String name;
    private final OutputStream out;
    private final InputStream in;
    private final int fileno;
    private final boolean tty;
    private String errors;
    private boolean lineBuffering;
    private boolean writeThrough;
    private volatile boolean closed;
    private final ReentrantLock lock = new ReentrantLock();
    /** For files: the mode given to open(), the encoding's name, the resource close() releases. */
    private String modeName;
    private String encodingName = "utf-8";
    private java.io.Closeable resource;
    /** Universal newlines on input: \\r and \\r\\n become \\n (newline=None); false for newline=''. */
    private boolean translate = true;
    /** For files: the channel under {@link #in}/{@link #out}, for seek() and tell(); null for other streams. */
    private java.nio.channels.FileChannel channel;
    /** The codec: {@link #UTF8}, {@link #ASCII} or {@link #LATIN1} (one byte per character for the last two). */
    private int codec = UTF8;
    static final int UTF8 = 0;
    static final int ASCII = 1;
    static final int LATIN1 = 2;
    /** False while iterating with next(), as CPython's {@code telling}: tell() is disabled until EOF or seek. */
    private boolean telling = true;

    /** Output: encoded bytes not yet written to {@link #out}. */
    private byte[] wbuf;
    private int wlen;

    /** Input: bytes read from {@link #in} and not yet decoded. */
    private byte[] rbuf;
    private int rpos;
    private int rlen;
    private boolean eof;

    private PyTextIO(String name, OutputStream out, InputStream in, int fileno, String errors, boolean lineBuffering,
                     boolean writeThrough, boolean tty) {
        super(TYPE);
        this.name = name;
        this.out = out;
        this.in = in;
        this.fileno = fileno;
        this.errors = errors;
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        this.tty = tty;
        if (out != null) {
            wbuf = new byte[BUFFER_SIZE];
        } else {
            rbuf = new byte[BUFFER_SIZE];
        }
    }

    /**
     * A writable text stream over {@code out} named {@code name} ({@code "<stdout>"}, {@code "<stderr>"}):
     * errors 'strict' ('backslashreplace' for {@code "<stderr>"}), fileno 1/2 for those names, not a tty.
     */
    public static PyTextIO forOutput(OutputStream out, String name, boolean lineBuffered) {
        boolean isErr = name.equals("<stderr>");
        return new PyTextIO(name, out, null, isErr ? 2 : name.equals("<stdout>") ? 1 : -1,
                isErr ? "backslashreplace" : "strict", lineBuffered, false, false);
    }

    /**
     * A writable text stream with every setting given: {@code fileno} (-1: none, fileno() raises),
     * {@code errors} (strict, surrogateescape, backslashreplace, replace, ignore), line buffering,
     * write-through (unbuffered, {@code -u}) and what {@code isatty()} answers.
     */
    public static PyTextIO forOutput(OutputStream out, String name, int fileno, String errors, boolean lineBuffered,
                                     boolean writeThrough, boolean tty) {
        return new PyTextIO(name, out, null, fileno, errors, lineBuffered, writeThrough, tty);
    }

    /** A readable text stream over {@code in} (errors 'strict'; fileno 0 for {@code "<stdin>"}; not a tty). */
    public static PyTextIO forInput(InputStream in, String name) {
        return new PyTextIO(name, null, in, name.equals("<stdin>") ? 0 : -1, "strict", false, false, false);
    }

    /** A readable text stream with every setting given (see the output factory). */
    public static PyTextIO forInput(InputStream in, String name, int fileno, String errors, boolean tty) {
        return new PyTextIO(name, null, in, fileno, errors, false, false, tty);
    }

    /**
     * A text file for {@code open()}: {@code mode} as given ("r", "w", "a", "x"), closing {@code resource}
     * on close. Output is written through on every write: with no finalization on the JVM, a file that is
     * never closed must still hold everything written to it.
     */
    static PyTextIO file(String name, String mode, InputStream in, OutputStream out,
                         java.nio.channels.FileChannel channel, boolean translateNewlines, String encodingName,
                         int codec, String errors) {
        PyTextIO f = new PyTextIO(name, out, in, -1, errors, false, out != null, false);
        f.modeName = mode;
        f.encodingName = encodingName;
        f.resource = channel;
        f.channel = channel;
        f.translate = translateNewlines;
        f.codec = codec;
        return f;
    }

    /**
     * The codec of an {@code open()} encoding name (as normalized by {@link BytesOps#normalizeEncoding}),
     * or -1 when files cannot use it yet.
     */
    static int codecOf(String normalized) {
        return switch (normalized) {
            case "utf-8", "utf8", "u8", "utf", "cp65001", "utf-8-sig" -> UTF8;
            case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us" -> ASCII;
            case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100" -> LATIN1;
            default -> -1;
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Java-level access (print, input, the command line)

    /** Whether this stream is writable. */
    public boolean isWritable() {
        return out != null;
    }

    /** Writes {@code s} as {@code write(s)} would; the fast path of {@code print()}. */
    public void writeStr(PyStr s) {
        lock.lock();
        try {
            checkWritable();
            boolean nl = encode(s);
            if (writeThrough || (nl && lineBuffering)) {
                flushLocked();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Writes a Java string of BMP characters known to hold no surrogates (print's separators). */
    public void writeAscii(String s) {
        lock.lock();
        try {
            checkWritable();
            boolean nl = false;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    put((byte) c);
                    nl |= c == '\n';
                } else {
                    encodeCodePoint(c, i, null);
                }
            }
            if (writeThrough || (nl && lineBuffering)) {
                flushLocked();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Writes the buffer to the Java stream and flushes it; OSError on failure. */
    public void flushBuffer() {
        lock.lock();
        try {
            if (closed) {
                throw closedError();
            }
            flushLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Flushes, ignoring errors (for shutdown paths that must not raise). */
    public void flushQuietly() {
        lock.lock();
        try {
            if (!closed && out != null) {
                flushLocked();
            }
        } catch (PyException e) {
            // CPython reports flush failures at exit itself; callers that care call flushBuffer().
        } finally {
            lock.unlock();
        }
    }

    /** One line including its newline ('' at end of file), at most {@code limit} code points if >= 0. */
    public PyStr readLine(long limit) {
        lock.lock();
        try {
            checkReadable();
            return readLineLocked(limit);
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The binary layer ({@code buffer}): raw bytes through the same buffers, so text and bytes keep their order

    private PyBufferedIO buffer;

    /** Writes raw bytes (the {@code buffer.write} of this stream). */
    void writeBytes(byte[] b, int off, int len) {
        lock.lock();
        try {
            checkWritable();
            for (int i = 0; i < len; i++) {
                put(b[off + i]);
            }
            if (writeThrough) {
                flushLocked();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads up to n raw bytes (all when n < 0); an empty array at end of file. */
    byte[] readBytes(long n) {
        lock.lock();
        try {
            checkReadable();
            java.io.ByteArrayOutputStream acc = new java.io.ByteArrayOutputStream();
            while ((n < 0 || acc.size() < n) && fill()) {
                int take = (int) Math.min(rlen - rpos, n < 0 ? Integer.MAX_VALUE : n - acc.size());
                acc.write(rbuf, rpos, take);
                rpos += take;
            }
            return acc.toByteArray();
        } finally {
            lock.unlock();
        }
    }

    /** Reads one raw line including its b'\\n' (no newline translation), at most limit bytes if >= 0. */
    byte[] readLineBytes(long limit) {
        lock.lock();
        try {
            checkReadable();
            java.io.ByteArrayOutputStream acc = new java.io.ByteArrayOutputStream();
            while ((limit < 0 || acc.size() < limit) && fill()) {
                byte b = rbuf[rpos++];
                acc.write(b);
                if (b == '\n') {
                    break;
                }
            }
            return acc.toByteArray();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        return closed;
    }

    String name() {
        return name;
    }

    boolean isTty() {
        return tty;
    }

    int filenoValue() {
        return fileno;
    }

    @PyGetter("buffer")
    PyObject getBuffer() {
        PyBufferedIO b = buffer;
        if (b == null) {
            b = new PyBufferedIO(this);
            buffer = b;
        }
        return b;
    }

    // ---------------------------------------------------------------------------------------------
    // Output

    private void checkWritable() {
        if (closed) {
            throw closedError();
        }
        if (out == null) {
            throw PyErr.newException(UnsupportedOperation, "not writable");
        }
    }

    private static PyException closedError() {
        return PyErr.format(PyExc.ValueError, "I/O operation on closed file.");
    }

    private void put(byte b) {
        if (wlen == wbuf.length) {
            drain();
        }
        wbuf[wlen++] = b;
    }

    /** Moves the buffer to the Java stream (without flushing the Java stream). */
    private void drain() {
        if (wlen == 0) {
            return;
        }
        int n = wlen;
        wlen = 0;
        try {
            out.write(wbuf, 0, n);
        } catch (IOException e) {
            throw osError(e);
        }
    }

    private void flushLocked() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw osError(e);
        }
    }

    static PyException osError(IOException e) {
        String m = e.getMessage();
        if (m != null && m.contains("Broken pipe")) {
            return PyErr.newException(PyExc.OSError, PyInt.of(32), PyStr.of("Broken pipe"));
        }
        if (m != null && m.contains("Bad file descriptor")) {
            return PyErr.newException(PyExc.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
        }
        return PyErr.newException(PyExc.OSError, PyInt.of(5), PyStr.of(m == null ? "Input/output error" : m));
    }

    /** Encodes {@code s} into the buffer; returns whether it contained a newline or carriage return. */
    private boolean encode(PyStr s) {
        boolean nl = false;
        String js = s.js();
        if (js != null) {
            int n = js.length();
            int i = 0;
            // Fast path: ASCII straight into the buffer.
            while (i < n) {
                int room = wbuf.length - wlen;
                if (room == 0) {
                    drain();
                    continue;
                }
                int end = Math.min(n, i + room);
                int j = i;
                byte[] b = wbuf;
                int w = wlen;
                for (; j < end; j++) {
                    char c = js.charAt(j);
                    if (c >= 0x80) {
                        break;
                    }
                    b[w++] = (byte) c;
                    nl |= c == '\n' | c == '\r';
                }
                wlen = w;
                i = j;
                if (j < end) {
                    encodeCodePoint(js.charAt(i), i, s);
                    i++;
                }
            }
        } else {
            int[] cps = s.cps;
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                nl |= c == '\n' || c == '\r';
                encodeCodePoint(c, i, s);
            }
        }
        return nl;
    }

    private void encodeCodePoint(int c, int pos, PyStr whole) {
        if (c < 0x80) {
            put((byte) c);
        } else if (codec != UTF8) {
            encodeNarrow(c, pos, whole);
        } else if (c < 0x800) {
            put((byte) (0xc0 | (c >> 6)));
            put((byte) (0x80 | (c & 0x3f)));
        } else if (c >= 0xd800 && c <= 0xdfff) {
            encodeSurrogate(c, pos, whole);
        } else if (c < 0x10000) {
            put((byte) (0xe0 | (c >> 12)));
            put((byte) (0x80 | ((c >> 6) & 0x3f)));
            put((byte) (0x80 | (c & 0x3f)));
        } else {
            put((byte) (0xf0 | (c >> 18)));
            put((byte) (0x80 | ((c >> 12) & 0x3f)));
            put((byte) (0x80 | ((c >> 6) & 0x3f)));
            put((byte) (0x80 | (c & 0x3f)));
        }
    }

    /** A non-ASCII code point in ASCII or Latin-1, under the stream's error handler. */
    private void encodeNarrow(int c, int pos, PyStr whole) {
        int limit = codec == ASCII ? 0x80 : 0x100;
        if (c < limit) {
            put((byte) c);
            return;
        }
        switch (errors) {
            case "replace" -> put((byte) '?');
            case "ignore" -> {
            }
            case "backslashreplace" -> {
                String r = c < 0x100 ? String.format("\\x%02x", c)
                        : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                for (int i = 0; i < r.length(); i++) {
                    put((byte) r.charAt(i));
                }
            }
            case "xmlcharrefreplace" -> {
                String r = "&#" + c + ";";
                for (int i = 0; i < r.length(); i++) {
                    put((byte) r.charAt(i));
                }
            }
            default -> {
                PyObject obj = whole != null ? whole : PyStr.ofCodePoint(c);
                int start = whole != null ? pos : 0;
                throw PyErr.newException(PyExc.UnicodeEncodeError, PyStr.of(codec == ASCII ? "ascii" : "latin-1"),
                        obj, PyInt.of(start), PyInt.of(start + 1),
                        PyStr.of("ordinal not in range(" + limit + ")"));
            }
        }
    }

    /** A lone surrogate under the stream's error handler. */
    private void encodeSurrogate(int c, int pos, PyStr whole) {
        switch (errors) {
            case "surrogateescape" -> {
                if (c >= 0xdc80 && c <= 0xdcff) {
                    put((byte) (c - 0xdc00));
                    return;
                }
            }
            case "surrogatepass" -> {
                put((byte) (0xe0 | (c >> 12)));
                put((byte) (0x80 | ((c >> 6) & 0x3f)));
                put((byte) (0x80 | (c & 0x3f)));
                return;
            }
            case "backslashreplace" -> {
                String r = String.format("\\u%04x", c);
                for (int i = 0; i < r.length(); i++) {
                    put((byte) r.charAt(i));
                }
                return;
            }
            case "replace" -> {
                put((byte) '?');
                return;
            }
            case "ignore" -> {
                return;
            }
            default -> {
            }
        }
        PyObject obj = whole != null ? whole : PyStr.ofCodePoint(c);
        int start = whole != null ? pos : 0;
        throw PyErr.newException(PyExc.UnicodeEncodeError, PyStr.of("utf-8"), obj, PyInt.of(start),
                PyInt.of(start + 1), PyStr.of("surrogates not allowed"));
    }

    // ---------------------------------------------------------------------------------------------
    // Input

    private void checkReadable() {
        if (closed) {
            throw closedError();
        }
        if (in == null) {
            throw PyErr.newException(UnsupportedOperation, "not readable");
        }
    }

    /** Makes at least one unread byte available; false at end of file. */
    private boolean fill() {
        if (rpos < rlen) {
            return true;
        }
        if (eof) {
            return false;
        }
        try {
            int n = in.read(rbuf, 0, rbuf.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            rpos = 0;
            rlen = n;
            return true;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    /** Reads raw bytes of one line (universal newlines: \r and \r\n become \n), up to limit bytes (-1: none). */
    private PyStr readLineLocked(long limit) {
        java.io.ByteArrayOutputStream line = null;
        byte[] one = null;
        int oneLen = 0;
        long count = 0;
        while (limit < 0 || count < limit) {
            if (!fill()) {
                break;
            }
            // Scan the buffer for a newline.
            int start = rpos;
            int i = rpos;
            int end = rlen;
            if (limit >= 0) {
                end = (int) Math.min(end, rpos + (limit - count));
            }
            byte found = 0;
            while (i < end) {
                byte b = rbuf[i];
                if (b == '\n' || b == '\r') {
                    found = b;
                    break;
                }
                i++;
            }
            int n = i - start;
            if (line == null && found != 0 && one == null) {
                // The whole line is in the buffer: the common case.
                rpos = i + 1;
                String ending = "\n";
                if (found == '\r') {
                    boolean lf = skipLf();
                    ending = translate ? "\n" : lf ? "\r\n" : "\r";
                }
                return decode(rbuf, start, n, ending);
            }
            if (line == null) {
                line = new java.io.ByteArrayOutputStream(Math.max(64, n * 2));
            }
            line.write(rbuf, start, n);
            count += n;
            rpos = i;
            if (found != 0) {
                rpos++;
                String ending = "\n";
                if (found == '\r') {
                    boolean lf = skipLf();
                    ending = translate ? "\n" : lf ? "\r\n" : "\r";
                }
                byte[] all = line.toByteArray();
                return decode(all, 0, all.length, ending);
            }
        }
        if (line == null) {
            return PyStr.EMPTY;
        }
        byte[] all = line.toByteArray();
        return decode(all, 0, all.length, false);
    }

    private boolean skipLf() {
        if (fill() && rbuf[rpos] == '\n') {
            rpos++;
            return true;
        }
        return false;
    }

    /** Reads up to {@code n} code points (all when n < 0). */
    private PyStr readChars(long n) {
        java.io.ByteArrayOutputStream acc = new java.io.ByteArrayOutputStream();
        long chars = 0;
        while (n < 0 || chars < n) {
            if (!fill()) {
                break;
            }
            int b = rbuf[rpos++] & 0xff;
            if (b == '\r' && translate) {
                skipLf();
                acc.write('\n');
                chars++;
                continue;
            }
            acc.write(b);
            // Complete a multi-byte sequence so that a character is never split.
            int more = codec != UTF8 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
            for (int k = 0; k < more && fill(); k++) {
                int c = rbuf[rpos] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    break;
                }
                acc.write(c);
                rpos++;
            }
            chars++;
        }
        byte[] all = acc.toByteArray();
        return decode(all, 0, all.length, false);
    }

    private PyStr decode(byte[] b, int off, int len, boolean newline) {
        return decode(b, off, len, newline ? "\n" : "");
    }

    /** UTF-8 decoding under the stream's error handler, then {@code ending} (a line ending or ""). */
    private PyStr decode(byte[] b, int off, int len, String ending) {
        if (codec != UTF8) {
            PyStr text = BytesOps.decode(java.util.Arrays.copyOfRange(b, off, off + len),
                    codec == ASCII ? "ascii" : "latin-1", errors, null);
            return ending.isEmpty() ? text : PyStr.of(text.toString() + ending);
        }
        return BytesOps.decodeUtf8(b, off, len, errors, ending, null);
    }

    // ---------------------------------------------------------------------------------------------
    // Python methods

    @PyMethod(sig = "text, /", doc = "Write string s to stream.\n\nReturn the number of characters written\n"
            + "(which is always equal to the length of the string).")
    PyObject write(PyObject text) {
        if (!(text instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "write() argument must be str, not %s", text.type().getName());
        }
        writeStr(s);
        return PyInt.of(s.length());
    }

    @PyMethod(doc = "Flush write buffers, if applicable.")
    void flush() {
        if (closed) {
            throw closedError();
        }
        if (out != null) {
            flushBuffer();
        }
    }

    @PyMethod(doc = "Flush and close the IO object.\n\nThis method has no effect if the file is already closed.")
    void close() {
        if (closed) {
            return;
        }
        try {
            if (out != null) {
                flushBuffer();
            }
        } finally {
            closed = true;
            if (resource != null) {
                try {
                    resource.close();
                } catch (IOException e) {
                    throw osError(e);
                }
            }
        }
    }

    @PyMethod(sig = "size=-1, /", doc = "Read at most size characters from stream.")
    PyObject read(PyObject size) {
        long n = sizeArg(size);
        lock.lock();
        try {
            checkReadable();
            return readChars(n);
        } finally {
            lock.unlock();
        }
    }

    private static long sizeArg(PyObject size) {
        if (size == PyNone.NONE) {
            return -1;
        }
        if (!(size instanceof PyInt) && size.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "argument should be integer or None, not '%s'", size.type().getName());
        }
        return Abstract.asIndex(size, PyExc.OverflowError);
    }

    @PyMethod(sig = "size=-1, /", doc = "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.")
    PyObject readline(PyObject size) {
        return readLine(sizeArg(size));
    }

    @PyMethod(sig = "hint=-1, /", doc = "Return a list of lines from the stream.")
    PyObject readlines(PyObject hint) {
        long h = sizeArg(hint);
        PyList result = new PyList();
        long total = 0;
        while (true) {
            PyStr line = readLine(-1);
            if (line.length() == 0) {
                break;
            }
            result.append(line);
            total += line.length();
            if (h > 0 && total >= h) {
                break;
            }
        }
        return result;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        if (closed) {
            throw closedError();
        }
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        // textiowrapper_iternext: tell() is disabled while iterating, enabled again at EOF.
        telling = false;
        PyStr line = readLine(-1);
        if (line.length() == 0) {
            telling = channel != null;
            return null;
        }
        return line;
    }

    @PyMethod(doc = "Return whether object was opened for reading.")
    boolean readable() {
        if (closed) {
            throw closedError();
        }
        return in != null;
    }

    @PyMethod(doc = "Return whether object was opened for writing.")
    boolean writable() {
        if (closed) {
            throw closedError();
        }
        return out != null;
    }

    @PyMethod(doc = "Return whether object supports random access.")
    boolean seekable() {
        if (closed) {
            throw closedError();
        }
        return channel != null;
    }

    @PyMethod(doc = "Return whether this is an 'interactive' stream.")
    boolean isatty() {
        if (closed) {
            throw closedError();
        }
        return tty;
    }

    @PyMethod(doc = "Return underlying file descriptor if one exists.")
    PyObject fileno() {
        if (fileno < 0) {
            throw PyErr.newException(UnsupportedOperation, "fileno");
        }
        return PyInt.of(fileno);
    }

    @PyMethod(sig = "*, encoding=None, errors=None, newline=NULL, line_buffering=None, write_through=None",
            doc = "Reconfigure the text stream with new parameters.")
    void reconfigure(PyObject encoding, PyObject errors, PyObject newline, PyObject lineBuffering,
                     PyObject writeThrough) {
        if (encoding != PyNone.NONE) {
            String e = Abstract.str(encoding).toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            if (!e.equals("utf-8") && !e.equals("utf8")) {
                throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
            }
        }
        if (errors != PyNone.NONE) {
            if (!(errors instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "reconfigure() argument 'errors' must be str or None, not %s",
                        errors.type().getName());
            }
            this.errors = errors.toString();
        }
        if (lineBuffering != PyNone.NONE) {
            this.lineBuffering = Abstract.isTrue(lineBuffering);
        }
        if (writeThrough != PyNone.NONE) {
            this.writeThrough = Abstract.isTrue(writeThrough);
        }
        if (out != null && (this.lineBuffering || this.writeThrough)) {
            flushBuffer();
        }
    }

    @PyMethod(sig = "lines, /", doc = "Write a list of lines to stream.")
    void writelines(PyObject lines) {
        PyObject it = Abstract.getIter(lines);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            write(x);
        }
    }

    @PyMethod(sig = "cookie, whence=0, /", doc = "Set the stream position, and return the new position.")
    PyObject seek(PyObject cookie, int whence) {
        // _io_TextIOWrapper_seek_impl. Kaa's cookies are plain byte offsets: reads never stop inside a
        // character, so there is no decoder state to encode.
        if (closed) {
            throw closedError();
        }
        if (channel == null) {
            throw PyErr.newException(UnsupportedOperation, "underlying stream is not seekable");
        }
        switch (whence) {
            case 1 -> {
                if (!Abstract.richCompareBool(cookie, PyInt.of(0), dev.kaa.runtime.slots.CompareOp.EQ)) {
                    throw PyErr.newException(UnsupportedOperation, "can't do nonzero cur-relative seeks");
                }
                cookie = tell();
            }
            case 2 -> {
                if (!Abstract.richCompareBool(cookie, PyInt.of(0), dev.kaa.runtime.slots.CompareOp.EQ)) {
                    throw PyErr.newException(UnsupportedOperation, "can't do nonzero end-relative seeks");
                }
                lock.lock();
                try {
                    return PyInt.of(seekBytesLocked(0, 2));
                } finally {
                    lock.unlock();
                }
            }
            case 0 -> {
            }
            default -> throw PyErr.format(PyExc.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (Abstract.richCompareBool(cookie, PyInt.of(0), dev.kaa.runtime.slots.CompareOp.LT)) {
            throw PyErr.format(PyExc.ValueError, "negative seek position %s", Abstract.repr(cookie));
        }
        PyInt pos = dev.kaa.runtime.PyNumber.index(cookie);
        lock.lock();
        try {
            seekBytesLocked(pos.isSmall() ? pos.value : Long.MAX_VALUE, 0);
        } finally {
            lock.unlock();
        }
        return cookie;
    }

    @PyMethod(doc = "Return the stream position.")
    PyObject tell() {
        if (closed) {
            throw closedError();
        }
        if (channel == null) {
            throw PyErr.newException(UnsupportedOperation, "underlying stream is not seekable");
        }
        if (!telling) {
            throw PyErr.format(PyExc.OSError, "telling position disabled by next() call");
        }
        lock.lock();
        try {
            return PyInt.of(tellBytesLocked());
        } finally {
            lock.unlock();
        }
    }

    /** Whether this stream is a file that seek() and tell() work on. */
    boolean isSeekableFile() {
        return channel != null;
    }

    /** The byte position of the next byte read or written (the buffers taken into account). */
    long tellBytes() {
        lock.lock();
        try {
            if (closed) {
                throw closedError();
            }
            return tellBytesLocked();
        } finally {
            lock.unlock();
        }
    }

    private long tellBytesLocked() {
        try {
            if (out != null) {
                drain();
                return channel.position();
            }
            return channel.position() - (rlen - rpos);
        } catch (IOException e) {
            throw osError(e);
        }
    }

    /** {@code lseek(pos, whence)} after flushing writes and dropping buffered input; the new position. */
    long seekBytes(long pos, int whence) {
        lock.lock();
        try {
            if (closed) {
                throw closedError();
            }
            return seekBytesLocked(pos, whence);
        } finally {
            lock.unlock();
        }
    }

    private long seekBytesLocked(long pos, int whence) {
        try {
            long target = switch (whence) {
                case 0 -> pos;
                case 1 -> tellBytesLocked() + pos;
                default -> channel.size() + pos;
            };
            if (target < 0) {
                throw PyErr.newException(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
            }
            if (out != null) {
                drain();
            }
            rpos = 0;
            rlen = 0;
            eof = false;
            telling = true;
            channel.position(target);
            return target;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    @PyMethod(sig = "pos=None, /", doc = "Truncate file to size bytes.")
    PyObject truncate(PyObject pos) {
        if (closed) {
            throw closedError();
        }
        throw PyErr.newException(UnsupportedOperation, "truncate");
    }

    @PyMethod(doc = "")
    PyObject __enter__() {
        if (closed) {
            throw closedError();
        }
        return this;
    }

    @PyMethod(sig = "*args")
    PyObject __exit__(PyTuple args) {
        close();
        return PyNone.NONE;
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<_io.TextIOWrapper name=" + Abstract.repr(PyStr.of(name)) + " mode='" + mode()
                + "' encoding='" + encodingName + "'>");
    }

    @PyGetter("name")
    PyObject getName() {
        return PyStr.of(name);
    }

    @PyGetter("mode")
    PyObject getMode() {
        return PyStr.of(mode());
    }

    private String mode() {
        return modeName != null ? modeName : out != null ? "w" : "r";
    }

    @PyGetter("encoding")
    PyObject getEncoding() {
        return PyStr.of(encodingName);
    }

    @PyGetter("errors")
    PyObject getErrors() {
        return PyStr.of(errors);
    }

    @PyGetter("closed")
    PyObject getClosed() {
        return PyBool.of(closed);
    }

    @PyGetter("line_buffering")
    PyObject getLineBuffering() {
        return PyBool.of(lineBuffering);
    }

    @PyGetter("write_through")
    PyObject getWriteThrough() {
        return PyBool.of(writeThrough);
    }

    @PyGetter("newlines")
    PyObject getNewlines() {
        return PyNone.NONE;
    }
}
