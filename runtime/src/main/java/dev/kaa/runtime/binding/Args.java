package dev.kaa.runtime.binding;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;

/**
 * Argument conversions and the argument-count errors of CPython's calling conventions, called by the
 * generated tables. Messages are CPython 3.13's ({@code Objects/methodobject.c},
 * {@code Objects/descrobject.c}, {@code Python/getargs.c}); {@code funcstr} arguments are what
 * {@code _PyObject_FunctionStr} gives ({@code "list.append()"}, {@code "len()"}, {@code "math.sqrt()"}).
 */
public final class Args {
    private Args() {
    }

    /** METH_NOARGS / METH_O / METH_FASTCALL called with keywords: "list.append() takes no keyword arguments". */
    public static PyException noKeywords(String funcstr) {
        return PyErr.format(PyExc.TypeError, "%s takes no keyword arguments", funcstr);
    }

    /** METH_NOARGS with arguments: "list.clear() takes no arguments (1 given)". */
    public static PyException noArgs(String funcstr, int nargs) {
        return PyErr.format(PyExc.TypeError, "%s takes no arguments (%d given)", funcstr, nargs);
    }

    /** METH_O with a wrong count: "list.append() takes exactly one argument (2 given)". */
    public static PyException exactlyOne(String funcstr, int nargs) {
        return PyErr.format(PyExc.TypeError, "%s takes exactly one argument (%d given)", funcstr, nargs);
    }

    /**
     * Argument Clinic's positional check ({@code _PyArg_CheckPositional}), for a count outside
     * {@code [min, max]}: "pop expected at most 1 argument, got 2", "insert expected 2 arguments, got 1".
     */
    public static PyException checkPositional(String name, int nargs, int min, int max) {
        if (nargs < min) {
            return PyErr.format(PyExc.TypeError, "%s expected %s%d argument%s, got %d", name,
                    min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        }
        return PyErr.format(PyExc.TypeError, "%s expected %s%d argument%s, got %d", name,
                min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    }

    /** {@code _PyArg_BadArgument}: "encode() argument 'encoding' must be str, not int". */
    public static PyException badArgument(String fname, String display, String expected, PyObject arg) {
        return PyErr.format(PyExc.TypeError, "%s() %s must be %s, not %s", fname, display, expected,
                arg == PyNone.NONE ? "None" : arg.type().getName());
    }

    /** Clinic's {@code Py_ssize_t} converter: {@code __index__}, then OverflowError past 64 bits. */
    public static long asSsize(PyObject o) {
        if (o instanceof PyInt i) {
            return i.asSsize();
        }
        return PyNumber.asSsize(o, PyExc.OverflowError);
    }

    /** Clinic's {@code int} converter: {@code __index__}, then "Python int too large to convert to C int". */
    public static int asInt(PyObject o) {
        PyInt i = o instanceof PyInt pi ? pi : PyNumber.index(o);
        if (i.fitsInt()) {
            return (int) i.longValue();
        }
        throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
    }

    /** Clinic's {@code double} converter ({@code PyFloat_AsDouble}). */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return PyFloat.asDouble(o);
    }

    /** Clinic's {@code bool} converter: any object's truth value. */
    public static boolean asBoolean(PyObject o) {
        return Abstract.isTrue(o);
    }

    /** Clinic's {@code str} converter: the Java string of a {@code str} argument. */
    public static String asString(PyObject o, String fname, String display) {
        if (o instanceof PyStr s) {
            return s.toString();
        }
        throw badArgument(fname, display, "str", o);
    }

    /** A parameter typed as a Python type's Java class: an {@code instanceof} check with Clinic's message. */
    public static <T> T cast(PyObject o, Class<T> cls, String fname, String display, String expected) {
        if (cls.isInstance(o)) {
            return cls.cast(o);
        }
        throw badArgument(fname, display, expected, o);
    }

    /** The positional arguments past {@code from} as a tuple (for a {@code *args} parameter on the fast path). */
    public static PyTuple tail(PyObject[] args, int off, int nargs, int from) {
        if (nargs <= from) {
            return PyTuple.EMPTY;
        }
        return PyTuple.of(args, off + from, nargs - from);
    }
}
