package dev.kaa.runtime.interp;

import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyAsyncGenWrappedValue;
import dev.kaa.runtime.objects.PyAsyncGenerator;
import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyCoroutine;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyGenBase;
import dev.kaa.runtime.objects.PyGenerator;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStopIteration;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyType;

/** The generator and coroutine instructions' helpers (RETURN_GENERATOR, SEND, GET_AWAITABLE, ...). */
final class Generators {
    private Generators() {
    }

    /** RETURN_GENERATOR: the generator, coroutine or async generator owning the frame. */
    static PyObject create(PyFrame f) {
        int flags = f.code.flags;
        if ((flags & CodeObject.CO_COROUTINE) != 0) {
            return new PyCoroutine(f);
        }
        if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(f);
        }
        return new PyGenerator(f);
    }

    static PyObject getYieldFromIter(PyCode code, PyObject v) {
        if (v instanceof PyCoroutine) {
            if ((code.flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                throw PyErr.format(PyExc.TypeError,
                        "cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return v;
        }
        if (v instanceof PyGenerator) {
            return v;
        }
        return Abstract.getIter(v);
    }

    /**
     * SEND on {@code [receiver, v]} at {@code s[sp - 2], s[sp - 1]}: sends {@code v} into the receiver and
     * returns true with the yielded value replacing {@code v}, or false with the sub-iterator's return value
     * there.
     */
    static boolean send(ThreadState ts, PyObject[] s, int sp) {
        PyObject receiver = s[sp - 2];
        PyObject v = s[sp - 1];
        if (receiver instanceof PyGenerator || receiver instanceof PyCoroutine) {
            PyGenBase g = (PyGenBase) receiver;
            if (g.isFinished()) {
                // Same as the generic path: StopIteration (generator) or RuntimeError (coroutine).
                try {
                    g.send(v);
                } catch (PyException e) {
                    if (e.matches(PyExc.StopIteration)) {
                        s[sp - 1] = stopValue(e);
                        return false;
                    }
                    throw e;
                }
            }
            s[sp - 1] = g.resume(ts, v, null);
            return !g.isFinished();
        }
        try {
            PyObject r;
            if (v == PyNone.NONE && receiver.type().tp_iternext != null && !receiver.type().isHeapType()) {
                r = receiver.type().tp_iternext.apply(receiver);
                if (r == null) {
                    s[sp - 1] = PyNone.NONE;
                    return false;
                }
            } else if (v == PyNone.NONE && receiver.type().tp_iternext != null) {
                // A Python __next__: call it directly so a StopIteration keeps its value.
                r = Abstract.callMethod(receiver, "__next__");
            } else {
                r = Abstract.callMethod(receiver, "send", v);
            }
            s[sp - 1] = r;
            return true;
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                s[sp - 1] = stopValue(e);
                return false;
            }
            throw e;
        }
    }

    private static PyObject stopValue(PyException e) {
        return e.value instanceof PyStopIteration si ? si.value : PyNone.NONE;
    }

    /** GET_AWAITABLE ({@code _PyCoro_GetAwaitableIter} plus the messages of 3.13's ceval). */
    static PyObject getAwaitable(PyObject v, int where) {
        PyObject it;
        if (v instanceof PyCoroutine c) {
            if (c.yieldFrom() != null) {
                throw PyErr.format(PyExc.RuntimeError, "coroutine is being awaited already");
            }
            return v;
        }
        if (v instanceof PyGenerator g && (g.frame.code.flags & CodeObject.CO_ITERABLE_COROUTINE) != 0) {
            return v;
        }
        PyType t = v.type();
        if (t.am_await == null) {
            if (where == 1) {
                throw PyErr.format(PyExc.TypeError,
                        "'async with' received an object from __aenter__ that does not implement __await__: %s",
                        t.getName());
            }
            if (where == 2) {
                throw PyErr.format(PyExc.TypeError,
                        "'async with' received an object from __aexit__ that does not implement __await__: %s",
                        t.getName());
            }
            throw PyErr.format(PyExc.TypeError, "object %s can't be used in 'await' expression", t.getName());
        }
        it = t.am_await.apply(v);
        if (it instanceof PyCoroutine || it instanceof PyGenerator g2
                && (g2.frame.code.flags & CodeObject.CO_ITERABLE_COROUTINE) != 0) {
            throw PyErr.format(PyExc.TypeError, "__await__() returned a coroutine");
        }
        if (it.type().tp_iternext == null) {
            throw PyErr.format(PyExc.TypeError, "__await__() returned non-iterator of type '%s'",
                    it.type().getName());
        }
        return it;
    }

    static PyObject getAiter(PyObject obj) {
        PyType t = obj.type();
        if (t.am_aiter == null) {
            throw PyErr.format(PyExc.TypeError, "'async for' requires an object with __aiter__ method, got %s",
                    t.getName());
        }
        PyObject it = t.am_aiter.apply(obj);
        if (it.type().am_anext == null) {
            throw PyErr.format(PyExc.TypeError,
                    "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    it.type().getName());
        }
        return it;
    }

    static PyObject getAnext(PyObject aiter) {
        PyType t = aiter.type();
        if (aiter instanceof PyAsyncGenerator) {
            return t.am_anext.apply(aiter);
        }
        if (t.am_anext == null) {
            throw PyErr.format(PyExc.TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                    t.getName());
        }
        PyObject next = t.am_anext.apply(aiter);
        try {
            return getAwaitable(next, 0);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.format(PyExc.TypeError, "'async for' received an invalid object from __anext__: %s",
                        next.type().getName());
            }
            throw e;
        }
    }

    /** INTRINSIC_STOPITERATION_ERROR: StopIteration escaping a generator becomes RuntimeError (PEP 479). */
    static PyObject stopIterationError(PyFrame f, PyBaseException exc) {
        int flags = f.code.flags;
        String msg = null;
        if (exc.type().isSubtypeOf(PyExc.StopIteration)) {
            msg = (flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? "async generator raised StopIteration"
                    : (flags & CodeObject.CO_COROUTINE) != 0 ? "coroutine raised StopIteration"
                    : "generator raised StopIteration";
        } else if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0 && exc.type().isSubtypeOf(PyExc.StopAsyncIteration)) {
            msg = "async generator raised StopAsyncIteration";
        }
        if (msg == null) {
            return exc;
        }
        PyBaseException error = PyErr.createException(PyExc.RuntimeError, PyStr.of(msg));
        error.cause = exc;
        error.suppressContext = true;
        error.context = exc;
        return error;
    }

    static PyObject asyncGenWrap(PyObject v) {
        return new PyAsyncGenWrappedValue(v);
    }
}
