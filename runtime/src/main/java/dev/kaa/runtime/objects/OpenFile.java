package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The builtin {@code open()} ({@code io.open}, CPython's {@code _io_open_impl}) for the common cases:
 * text files in UTF-8 (mode r, w, a, x, with universal newlines or {@code newline=''}) and binary files
 * (rb, wb, ab, xb), as {@link PyTextIO} and {@link PyBufferedIO}. Not yet: read-write modes ('+'),
 * other encodings, file descriptors, seek/tell.
 */
public final class OpenFile {
    private OpenFile() {
    }

    private static final PyStr FSPATH = PyStr.shared("__fspath__");

    /** {@code os.fspath}: str or bytes, or the result of {@code __fspath__}. */
    static String fspath(PyObject file) {
        if (file instanceof PyStr s) {
            return s.toString();
        }
        if (file instanceof PyBytes b) {
            return new String(b.value, java.nio.charset.StandardCharsets.UTF_8);
        }
        PyObject m = file.type().lookup(FSPATH);
        if (m != null) {
            PyObject r = Abstract.callMethod(file, "__fspath__");
            if (r instanceof PyStr || r instanceof PyBytes) {
                return fspath(r);
            }
            throw PyErr.format(PyExc.TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                    file.type().getName(), r.type().getName());
        }
        throw PyErr.format(PyExc.TypeError, "expected str, bytes or os.PathLike object, not %s", file.type().getName());
    }

    /** OSError(errno, strerror, filename), which Python maps to its subclass (FileNotFoundError, ...). */
    static PyException osError(int errno, String strerror, String filename) {
        return PyErr.newException(PyExc.OSError, PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename));
    }

    static PyException osError(IOException e, String filename) {
        return switch (e) {
            case NoSuchFileException x -> osError(2, "No such file or directory", filename);
            case AccessDeniedException x -> osError(13, "Permission denied", filename);
            case FileAlreadyExistsException x -> osError(17, "File exists", filename);
            case NotDirectoryException x -> osError(20, "Not a directory", filename);
            default -> {
                String m = e.getMessage();
                if (m != null && m.contains("Is a directory")) {
                    yield osError(21, "Is a directory", filename);
                }
                if (m != null && m.contains("Not a directory")) {
                    yield osError(20, "Not a directory", filename);
                }
                yield osError(5, m == null ? "Input/output error" : m, filename);
            }
        };
    }

    public static PyObject open(PyObject file, String mode, long buffering, PyObject encoding, PyObject errors,
                                PyObject newline, boolean closefd, PyObject opener) {
        if (file instanceof PyInt) {
            throw PyErr.newException(PyTextIO.UnsupportedOperation, "open() of a file descriptor is not supported yet");
        }
        String name = fspath(file);
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> throw PyErr.format(PyExc.ValueError, "invalid mode: '%s'", mode);
            }
            if (mode.indexOf(c, i + 1) >= 0) {
                throw PyErr.format(PyExc.ValueError, "invalid mode: '%s'", mode);
            }
        }
        if (text && binary) {
            throw PyErr.format(PyExc.ValueError, "can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyErr.format(PyExc.ValueError, "must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != PyNone.NONE) {
            throw PyErr.format(PyExc.ValueError, "binary mode doesn't take an encoding argument");
        }
        if (binary && errors != PyNone.NONE) {
            throw PyErr.format(PyExc.ValueError, "binary mode doesn't take an errors argument");
        }
        if (binary && newline != PyNone.NONE) {
            throw PyErr.format(PyExc.ValueError, "binary mode doesn't take a newline argument");
        }
        if (kinds == 0) {
            throw PyErr.format(PyExc.ValueError,
                    "Must have exactly one of create/read/write/append mode and at most one plus");
        }
        // The default encoding is locale.getpreferredencoding(): 'UTF-8' under a UTF-8 locale.
        String encodingName = "UTF-8";
        int codec = PyTextIO.UTF8;
        if (encoding != PyNone.NONE) {
            if (!(encoding instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "open() argument 'encoding' must be str or None, not %s",
                        encoding.type().getName());
            }
            encodingName = encoding.toString();
            codec = PyTextIO.codecOf(BytesOps.normalizeEncoding(encodingName));
            if (codec < 0) {
                throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
            }
        }
        String errorsName = "strict";
        if (errors != PyNone.NONE) {
            if (!(errors instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "open() argument 'errors' must be str or None, not %s",
                        errors.type().getName());
            }
            errorsName = errors.toString();
        }
        boolean translate = true;
        if (newline != PyNone.NONE) {
            if (!(newline instanceof PyStr nl)) {
                throw PyErr.format(PyExc.TypeError, "open() argument 'newline' must be str or None, not %s",
                        newline.type().getName());
            }
            String n = nl.toString();
            if (!n.isEmpty() && !n.equals("\n") && !n.equals("\r") && !n.equals("\r\n")) {
                throw PyErr.format(PyExc.ValueError, "illegal newline value: %s", n);
            }
            translate = n.isEmpty() ? false : true;
        }
        if (updating) {
            throw PyErr.newException(PyTextIO.UnsupportedOperation, "read-write modes ('+') are not supported yet");
        }
        Path path = Path.of(name);
        InputStream in = null;
        OutputStream out = null;
        FileChannel channel;
        try {
            if (Files.isDirectory(path)) {
                throw osError(21, "Is a directory", name);
            }
            if (reading) {
                channel = FileChannel.open(path, StandardOpenOption.READ);
                in = Channels.newInputStream(channel);
            } else {
                OpenOption[] opts = creating
                        ? new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE}
                        : appending
                        ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE}
                        : new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE};
                channel = FileChannel.open(path, opts);
                if (appending) {
                    // As CPython's FileIO, an appending file starts positioned at its end (for tell()).
                    channel.position(channel.size());
                }
                out = Channels.newOutputStream(channel);
            }
        } catch (IOException e) {
            throw osError(e, name);
        }
        String rawMode = creating ? "x" : reading ? "r" : writing ? "w" : "a";
        PyTextIO engine = PyTextIO.file(name, rawMode, in, out, channel, translate, encodingName, codec, errorsName);
        if (binary) {
            return PyBufferedIO.file(engine, rawMode + "b");
        }
        return engine;
    }
}
