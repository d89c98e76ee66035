package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;

/**
 * {@code OSError} and its subclasses: {@code errno}, {@code strerror}, {@code filename},
 * {@code filename2}. {@code OSError(errno, msg)} with a known errno makes the matching subclass
 * ({@code OSError(2, 'x')} is a FileNotFoundError), as CPython's {@code OSError_new}.
 */
@PyClass(name = "OSError", doc = "Base class for I/O related errors.")
public class PyOSError extends PyBaseException {
    PyObject errno = PyNone.NONE;
    PyObject strerror = PyNone.NONE;
    PyObject filename = PyNone.NONE;
    PyObject filename2 = PyNone.NONE;
    PyObject charactersWritten;

    PyOSError(PyType type, PyTuple args) {
        super(type, args);
        parse(args);
    }

    private void parse(PyTuple a) {
        int n = a.size();
        if (n >= 2 && n <= 5) {
            errno = a.get(0);
            strerror = a.get(1);
            if (n >= 3) {
                filename = a.get(2);
                if (type().isSubtypeOf(PyExc.BlockingIOError) && a.get(2) instanceof PyInt) {
                    charactersWritten = a.get(2);
                    filename = PyNone.NONE;
                }
            }
            if (n == 5) {
                filename2 = a.get(4);
            }
            if (n >= 3) {
                // Only (errno, strerror) stay in args, as in CPython.
                args = PyTuple.of(a.get(0), a.get(1));
            }
        }
    }

    /** The subclass for an errno value ({@code errnomap}), or null. */
    static PyType subclassForErrno(long e) {
        return switch ((int) e) {
            case 11, 114, 115 -> PyExc.BlockingIOError;   // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            case 10 -> PyExc.ChildProcessError;            // ECHILD
            case 32, 108 -> PyExc.BrokenPipeError;         // EPIPE, ESHUTDOWN
            case 103 -> PyExc.ConnectionAbortedError;      // ECONNABORTED
            case 111 -> PyExc.ConnectionRefusedError;      // ECONNREFUSED
            case 104 -> PyExc.ConnectionResetError;        // ECONNRESET
            case 17 -> PyExc.FileExistsError;              // EEXIST
            case 2 -> PyExc.FileNotFoundError;             // ENOENT
            case 21 -> PyExc.IsADirectoryError;            // EISDIR
            case 20 -> PyExc.NotADirectoryError;           // ENOTDIR
            case 4 -> PyExc.InterruptedError;              // EINTR
            case 13, 1 -> PyExc.PermissionError;           // EACCES, EPERM
            case 3 -> PyExc.ProcessLookupError;            // ESRCH
            case 110 -> PyExc.TimeoutError;                // ETIMEDOUT
            default -> null;
        };
    }

    @PySlot(Slot.tp_new)
    static PyObject osErrorNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyType t = type;
        if (type == PyExc.OSError && nargs >= 2 && nargs <= 5 && args[off] instanceof PyInt e && e.isSmall()) {
            PyType sub = subclassForErrno(e.value);
            if (sub != null) {
                t = sub;
            }
        }
        return instantiate(t, PyTuple.of(args, off, nargs));
    }

    @PySlot(Slot.tp_init)
    static void osErrorInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null) {
            throw dev.kaa.runtime.PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments",
                    self.type().getName());
        }
    }

    @PySlot(Slot.tp_str)
    PyObject osErrorStr() {
        if (filename != PyNone.NONE) {
            if (filename2 != PyNone.NONE) {
                return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror) + ": "
                        + Abstract.repr(filename) + " -> " + Abstract.repr(filename2));
            }
            return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror) + ": "
                    + Abstract.repr(filename));
        }
        if (errno != PyNone.NONE && strerror != PyNone.NONE) {
            return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror));
        }
        return str();
    }

    @PyGetter("characters_written")
    PyObject getCharactersWritten() {
        if (charactersWritten == null) {
            throw dev.kaa.runtime.PyErr.format(PyExc.AttributeError, "characters_written");
        }
        return charactersWritten;
    }

    @PySetter("characters_written")
    void setCharactersWritten(PyObject v) {
        if (v == null) {
            if (charactersWritten == null) {
                throw dev.kaa.runtime.PyErr.format(PyExc.AttributeError, "characters_written");
            }
            charactersWritten = null;
            return;
        }
        charactersWritten = PyInt.of(dev.kaa.runtime.PyNumber.asSsize(v, PyExc.ValueError));
    }

    @PyGetter(value = "errno", doc = "POSIX exception code")
    PyObject getErrno() {
        return errno;
    }

    @PySetter("errno")
    void setErrno(PyObject v) {
        errno = v == null ? PyNone.NONE : v;
    }

    @PyGetter(value = "strerror", doc = "exception strerror")
    PyObject getStrerror() {
        return strerror;
    }

    @PySetter("strerror")
    void setStrerror(PyObject v) {
        strerror = v == null ? PyNone.NONE : v;
    }

    @PyGetter(value = "filename", doc = "exception filename")
    PyObject getFilename() {
        return filename;
    }

    @PySetter("filename")
    void setFilename(PyObject v) {
        filename = v == null ? PyNone.NONE : v;
    }

    @PyGetter(value = "filename2", doc = "second exception filename")
    PyObject getFilename2() {
        return filename2;
    }

    @PySetter("filename2")
    void setFilename2(PyObject v) {
        filename2 = v == null ? PyNone.NONE : v;
    }
}
