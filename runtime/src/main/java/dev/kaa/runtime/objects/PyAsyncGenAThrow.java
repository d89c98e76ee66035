package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

/** {@code async_generator_athrow}: the awaitable of {@code athrow()} and (with no exception) {@code aclose()}. */
@PyClass(name = "async_generator_athrow", basetype = false)
public final class PyAsyncGenAThrow extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyAsyncGenAThrowTable());

    private final PyAsyncGenerator gen;
    /** null for aclose(). */
    private final PyObject typ;
    private final PyObject val;
    private final PyObject tb;
    private int state;

    PyAsyncGenAThrow(PyAsyncGenerator gen, PyObject typ, PyObject val, PyObject tb) {
        super(TYPE);
        this.gen = gen;
        this.typ = typ;
        this.val = val;
        this.tb = tb;
    }

    private boolean isClose() {
        return typ == null;
    }

    @PySlot(Slot.am_await)
    PyObject await() {
        return this;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        return send(PyNone.NONE);
    }

    private PyException yieldClose() {
        gen.runningAsync = false;
        state = 2;
        return PyErr.format(PyExc.RuntimeError, "async generator ignored GeneratorExit");
    }

    private PyException checkError(PyException e) {
        gen.runningAsync = false;
        state = 2;
        if (isClose() && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) {
            return PyErr.newException(PyExc.StopIteration);
        }
        return e;
    }

    @PyMethod(name = "send", sig = "value, /")
    PyObject send(PyObject arg) {
        if (state == 2) {
            throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        }
        if (gen.isFinished()) {
            state = 2;
            throw PyErr.newException(PyExc.StopIteration);
        }
        if (state == 0) {
            if (gen.runningAsync) {
                state = 2;
                throw PyErr.format(PyExc.RuntimeError, isClose()
                        ? "aclose(): asynchronous generator is already running"
                        : "athrow(): asynchronous generator is already running");
            }
            if (gen.closed) {
                state = 2;
                throw PyErr.newException(PyExc.StopAsyncIteration);
            }
            if (arg != PyNone.NONE) {
                throw PyErr.format(PyExc.RuntimeError, "can't send non-None value to a just-started coroutine");
            }
            state = 1;
            gen.runningAsync = true;
            try {
                if (isClose()) {
                    gen.closed = true;
                    PyObject r = gen.throwIn(PyExc.GeneratorExit, null, null, false);
                    if (r instanceof PyAsyncGenWrappedValue) {
                        throw yieldClose();
                    }
                    return r;
                }
                return gen.unwrap(gen.throwIn(typ, val, tb, false));
            } catch (PyException e) {
                if (!isClose()) {
                    gen.unwrapError(e);
                }
                throw checkError(e);
            }
        }
        try {
            PyObject r = gen.send(arg);
            if (!isClose()) {
                return gen.unwrap(r);
            }
            if (r instanceof PyAsyncGenWrappedValue) {
                throw yieldClose();
            }
            return r;
        } catch (PyException e) {
            if (!isClose()) {
                gen.unwrapError(e);
            }
            throw checkError(e);
        }
    }

    @PyMethod(name = "throw", sig = "typ, val=NULL, tb=NULL, /")
    PyObject throwMethod(PyObject t, PyObject v, PyObject b) {
        if (state == 2) {
            throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        }
        try {
            PyObject r = gen.throwIn(t, v, b, false);
            if (isClose() && r instanceof PyAsyncGenWrappedValue) {
                throw yieldClose();
            }
            return isClose() ? r : gen.unwrap(r);
        } catch (PyException e) {
            if (!isClose()) {
                gen.unwrapError(e);
            }
            throw checkError(e);
        }
    }

    @PyMethod(name = "close", sig = "")
    PyObject close() {
        state = 2;
        return PyNone.NONE;
    }
}
