package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/** {@code coroutine_wrapper}: what {@code coro.__await__()} returns, an iterator driving the coroutine. */
@PyClass(name = "coroutine_wrapper", basetype = false)
public final class PyCoroWrapper extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyCoroWrapperTable());

    private final PyCoroutine coro;

    PyCoroWrapper(PyCoroutine coro) {
        super(TYPE);
        this.coro = coro;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        return coro.send(PyNone.NONE);
    }

    @PyMethod(name = "send", sig = "value, /")
    PyObject send(PyObject v) {
        return coro.send(v);
    }

    @PyMethod(name = "throw", sig = "typ, val=NULL, tb=NULL, /")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        return coro.throwIn(typ, val, tb, true);
    }

    @PyMethod(name = "close", sig = "")
    PyObject close() {
        return coro.close();
    }
}
