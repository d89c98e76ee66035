package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/** {@code generator}: the object a generator function returns; see {@link PyGenBase}. */
@PyClass(name = "generator", basetype = false)
public final class PyGenerator extends PyGenBase {
    public static final PyType TYPE = PyType.fromSpec(new PyGeneratorTable());

    public PyGenerator(PyFrame frame) {
        super(TYPE, frame);
    }

    @Override
    String kind() {
        return "generator";
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        return iternext();
    }

    @PyMethod(name = "send", sig = "value, /", doc = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
    PyObject sendMethod(PyObject v) {
        return send(v);
    }

    @PyMethod(name = "throw", sig = "typ, val=NULL, tb=NULL, /", doc = "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        return throwIn(typ, val, tb, true);
    }

    @PyMethod(name = "close", sig = "", doc = "close() -> raise GeneratorExit inside generator.")
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
        return repr("generator");
    }

    @PyGetter("gi_frame")
    PyObject giFrame() { return frameOrNone(); }

    @PyGetter("gi_code")
    PyObject giCode() { return frame.code; }

    @PyGetter("gi_running")
    PyObject giRunning() { return PyBool.of(running); }

    @PyGetter("gi_suspended")
    PyObject giSuspended() { return PyBool.of(started && !running && !frame.finished); }

    @PyGetter("gi_yieldfrom")
    PyObject giYieldfrom() { return yieldFromOrNone(); }

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
