package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/**
 * {@code BaseException} and every exception type with its layout (most of them: {@code ValueError},
 * {@code TypeError}, ... are {@link PyExc} types whose instances are of this class). Special layouts
 * ({@code OSError}, {@code SyntaxError}, {@code StopIteration}, ...) subclass it.
 *
 * <p>Raising goes through {@code dev.kaa.runtime.PyException}, which carries one of these.
 * {@code __traceback__} is filled by the interpreter as the exception propagates.
 */
@PyClass(name = "BaseException", doc = "Common base class for all exceptions")
public class PyBaseException extends PyObject implements HasDict {
    /** The storage of {@code __slots__} members declared by Python subclasses (for member descriptors). */
    PyObject[] slotStorage() {
        PyObject[] v = slotValues;
        int n = HeapTypes.slotCount(type());
        if (v == null || v.length < n) {
            v = v == null ? new PyObject[n] : java.util.Arrays.copyOf(v, n);
            slotValues = v;
        }
        return v;
    }

    /** {@code args}. */
    PyTuple args;
    /** {@code __traceback__}: None or a traceback object. */
    public PyObject traceback = PyNone.NONE;
    /** {@code __cause__}, or null (None). */
    public PyObject cause;
    /** {@code __context__}, or null (None). */
    public PyObject context;
    /** {@code __suppress_context__}. */
    public boolean suppressContext;
    private PyDict dict;
    /** Values of the {@code __slots__} of Python subclasses, made on first use. */
    private PyObject[] slotValues;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    /**
     * Whether exceptions of {@code type} are plain BaseException objects made by BaseException's own
     * {@code __new__} and {@code __init__}, so they can be created without calling the type.
     */
    public static boolean hasPlainLayout(PyType type) {
        PyType base = PyExc.BaseException;
        return type.getLayout() == PyBaseException.class && type.tp_new == base.tp_new && type.tp_init == base.tp_init;
    }

    /** {@code args}. */
    public PyTuple args() {
        return args;
    }

    /** The first argument as a Java string, for messages in Java code ("" if none); runs no Python code. */
    public String debugMessage() {
        if (args == null || args.size() == 0) {
            return "";
        }
        PyObject a = args.get(0);
        return a instanceof PyStr || a instanceof PyInt ? a.toString() : a.type().getName() + " object";
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
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** An instance of {@code type}'s layout class, with the given args ({@code tp_alloc}). */
    static PyBaseException instantiate(PyType type, PyTuple args) {
        Class<?> layout = type.getLayout();
        if (layout == PyKeyError.class) {
            return new PyKeyError(type, args);
        }
        if (layout == PyStopIteration.class) {
            return new PyStopIteration(type, args);
        }
        if (layout == PySystemExit.class) {
            return new PySystemExit(type, args);
        }
        if (layout == PyImportError.class) {
            return new PyImportError(type, args);
        }
        if (layout == PyAttributeError.class) {
            return new PyAttributeError(type, args);
        }
        if (layout == PyNameError.class) {
            return new PyNameError(type, args);
        }
        if (layout == PyOSError.class) {
            return new PyOSError(type, args);
        }
        if (layout == PySyntaxError.class) {
            return new PySyntaxError(type, args);
        }
        if (layout == PyUnicodeError.class) {
            return new PyUnicodeError(type, args);
        }
        if (layout == PyBaseExceptionGroup.class) {
            return new PyBaseExceptionGroup(type, args);
        }
        return new PyBaseException(type, args);
    }

    @PySlot(Slot.tp_new)
    static PyObject exceptionNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return instantiate(type, PyTuple.of(args, off, nargs));
    }

    @PySlot(Slot.tp_init)
    static void exceptionInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null) {
            throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", self.type().getName());
        }
        ((PyBaseException) self).args = PyTuple.of(args, off, nargs);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        String name = type.getSimpleName();
        if (args.size() == 1) {
            return PyStr.of(name + "(" + Abstract.repr(args.get(0)) + ")");
        }
        return PyStr.of(name + Abstract.repr(args));
    }

    @PySlot(Slot.tp_str)
    PyObject str() {
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(args.get(0));
            default -> Abstract.str(args);
        };
    }

    @PyMethod(sig = "tb, /", doc = "Set self.__traceback__ to tb and return self.")
    PyObject with_traceback(PyObject tb) {
        setTraceback(tb);
        return this;
    }

    @PyMethod(sig = "note, /", doc = "Add a note to the exception")
    void add_note(PyObject note) {
        if (!(note instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "note must be a str, not '%s'", note.type().getName());
        }
        PyObject notes = Abstract.lookupAttr(this, Id.__notes__);
        if (notes == null) {
            notes = new PyList();
            Abstract.setAttr(this, Id.__notes__, notes);
        }
        if (!(notes instanceof PyList l)) {
            throw PyErr.format(PyExc.TypeError, "Cannot add note: __notes__ is not a list");
        }
        l.append(note);
    }

    @PyMethod
    PyObject __reduce__() {
        if (dict == null || dict.size() == 0) {
            return PyTuple.of(type, args);
        }
        return PyTuple.of(type, args, dict);
    }

    @PyMethod(sig = "state, /")
    PyObject __setstate__(PyObject state) {
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict d)) {
                throw PyErr.format(PyExc.TypeError, "state is not a dictionary");
            }
            for (PyObject k : d.keysArray()) {
                Abstract.setAttr(this, Abstract.attrName(k), d.getItem(k));
            }
        }
        return PyNone.NONE;
    }

    @PyGetter("args")
    PyObject getArgs() {
        return args;
    }

    @PySetter("args")
    void setArgs(PyObject value) {
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "args may not be deleted");
        }
        args = PyTuple.wrap(Abstract.sequenceToArray(value));
    }

    @PyGetter("__traceback__")
    PyObject getTraceback() {
        return traceback;
    }

    @PySetter("__traceback__")
    void setTraceback(PyObject tb) {
        if (tb == null) {
            throw PyErr.format(PyExc.TypeError, "__traceback__ may not be deleted");
        }
        if (tb != PyNone.NONE && !tb.type().getName().equals("traceback")) {
            throw PyErr.format(PyExc.TypeError, "__traceback__ must be a traceback or None");
        }
        traceback = tb;
    }

    @PyGetter("__cause__")
    PyObject getCause() {
        return cause == null ? PyNone.NONE : cause;
    }

    @PySetter("__cause__")
    void setCause(PyObject value) {
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "__cause__ may not be deleted");
        }
        if (value == PyNone.NONE) {
            cause = null;
        } else if (value instanceof PyBaseException) {
            cause = value;
        } else {
            throw PyErr.format(PyExc.TypeError, "exception cause must be None or derive from BaseException");
        }
        suppressContext = true;
    }

    @PyGetter("__context__")
    PyObject getContext() {
        return context == null ? PyNone.NONE : context;
    }

    @PySetter("__context__")
    void setContext(PyObject value) {
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "__context__ may not be deleted");
        }
        if (value == PyNone.NONE) {
            context = null;
        } else if (value instanceof PyBaseException) {
            context = value;
        } else {
            throw PyErr.format(PyExc.TypeError, "exception context must be None or derive from BaseException");
        }
    }

    @PyGetter("__suppress_context__")
    PyObject getSuppressContext() {
        return PyBool.of(suppressContext);
    }

    @PySetter("__suppress_context__")
    void setSuppressContext(PyObject value) {
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "__suppress_context__ may not be deleted");
        }
        suppressContext = Abstract.isTrue(value);
    }

    @PyGetter("__dict__")
    PyObject getDictAttr() {
        return getDict();
    }

    @PySetter("__dict__")
    void setDictAttr(PyObject value) {
        if (!(value instanceof PyDict d)) {
            throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                    value == null ? "NoneType" : value.type().getName());
        }
        dict = d;
    }
}
