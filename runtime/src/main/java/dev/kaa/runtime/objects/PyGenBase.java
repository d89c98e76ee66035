package dev.kaa.runtime.objects;

import dev.kaa.compiler.bytecode.Opcode;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.interp.Eval;

/**
 * What generators, coroutines and async generators share (CPython's {@code PyGenObject} and genobject.c):
 * a suspended {@link PyFrame} resumed by {@code send}/{@code throw}/{@code close}, the "already executing"
 * guard, delegation to the sub-iterator of a {@code yield from}/{@code await} ({@code gi_yieldfrom}), and
 * the per-generator handled-exception state.
 */
public abstract class PyGenBase extends PyObject {
    public final PyFrame frame;
    public PyObject name;
    public PyObject qualname;
    /** Whether the frame has run past RETURN_GENERATOR (CPython's FRAME_CREATED state ends). */
    boolean started;
    boolean running;
    /** The exception being handled inside the generator while it is suspended ({@code gi_exc_state}). */
    private PyObject excState;
    /** Async generators: {@code ag_closed} and {@code ag_running_async}. */
    boolean closed;
    boolean runningAsync;

    protected PyGenBase(PyType type, PyFrame frame) {
        super(type);
        this.frame = frame;
        this.name = frame.function != null ? frame.function.name : frame.code.name;
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.qualname;
        frame.generator = this;
    }

    /** "generator", "coroutine" or "async generator", for messages. */
    abstract String kind();

    public boolean isFinished() {
        return frame.finished;
    }

    /**
     * Resumes the frame with {@code arg} (or raising {@code exc} in it). Returns the yielded value, or the
     * return value when the frame finished ({@link #isFinished()}); exceptions propagate.
     */
    public PyObject resume(PyObject arg, PyException exc) {
        return resume(ThreadState.current(), arg, exc);
    }

    /** As {@link #resume(PyObject, PyException)} on the given (current) thread state. */
    public PyObject resume(ThreadState ts, PyObject arg, PyException exc) {
        if (running) {
            throw PyErr.format(PyExc.ValueError, "%s already executing", kind());
        }
        if (!started) {
            if (exc == null && arg != PyNone.NONE) {
                throw PyErr.format(PyExc.TypeError, "can't send non-None value to a just-started %s", kind());
            }
            started = true;
        }
        PyObject outer = ts.handledException;
        if (excState != null) {
            ts.handledException = excState;
        }
        running = true;
        try {
            return Eval.resume(ts, frame, arg, exc);
        } finally {
            running = false;
            PyObject inner = ts.handledException;
            excState = frame.finished || inner == outer ? null : inner;
            ts.handledException = outer;
        }
    }

    /** {@code _PyGen_yf}: the sub-iterator this frame is suspended in ({@code yield from}/{@code await}). */
    public PyObject yieldFrom() {
        if (!started || frame.finished || running || frame.lasti < 0) {
            return null;
        }
        int word = frame.code.instr[frame.lasti];
        if ((word & 0xff) == Opcode.YIELD_VALUE && (word >>> 8) == 1) {
            return frame.stack[frame.sp - 1];
        }
        return null;
    }

    /** {@code gen_send}: the next yielded value, or StopIteration (StopAsyncIteration) carrying the return value. */
    public PyObject send(PyObject arg) {
        if (frame.finished) {
            throw finishedError(arg);
        }
        PyObject r = resume(arg, null);
        if (frame.finished) {
            throw returned(r);
        }
        return r;
    }

    /** The error for resuming a finished frame. */
    PyException finishedError(PyObject arg) {
        return PyErr.newException(PyExc.StopIteration);
    }

    /** The exception that reports the frame's return value to a send()/throw() caller. */
    PyException returned(PyObject value) {
        if (value == PyNone.NONE) {
            return PyErr.newException(PyExc.StopIteration);
        }
        return PyErr.newException(PyExc.StopIteration, value);
    }

    /** tp_iternext: null when the frame returns. */
    public PyObject iternext() {
        return iternext(ThreadState.current());
    }

    /** tp_iternext on the given (current) thread state, for the interpreter's FOR_ITER. */
    public PyObject iternext(ThreadState ts) {
        if (frame.finished) {
            return null;
        }
        PyObject r = resume(ts, PyNone.NONE, null);
        return frame.finished ? null : r;
    }

    /** {@code gen.throw(typ[, val[, tb]])} ({@code _gen_throw}); {@code closeOnGenExit} false for async gens. */
    public PyObject throwIn(PyObject typ, PyObject val, PyObject tb, boolean closeOnGenExit) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            if (typ instanceof PyType t && t.isSubtypeOf(PyExc.GeneratorExit) && closeOnGenExit
                    || typ instanceof PyBaseException e && e.type().isSubtypeOf(PyExc.GeneratorExit) && closeOnGenExit) {
                try {
                    running = true;
                    closeIter(yf);
                } catch (PyException e) {
                    running = false;
                    return resumeWithError(e);
                } finally {
                    running = false;
                }
                return raiseHere(typ, val, tb);
            }
            PyObject ret;
            PyObject meth = null;
            boolean isGen = yf instanceof PyGenerator || yf instanceof PyCoroutine;
            if (!isGen) {
                meth = Abstract.lookupAttr(yf, PyStr.of("throw"));
                if (meth == null) {
                    return raiseHere(typ, val, tb);
                }
            }
            running = true;
            try {
                if (isGen) {
                    ret = ((PyGenBase) yf).throwIn(typ, val, tb, closeOnGenExit);
                } else {
                    ret = val == null ? Abstract.call(meth, typ)
                            : tb == null ? Abstract.call(meth, typ, val) : Abstract.call(meth, typ, val, tb);
                }
            } catch (PyException e) {
                running = false;
                return resumeWithError(e);
            } finally {
                running = false;
            }
            return ret;
        }
        return raiseHere(typ, val, tb);
    }

    private PyObject resumeWithError(PyException e) {
        PyObject r = resume(PyNone.NONE, e);
        if (frame.finished) {
            throw returned(r);
        }
        return r;
    }

    private PyObject raiseHere(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            if (val instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                exc = v;
            } else if (val == null || val == PyNone.NONE) {
                exc = PyErr.createException(t);
            } else if (val instanceof PyTuple args) {
                exc = PyErr.createException(t, args.toArray());
            } else {
                exc = PyErr.createException(t, val);
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != null && val != PyNone.NONE) {
                throw PyErr.format(PyExc.TypeError, "instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw PyErr.format(PyExc.TypeError,
                    "exceptions must be classes or instances deriving from BaseException, not %s", typ.type().getName());
        }
        if (tb != null && tb != PyNone.NONE) {
            if (!(tb instanceof PyTraceback)) {
                throw PyErr.format(PyExc.TypeError, "throw() third argument must be a traceback object");
            }
            exc.traceback = tb;
        }
        if (frame.finished || !started) {
            started = true;
            frame.finished = true;
            throw PyErr.raise(exc);
        }
        return resumeWithError(new PyException(exc));
    }

    /** {@code gen_close_iter}: close() the sub-iterator if it has one. */
    static void closeIter(PyObject yf) {
        if (yf instanceof PyGenBase g && (yf instanceof PyGenerator || yf instanceof PyCoroutine)) {
            g.close();
            return;
        }
        PyObject meth = Abstract.lookupAttr(yf, PyStr.of("close"));
        if (meth != null) {
            Abstract.call(meth);
        }
    }

    /** {@code gen.close()}: GeneratorExit into the frame; 3.13 returns the frame's return value, if any. */
    public PyObject close() {
        if (!started) {
            started = true;
            frame.finished = true;
            return PyNone.NONE;
        }
        if (frame.finished) {
            return PyNone.NONE;
        }
        PyException pending = null;
        PyObject yf = yieldFrom();
        if (yf != null) {
            running = true;
            try {
                closeIter(yf);
            } catch (PyException e) {
                pending = e;
            } finally {
                running = false;
            }
        }
        if (pending == null) {
            pending = PyErr.newException(PyExc.GeneratorExit);
        }
        PyObject r;
        try {
            r = resume(PyNone.NONE, pending);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration) || e.matches(PyExc.GeneratorExit)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (!frame.finished) {
            throw PyErr.format(PyExc.RuntimeError, "%s ignored GeneratorExit", kind());
        }
        return r;
    }

    /**
     * {@code _PyGen_Finalize} (what {@code __del__} calls): a suspended generator is closed, and an error
     * from closing is reported as unraisable ("Exception ignored in: ...") rather than raised. (CPython
     * also warns about a coroutine never awaited; Kaa does not yet.)
     */
    void finalizeFromPython() {
        if (frame.finished || !started) {
            return;
        }
        try {
            close();
        } catch (PyException e) {
            ThreadState ts = ThreadState.current();
            PyObject stderr = ts.interp.sys.getDict().getItem(PyStr.of("stderr"));
            if (stderr != null && stderr != PyNone.NONE) {
                String text = "Exception ignored in: " + Abstract.repr(this) + "\n"
                        + dev.kaa.runtime.interp.TracebackPrinter.format(e.value);
                Abstract.callMethod(stderr, "write", PyStr.of(text));
            }
        }
    }

    /** {@code gen_sizeof}: CPython's generator header plus one word per local and stack slot of the frame. */
    long sizeof() {
        return 144 + 8L * (frame.code.nlocalsplus + frame.code.stacksize);
    }

    PyObject repr(String what) {
        return PyStr.of("<" + what + " object " + qualname + " at " + Abstract.addressOf(this) + ">");
    }

    PyObject frameOrNone() {
        return frame.finished ? PyNone.NONE : frame;
    }

    PyObject yieldFromOrNone() {
        PyObject yf = yieldFrom();
        return yf == null ? PyNone.NONE : yf;
    }

    void setName(PyObject v, String what) {
        if (!(v instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "__%s__ must be set to a string object", what);
        }
        if (what.equals("name")) {
            name = v;
        } else {
            qualname = v;
        }
    }
}
