package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;

/**
 * {@code traceback}: one entry of an exception's {@code __traceback__} chain, added by the interpreter
 * for each frame the exception passes through (innermost last, linked by {@link #next}).
 */
@PyClass(name = "traceback", basetype = false, doc = "Create a new traceback object.")
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyTracebackTable());

    /** {@code tb_next}: the entry for the frame called from this one, or null. */
    public PyTraceback next;
    public final PyFrame frame;
    /** {@code tb_lasti} in code units (Python shows it in bytes: times two). */
    public final int lasti;

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    /** {@code tb_lineno}: the line of the instruction that raised, -1 for None. */
    public int lineno() {
        return frame.code.addr2line(lasti);
    }

    @PyGetter("tb_next")
    PyObject tbNext() {
        return next == null ? PyNone.NONE : next;
    }

    @PyGetter("tb_frame")
    PyObject tbFrame() {
        return frame;
    }

    @PyGetter("tb_lasti")
    PyObject tbLasti() {
        return PyInt.of(lasti * 2L);
    }

    @PyGetter("tb_lineno")
    PyObject tbLineno() {
        int l = lineno();
        return l < 0 ? PyNone.NONE : PyInt.of(l);
    }
}
