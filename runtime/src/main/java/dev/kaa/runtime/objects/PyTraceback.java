package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.ArgSpec;
import dev.kaa.runtime.binding.Args;

/**
 * {@code traceback}: one entry of an exception's {@code __traceback__} chain, added by the interpreter
 * for each frame the exception passes through (innermost last, linked by {@link #next}). Python code can
 * also build them ({@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}) and relink
 * {@code tb_next}, as CPython's {@code Python/traceback.c} allows.
 */
@PyClass(name = "traceback", basetype = false, doc = "Create a new traceback object.")
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyTracebackTable());

    /** {@code tb_next}: the entry for the frame called from this one, or null. */
    public PyTraceback next;
    public final PyFrame frame;
    /** {@code tb_lasti} in code units (Python shows it in bytes: times two). */
    public final int lasti;
    /** {@code tb_lasti} as Python sees it (bytes): lasti * 2, or what the constructor was given. */
    private final long lastiBytes;
    /** {@code tb_lineno} given to the constructor; -1 computes it from {@link #lasti}, as CPython's -1. */
    private final int givenLineno;

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        this.lastiBytes = lasti * 2L;
        this.givenLineno = -1;
    }

    private PyTraceback(PyTraceback next, PyFrame frame, int lastiBytes, int lineno) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.lasti = lastiBytes >> 1;
        this.lastiBytes = lastiBytes;
        this.givenLineno = lineno;
    }

    /** {@code tb_lineno}: the line of the instruction that raised, -1 for None. */
    public int lineno() {
        if (givenLineno != -1) {
            return givenLineno;
        }
        return frame.code.addr2line(lasti);
    }

    private static final ArgSpec NEW_ARGS = new ArgSpec(ArgSpec.Style.KEYWORDS, "traceback",
            new String[] {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 0, 4,
            new boolean[] {true, true, true, true}, false, false);

    /** {@code tb_new}: Clinic parses and checks tb_frame and the ints first, then tb_next is checked. */
    @PySlot(Slot.tp_new)
    static PyObject tbNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = kwnames == null && nargs == 4 ? java.util.Arrays.copyOfRange(args, off, off + 4)
                : NEW_ARGS.unpack(args, off, nargs, kwnames);
        PyFrame frame = Args.cast(a[1], PyFrame.class, "traceback", "argument 'tb_frame'", "frame");
        int lasti = Args.asInt(a[2]);
        int lineno = Args.asInt(a[3]);
        PyObject next = a[0];
        if (next != PyNone.NONE && !(next instanceof PyTraceback)) {
            throw PyErr.format(PyExc.TypeError, "expected traceback object or None, got '%s'",
                    next.type().getName());
        }
        return new PyTraceback(next == PyNone.NONE ? null : (PyTraceback) next, frame, lasti, lineno);
    }

    @PyGetter("tb_next")
    PyObject tbNext() {
        return next == null ? PyNone.NONE : next;
    }

    @PySetter("tb_next")
    void setTbNext(PyObject value) {
        // tb_next_set: None or a traceback that does not lead back here.
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "can't delete tb_next attribute");
        }
        PyTraceback n = null;
        if (value != PyNone.NONE) {
            if (!(value instanceof PyTraceback t)) {
                throw PyErr.format(PyExc.TypeError, "expected traceback object, got '%s'", value.type().getName());
            }
            n = t;
        }
        for (PyTraceback cursor = n; cursor != null; cursor = cursor.next) {
            if (cursor == this) {
                throw PyErr.format(PyExc.ValueError, "traceback loop detected");
            }
        }
        next = n;
    }

    @PyGetter("tb_frame")
    PyObject tbFrame() {
        return frame;
    }

    @PyGetter("tb_lasti")
    PyObject tbLasti() {
        return PyInt.of(lastiBytes);
    }

    @PyGetter("tb_lineno")
    PyObject tbLineno() {
        int l = lineno();
        return l < 0 ? PyNone.NONE : PyInt.of(l);
    }
}
