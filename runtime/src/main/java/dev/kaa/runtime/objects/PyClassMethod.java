package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/** {@code classmethod}: binds its callable to the class on attribute access. */
@PyClass(name = "classmethod", doc = "Convert a function to be a class method.")
public class PyClassMethod extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.fromSpec(new PyClassMethodTable());

    PyObject callable;
    private PyDict dict;

    public PyClassMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    PyClassMethod(PyType type) {
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
    static PyObject cmNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return new PyClassMethod(type);
    }

    @PySlot(value = Slot.tp_init, sig = "function, /")
    void init(PyObject function) {
        this.callable = function;
        PyClassMethod.functoolsWraps(this, function);
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        PyObject t = type == null || type == PyNone.NONE ? obj.type() : type;
        return new PyBoundMethod(callable, t);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<classmethod(" + Abstract.repr(callable) + ")>");
    }

    @PyGetter("__func__")
    PyObject func() {
        return callable;
    }

    @PyGetter("__wrapped__")
    PyObject wrapped() {
        return callable;
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

    @PyGetter("__isabstractmethod__")
    PyObject isAbstract() {
        PyObject v = Abstract.lookupAttr(callable, PyStr.of("__isabstractmethod__"));
        return PyBool.of(v != null && Abstract.isTrue(v));
    }

    /**
     * {@code functools_wraps} of {@code funcobject.c}: classmethod and staticmethod copy the wrapped
     * callable's {@code __module__}, {@code __name__}, {@code __qualname__} and {@code __doc__} into their dict.
     */
    static void functoolsWraps(PyObject wrapper, PyObject wrapped) {
        for (String name : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyStr n = PyStr.of(name);
            PyObject v = Abstract.lookupAttr(wrapped, n);
            if (v != null) {
                Abstract.setAttr(wrapper, n, v);
            }
        }
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
