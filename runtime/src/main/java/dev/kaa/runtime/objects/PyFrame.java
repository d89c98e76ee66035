package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/**
 * {@code frame}: the execution state of one call of a code object (CPython's {@code _PyInterpreterFrame}
 * and {@code PyFrameObject} in one). {@link #stack} holds, as in CPython, the fast locals, cells and free
 * variables ({@code co_localsplusnames} order) followed by the operand stack; {@link #sp} is the index of
 * the first free stack slot. A generator keeps its frame between resumptions, so all of the state the
 * interpreter loop needs to resume lives here.
 */
@PyClass(name = "frame", basetype = false)
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyFrameTable());

    public final PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (and exec/eval); null for optimized function frames. */
    public PyObject locals;
    /** The function being run (for closures and {@code __class__}); null for module code. */
    public final PyFunction function;
    /** Fast locals, cells, free variables, then the operand stack. */
    public final PyObject[] stack;
    /** Index of the first free operand-stack slot. */
    public int sp;
    /** Code unit index of the instruction being (or last) executed; -1 before the first. */
    public int lasti = -1;
    /** The calling frame, while this one runs (and for tracebacks). */
    public PyFrame back;
    /** The generator, coroutine or async generator that owns this frame; null for plain calls. */
    public PyObject generator;
    /** Set by the interpreter when the frame has returned or raised out. */
    public boolean finished;
    /**
     * CPython's {@code f_extra_locals}: names stored through {@code f_locals} that are not locals of the
     * code; null until the first.
     */
    public PyDict extraLocals;

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        this.stack = new PyObject[code.nlocalsplus + code.stacksize + 1];
        this.sp = code.nlocalsplus;
    }

    /** {@code f_lineno}: the line being executed. */
    public int lineno() {
        return code.addr2line(Math.max(lasti, 0));
    }

    /**
     * {@code locals()}: for module and class frames the locals mapping itself; for function frames a new
     * dict snapshot of the bound fast locals and cell contents, then the extra locals (PEP 667).
     */
    public PyObject localsMapping() {
        if (locals != null) {
            return locals;
        }
        if (extraLocals != null) {
            return new PyFrameLocalsProxy(this).toDict();
        }
        PyDict d = new PyDict();
        int n = code.nlocalsplus;
        for (int i = 0; i < n; i++) {
            PyObject v = stack[i];
            byte kind = code.localspluskinds[i];
            if ((kind & CodeObject.CO_FAST_HIDDEN) != 0) {
                continue;
            }
            if ((kind & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0 && v instanceof PyCell c) {
                v = c.ref;
            }
            if (v != null) {
                d.setItem(code.localsplusnames[i], v);
            }
        }
        return d;
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<frame at " + Abstract.addressOf(this) + ", file '" + code.code.co_filename
                + "', line " + lineno() + ", code " + code.code.co_name + ">");
    }

    @PyGetter("f_code")
    PyObject fCode() { return code; }

    @PyGetter("f_globals")
    PyObject fGlobals() { return globals; }

    @PyGetter("f_builtins")
    PyObject fBuiltins() { return builtins; }

    /** {@code f_locals}: the locals mapping, or for a function frame a write-through proxy (PEP 667). */
    @PyGetter("f_locals")
    PyObject fLocals() { return locals != null ? locals : new PyFrameLocalsProxy(this); }

    @PyGetter("f_back")
    PyObject fBack() { return back == null ? PyNone.NONE : back; }

    @PyGetter("f_lineno")
    PyObject fLineno() {
        int l = lineno();
        return l < 0 ? PyNone.NONE : PyInt.of(l);
    }

    @PySetter("f_lineno")
    void setFLineno(PyObject value) {
        // frame_setlineno: jumps are a debugging feature, allowed only inside a trace function's line or
        // exception event; Kaa has no tracing yet, so past the argument checks the answer is CPython's
        // when no trace function is running.
        if (value == null) {
            throw PyErr.format(PyExc.AttributeError, "cannot delete attribute");
        }
        if (value.getClass() != PyInt.class) {
            throw PyErr.format(PyExc.ValueError, "lineno must be an integer");
        }
        throw PyErr.format(PyExc.ValueError, "f_lineno can only be set in a trace function");
    }

    @PyGetter("f_lasti")
    PyObject fLasti() { return PyInt.of(Math.max(lasti, 0) * 2L); }

    /** {@code f_trace}, {@code f_trace_lines}, {@code f_trace_opcodes}: kept, though Kaa does not trace yet. */
    private PyObject trace = PyNone.NONE;
    private boolean traceLines = true;
    private boolean traceOpcodes;

    @PyGetter("f_trace")
    PyObject fTrace() { return trace; }

    @PySetter("f_trace")
    void setFTrace(PyObject v) { trace = v == null ? PyNone.NONE : v; }

    @PyGetter("f_trace_lines")
    PyObject fTraceLines() { return PyBool.of(traceLines); }

    @PySetter("f_trace_lines")
    void setFTraceLines(PyObject v) { traceLines = traceFlag(v); }

    @PyGetter("f_trace_opcodes")
    PyObject fTraceOpcodes() { return PyBool.of(traceOpcodes); }

    @PySetter("f_trace_opcodes")
    void setFTraceOpcodes(PyObject v) { traceOpcodes = traceFlag(v); }

    private static boolean traceFlag(PyObject v) {
        if (v == null) {
            throw dev.kaa.runtime.PyErr.format(PyExc.TypeError, "can't delete numeric/char attribute");
        }
        if (!(v instanceof PyBool)) {
            throw dev.kaa.runtime.PyErr.format(PyExc.TypeError, "attribute value type must be bool");
        }
        return v == PyBool.TRUE;
    }

    /** {@code frame_clear}: drops the locals of a frame that has finished (finalizing its generator). */
    @PyMethod(doc = "F.clear(): clear most references held by the frame")
    void clear() {
        if (generator instanceof PyGenBase g) {
            if (g.running) {
                throw dev.kaa.runtime.PyErr.format(PyExc.RuntimeError, "cannot clear an executing frame");
            }
            if (g.started && !finished) {
                throw dev.kaa.runtime.PyErr.format(PyExc.RuntimeError, "cannot clear a suspended frame");
            }
            g.finalizeFromPython();
            g.started = true;
            finished = true;
        } else if (!finished) {
            throw dev.kaa.runtime.PyErr.format(PyExc.RuntimeError, "cannot clear an executing frame");
        }
        java.util.Arrays.fill(stack, null);
        trace = PyNone.NONE;
    }
}
