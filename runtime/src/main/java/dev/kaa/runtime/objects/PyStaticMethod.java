package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/** {@code staticmethod}: a callable that attribute access returns unchanged. */
@PyClass(name = "staticmethod", doc = "Convert a function to be a static method.")
public class PyStaticMethod extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.fromSpec(new PyStaticMethodTable());

    PyObject callable;
    private PyDict dict;

    public PyStaticMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    PyStaticMethod(PyType type) {
        super(type);
        this.callable = PyNone.NONE;
    }

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @PySlot(Slot.tp_new)
    static PyObject smNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return new PyStaticMethod(type);
    }

    @PySlot(value = Slot.tp_init, sig = "function, /")
    void init(PyObject function) {
        this.callable = function;
        PyClassMethod.functoolsWraps(this, function);
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        return callable;
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return Abstract.vectorcall(((PyStaticMethod) self).callable, args, off, nargs, kwnames);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<staticmethod(" + Abstract.repr(callable) + ")>");
    }

    @PyGetter("__func__")
    PyObject func() {
        return callable;
    }

    @PyGetter("__wrapped__")
    PyObject wrapped() {
        return callable;
    }

    @PyGetter("__isabstractmethod__")
    PyObject isAbstract() {
        PyObject v = Abstract.lookupAttr(callable, PyStr.of("__isabstractmethod__"));
        return PyBool.of(v != null && Abstract.isTrue(v));
    }

    @PyGetter("__dict__")
    PyObject getDictAttr() {
        return getDict();
    }

    @PySetter("__dict__")
    void setDictAttr(PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                    v == null ? "NoneType" : v.type().getName());
        }
        dict = d;
    }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("__func__")
    void setReadonlyFunc(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("__wrapped__")
    void setReadonlyWrapped(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }
}
