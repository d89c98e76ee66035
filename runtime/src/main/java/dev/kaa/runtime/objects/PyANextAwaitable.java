package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

/**
 * {@code anext_awaitable} ({@code Objects/iterobject.c}): what {@code anext(it, default)} returns. Awaiting
 * it awaits {@code it.__anext__()}, turning its StopAsyncIteration into the default value.
 */
@PyClass(name = "anext_awaitable", basetype = false)
public final class PyANextAwaitable extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyANextAwaitableTable());

    /** The awaitable {@code __anext__()} returned. */
    private final PyObject wrapped;
    private final PyObject defaultValue;

    public PyANextAwaitable(PyObject wrapped, PyObject defaultValue) {
        super(TYPE);
        this.wrapped = wrapped;
        this.defaultValue = defaultValue;
    }

    /** {@code anextawaitable_getiter}: the iterator that drives the wrapped awaitable. */
    private PyObject getIter() {
        PyObject w = wrapped;
        if (w.type().tp_iternext != null && !(w instanceof PyCoroutine)) {
            return w;
        }
        PyType t = w.type();
        if (t.am_await == null) {
            throw PyErr.format(PyExc.TypeError, "object %s can't be used in 'await' expression", t.getName());
        }
        PyObject it = t.am_await.apply(w);
        if (it.type().tp_iternext == null) {
            throw PyErr.format(PyExc.TypeError, "__await__ returned a non-iterable");
        }
        return it;
    }

    /** StopAsyncIteration from the wrapped awaitable becomes StopIteration(default). */
    private PyException translate(PyException e) {
        if (e.matches(PyExc.StopAsyncIteration)) {
            return PyErr.newException(PyExc.StopIteration, defaultValue);
        }
        return e;
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
        PyObject it = getIter();
        try {
            return it.type().tp_iternext.apply(it);
        } catch (PyException e) {
            throw translate(e);
        }
    }

    @PyMethod(sig = "value, /", doc = "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration.")
    PyObject send(PyObject value) {
        PyObject it = getIter();
        try {
            if (value == PyNone.NONE) {
                PyObject r = it.type().tp_iternext.apply(it);
                if (r == null) {
                    throw PyErr.newException(PyExc.StopIteration, new PyObject[0]);
                }
                return r;
            }
            return Abstract.callMethod(it, "send", value);
        } catch (PyException e) {
            throw translate(e);
        }
    }

    @PyMethod(name = "throw", sig = "*args", doc = "throw(value)\nthrow(typ[,val[,tb]])\n\nraise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration.")
    PyObject throwMethod(PyTuple args) {
        PyObject it = getIter();
        try {
            return Abstract.call(Abstract.getAttr(it, PyStr.of("throw")), args.array());
        } catch (PyException e) {
            throw translate(e);
        }
    }

    @PyMethod(doc = "close() -> raise GeneratorExit inside generator.")
    PyObject close() {
        PyObject it = getIter();
        PyObject m = Abstract.lookupAttr(it, PyStr.of("close"));
        return m == null ? PyNone.NONE : Abstract.call(m);
    }
}
