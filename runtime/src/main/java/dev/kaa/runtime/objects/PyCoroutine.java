package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

/** {@code coroutine}: the object an {@code async def} function returns; see {@link PyGenBase}. */
@PyClass(name = "coroutine", basetype = false)
public final class PyCoroutine extends PyGenBase {
    public static final PyType TYPE = PyType.fromSpec(new PyCoroutineTable());

    public PyCoroutine(PyFrame frame) {
        super(TYPE, frame);
    }

    @Override
    String kind() {
        return "coroutine";
    }

    @Override
    PyException finishedError(PyObject arg) {
        return PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
    }

    @PySlot(Slot.am_await)
    PyObject await() {
        return new PyCoroWrapper(this);
    }

    @PyMethod(name = "send", sig = "value, /", doc = "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.")
    PyObject sendMethod(PyObject v) {
        return send(v);
    }

    @PyMethod(name = "throw", sig = "typ, val=NULL, tb=NULL, /", doc = "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        return throwIn(typ, val, tb, true);
    }

    @PyMethod(name = "close", sig = "", doc = "close() -> raise GeneratorExit inside coroutine.")
    PyObject closeMethod() {
        return close();
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
        return repr("coroutine");
    }

    @PyGetter("cr_frame")
    PyObject crFrame() { return frameOrNone(); }

    @PyGetter("cr_code")
    PyObject crCode() { return frame.code; }

    @PyGetter("cr_running")
    PyObject crRunning() { return PyBool.of(running); }

    @PyGetter("cr_suspended")
    PyObject crSuspended() { return PyBool.of(started && !running && !frame.finished); }

    @PyGetter("cr_await")
    PyObject crAwait() { return yieldFromOrNone(); }

    @PyGetter("cr_origin")
    PyObject crOrigin() { return PyNone.NONE; }

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
