package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/**
 * {@code SyntaxError} (and {@code IndentationError}, {@code TabError}): {@code msg}, {@code filename},
 * {@code lineno}, {@code offset}, {@code text}, {@code end_lineno}, {@code end_offset},
 * {@code print_file_and_line}; str() is "msg (file.py, line 3)".
 */
@PyClass(name = "SyntaxError", doc = "Invalid syntax.")
public class PySyntaxError extends PyBaseException {
    public PyObject msg = PyNone.NONE;
    public PyObject filename = PyNone.NONE;
    public PyObject lineno = PyNone.NONE;
    public PyObject offset = PyNone.NONE;
    public PyObject text = PyNone.NONE;
    public PyObject endLineno = PyNone.NONE;
    public PyObject endOffset = PyNone.NONE;
    public PyObject printFileAndLine = PyNone.NONE;

    PySyntaxError(PyType type, PyTuple args) {
        super(type, args);
        parse(args);
    }

    private void parse(PyTuple a) {
        if (a.size() >= 1) {
            msg = a.get(0);
        }
        if (a.size() == 2) {
            PyObject[] info = Abstract.sequenceToArray(a.get(1));
            // PyArg_ParseTuple(info, "OOOO|OO")'s messages.
            if (info.length < 4) {
                throw PyErr.format(PyExc.TypeError, "function takes at least 4 arguments (%d given)", info.length);
            }
            if (info.length > 6) {
                throw PyErr.format(PyExc.TypeError, "function takes at most 6 arguments (%d given)", info.length);
            }
            filename = info[0];
            lineno = info[1];
            offset = info[2];
            text = info[3];
            endLineno = info.length > 4 ? info[4] : PyNone.NONE;
            endOffset = info.length > 5 ? info[5] : PyNone.NONE;
        }
    }

    @PySlot(Slot.tp_init)
    static void syntaxErrorInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyBaseException.exceptionInit(self, args, off, nargs, kwnames);
        PySyntaxError e = (PySyntaxError) self;
        e.parse(e.args);
    }

    @PySlot(Slot.tp_str)
    PyObject syntaxErrorStr() {
        String file = null;
        if (filename instanceof PyStr f) {
            String s = f.toString();
            int slash = s.lastIndexOf('/');
            file = slash >= 0 ? s.substring(slash + 1) : s;
        }
        boolean haveLine = lineno instanceof PyInt;
        String m = Abstract.str(msg == PyNone.NONE ? PyStr.of("None") : msg).toString();
        if (msg == PyNone.NONE) {
            m = "None";
        }
        if (file != null && haveLine) {
            return PyStr.of(m + " (" + file + ", line " + lineno + ")");
        }
        if (file != null) {
            return PyStr.of(m + " (" + file + ")");
        }
        if (haveLine) {
            return PyStr.of(m + " (line " + lineno + ")");
        }
        return Abstract.str(msg);
    }

    @PyGetter("msg")
    PyObject getMsg() {
        return msg;
    }

    @PySetter("msg")
    void setMsg(PyObject v) {
        msg = v == null ? PyNone.NONE : v;
    }

    @PyGetter("filename")
    PyObject getFilename() {
        return filename;
    }

    @PySetter("filename")
    void setFilename(PyObject v) {
        filename = v == null ? PyNone.NONE : v;
    }

    @PyGetter("lineno")
    PyObject getLineno() {
        return lineno;
    }

    @PySetter("lineno")
    void setLineno(PyObject v) {
        lineno = v == null ? PyNone.NONE : v;
    }

    @PyGetter("offset")
    PyObject getOffset() {
        return offset;
    }

    @PySetter("offset")
    void setOffset(PyObject v) {
        offset = v == null ? PyNone.NONE : v;
    }

    @PyGetter("text")
    PyObject getText() {
        return text;
    }

    @PySetter("text")
    void setText(PyObject v) {
        text = v == null ? PyNone.NONE : v;
    }

    @PyGetter("end_lineno")
    PyObject getEndLineno() {
        return endLineno;
    }

    @PySetter("end_lineno")
    void setEndLineno(PyObject v) {
        endLineno = v == null ? PyNone.NONE : v;
    }

    @PyGetter("end_offset")
    PyObject getEndOffset() {
        return endOffset;
    }

    @PySetter("end_offset")
    void setEndOffset(PyObject v) {
        endOffset = v == null ? PyNone.NONE : v;
    }

    @PyGetter("print_file_and_line")
    PyObject getPrintFileAndLine() {
        return printFileAndLine;
    }

    @PySetter("print_file_and_line")
    void setPrintFileAndLine(PyObject v) {
        printFileAndLine = v == null ? PyNone.NONE : v;
    }
}
