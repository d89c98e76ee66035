package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

/** {@code async_generator_asend}: the awaitable of {@code __anext__()} and {@code asend(v)}. */
@PyClass(name = "async_generator_asend", basetype = false)
public final class PyAsyncGenASend extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyAsyncGenASendTable());

    private final PyAsyncGenerator gen;
    private final PyObject sendValue;
    /** 0 init, 1 iterating, 2 closed (CPython's AWAITABLE_STATE_*). */
    private int state;

    PyAsyncGenASend(PyAsyncGenerator gen, PyObject sendValue) {
        super(TYPE);
        this.gen = gen;
        this.sendValue = sendValue;
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

    @PyMethod(name = "send", sig = "value, /")
    PyObject send(PyObject arg) {
        if (state == 2) {
            throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        }
        if (state == 0) {
            if (gen.runningAsync) {
                state = 2;
                throw PyErr.format(PyExc.RuntimeError, "anext(): asynchronous generator is already running");
            }
            if (arg == null || arg == PyNone.NONE) {
                arg = sendValue;
            }
            state = 1;
        }
        gen.runningAsync = true;
        try {
            return gen.unwrap(gen.send(arg));
        } catch (PyException e) {
            state = 2;
            throw gen.unwrapError(e);
        }
    }

    @PyMethod(name = "throw", sig = "typ, val=NULL, tb=NULL, /")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        if (state == 2) {
            throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        }
        try {
            PyObject r = gen.throwIn(typ, val, tb, false);
            return gen.unwrap(r);
        } catch (PyException e) {
            state = 2;
            throw gen.unwrapError(e);
        }
    }

    @PyMethod(name = "close", sig = "")
    PyObject close() {
        state = 2;
        return PyNone.NONE;
    }
}
