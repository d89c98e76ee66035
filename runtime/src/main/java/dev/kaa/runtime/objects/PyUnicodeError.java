package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;

/**
 * {@code UnicodeDecodeError}, {@code UnicodeEncodeError}, {@code UnicodeTranslateError}: {@code encoding},
 * {@code object}, {@code start}, {@code end}, {@code reason}, with CPython's str() for each.
 */
@PyClass(name = "UnicodeDecodeError", doc = "Unicode decoding error.")
public class PyUnicodeError extends PyBaseException {
    PyObject encoding = PyNone.NONE;
    PyObject object = PyNone.NONE;
    PyObject start = PyNone.NONE;
    PyObject end = PyNone.NONE;
    PyObject reason = PyNone.NONE;

    PyUnicodeError(PyType type, PyTuple args) {
        super(type, args);
        parse(args);
    }

    private void parse(PyTuple a) {
        boolean translate = type().isSubtypeOf(PyExc.UnicodeTranslateError);
        int need = translate ? 4 : 5;
        if (a.size() == need) {
            int i = 0;
            if (!translate) {
                encoding = a.get(i++);
            }
            object = a.get(i++);
            start = a.get(i++);
            end = a.get(i++);
            reason = a.get(i);
        }
    }

    @PySlot(Slot.tp_init)
    static void unicodeErrorInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyBaseException.exceptionInit(self, args, off, nargs, kwnames);
        PyUnicodeError e = (PyUnicodeError) self;
        e.parseStrict(e.args);
    }

    /**
     * The {@code __init__} checks: {@code PyArg_ParseTuple} with "UUnnU" (encode), "UOnnU" with a
     * bytes-like object stored as bytes (decode), "UnnU" (translate), and its messages.
     */
    private void parseStrict(PyTuple a) {
        boolean translate = type().isSubtypeOf(PyExc.UnicodeTranslateError);
        boolean decode = type().isSubtypeOf(PyExc.UnicodeDecodeError);
        int need = translate ? 4 : 5;
        if (a.size() != need) {
            throw dev.kaa.runtime.PyErr.format(PyExc.TypeError, "function takes exactly %d arguments (%d given)",
                    need, a.size());
        }
        int i = 0;
        PyObject enc = PyNone.NONE;
        if (!translate) {
            enc = requireStr(a.get(0), 1);
            i++;
        }
        PyObject obj = a.get(i);
        if (decode) {
            if (!(obj instanceof PyBytes)) {
                obj = new PyBytes(PyBytes.asBytes(obj).clone());
            }
        } else {
            requireStr(obj, i + 1);
        }
        PyInt st = PyInt.of(dev.kaa.runtime.PyNumber.asSsize(a.get(i + 1), PyExc.OverflowError));
        PyInt en = PyInt.of(dev.kaa.runtime.PyNumber.asSsize(a.get(i + 2), PyExc.OverflowError));
        PyObject r = requireStr(a.get(i + 3), i + 4);
        encoding = enc;
        object = obj;
        start = st;
        end = en;
        reason = r;
    }

    private static PyObject requireStr(PyObject o, int pos) {
        if (!(o instanceof PyStr)) {
            throw dev.kaa.runtime.PyErr.format(PyExc.TypeError, "argument %d must be str, not %s", pos,
                    o.type().getName());
        }
        return o;
    }

    @PySlot(Slot.tp_str)
    PyObject unicodeErrorStr() {
        if (!(start instanceof PyInt s) || !(end instanceof PyInt en)) {
            return str();
        }
        long st = s.isSmall() ? s.value : 0;
        long e = en.isSmall() ? en.value : 0;
        String r = Abstract.str(reason).toString();
        if (type().isSubtypeOf(PyExc.UnicodeDecodeError)) {
            if (object instanceof PyBytes b && st >= 0 && st < b.length() && e == st + 1) {
                return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                        Abstract.str(encoding), b.byteAt((int) st), st, r));
            }
            return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s",
                    Abstract.str(encoding), st, e - 1, r));
        }
        String what = type().isSubtypeOf(PyExc.UnicodeTranslateError) ? "can't translate" : "'"
                + Abstract.str(encoding) + "' codec can't encode";
        if (object instanceof PyStr o && st >= 0 && st < o.length() && e == st + 1) {
            int c = o.codePointAt((int) st);
            String ch = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                    : String.format("\\U%08x", c);
            return PyStr.of(what + " character '" + ch + "' in position " + st + ": " + r);
        }
        return PyStr.of(what + " characters in position " + st + "-" + (e - 1) + ": " + r);
    }

    @PyGetter("encoding")
    PyObject getEncoding() {
        return encoding;
    }

    @PySetter("encoding")
    void setEncoding(PyObject v) {
        encoding = v;
    }

    @PyGetter("object")
    PyObject getObject() {
        return object;
    }

    @PySetter("object")
    void setObject(PyObject v) {
        object = v;
    }

    @PyGetter("start")
    PyObject getStart() {
        return start;
    }

    @PySetter("start")
    void setStart(PyObject v) {
        start = v;
    }

    @PyGetter("end")
    PyObject getEnd() {
        return end;
    }

    @PySetter("end")
    void setEnd(PyObject v) {
        end = v;
    }

    @PyGetter("reason")
    PyObject getReason() {
        return reason;
    }

    @PySetter("reason")
    void setReason(PyObject v) {
        reason = v;
    }
}
