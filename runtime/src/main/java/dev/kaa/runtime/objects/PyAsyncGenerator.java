package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

/**
 * {@code async_generator}: the object an {@code async def} with {@code yield} returns. Values it yields
 * are wrapped ({@link PyAsyncGenWrappedValue}) by the compiler's ASYNC_GEN_WRAP so that the awaitables
 * {@link PyAsyncGenASend} and {@link PyAsyncGenAThrow} can tell them from values yielded by inner awaits.
 */
@PyClass(name = "async_generator", basetype = false)
public final class PyAsyncGenerator extends PyGenBase {
    public static final PyType TYPE = PyType.fromSpec(new PyAsyncGeneratorTable());

    public PyAsyncGenerator(PyFrame frame) {
        super(TYPE, frame);
    }

    @Override
    String kind() {
        return "async generator";
    }

    @Override
    PyException finishedError(PyObject arg) {
        return PyErr.newException(PyExc.StopAsyncIteration);
    }

    @Override
    PyException returned(PyObject value) {
        return PyErr.newException(PyExc.StopAsyncIteration);
    }

    /** {@code async_gen_unwrap_value} applied to a completed send/throw. */
    PyObject unwrap(PyObject result) {
        if (result instanceof PyAsyncGenWrappedValue w) {
            runningAsync = false;
            throw w.value == PyNone.NONE ? PyErr.newException(PyExc.StopIteration)
                    : PyErr.newException(PyExc.StopIteration, w.value);
        }
        return result;
    }

    /** The error path of {@code async_gen_unwrap_value}. */
    PyException unwrapError(PyException e) {
        if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
            closed = true;
        }
        runningAsync = false;
        return e;
    }

    @PySlot(Slot.am_aiter)
    PyObject aiter() {
        return this;
    }

    @PySlot(Slot.am_anext)
    PyObject anext() {
        return new PyAsyncGenASend(this, PyNone.NONE);
    }

    @PyMethod(name = "asend", sig = "value, /", doc = "asend(v) -> send 'v' in generator.")
    PyObject asend(PyObject v) {
        return new PyAsyncGenASend(this, v);
    }

    @PyMethod(name = "athrow", sig = "typ, val=NULL, tb=NULL, /", doc = "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.")
    PyObject athrow(PyObject typ, PyObject val, PyObject tb) {
        return new PyAsyncGenAThrow(this, typ, val, tb);
    }

    @PyMethod(name = "aclose", sig = "", doc = "aclose() -> raise GeneratorExit inside generator.")
    PyObject aclose() {
        return new PyAsyncGenAThrow(this, null, null, null);
    }

    @PyMethod(name = "__del__", doc = "Called when the instance is about to be destroyed.")
    void delMethod() {
        finalizeFromPython();
    }

    @PyMethod(name = "__sizeof__", doc = "gen.__sizeof__() -> size of gen in memory, in bytes")
    long sizeofMethod() {
        return sizeof();
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return repr("async_generator");
    }

    @PyGetter("ag_frame")
    PyObject agFrame() { return frameOrNone(); }

    @PyGetter("ag_code")
    PyObject agCode() { return frame.code; }

    @PyGetter("ag_running")
    PyObject agRunning() { return PyBool.of(runningAsync); }

    @PyGetter("ag_suspended")
    PyObject agSuspended() { return PyBool.of(started && !running && !frame.finished); }

    @PyGetter("ag_await")
    PyObject agAwait() { return yieldFromOrNone(); }

    @PyGetter("__name__")
    PyObject getName() { return name; }

    @PySetter("__name__")
    void setNameAttr(PyObject v) { setName(v, "name"); }

    @PyGetter("__qualname__")
    PyObject getQualname() { return qualname; }

    @PySetter("__qualname__")
    void setQualnameAttr(PyObject v) { setName(v, "qualname"); }

    @PyMethod(name = "__class_getitem__", classmethod = true, sig = "item, /", doc = "See PEP 585")
    static PyObject classGetitem(PyType type, PyObject item) {
        return new PyGenericAlias(type, item);
    }
}
