package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.slots.CompareOp;

/**
 * {@code method}: a callable bound to an object ({@code obj.f} for a Python function {@code f}, or a
 * classmethod bound to its class). Calling it calls {@link #func} with {@link #self} prepended.
 */
@PyClass(name = "method", basetype = false, doc = "Create a bound instance method object.")
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyBoundMethodTable());

    public final PyObject func;
    public final PyObject self;

    public PyBoundMethod(PyObject func, PyObject self) {
        super(TYPE);
        this.func = func;
        this.self = self;
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject m, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyBoundMethod bm = (PyBoundMethod) m;
        int total = nargs + (kwnames == null ? 0 : kwnames.size());
        PyObject[] a = new PyObject[total + 1];
        a[0] = bm.self;
        System.arraycopy(args, off, a, 1, total);
        return Abstract.vectorcall(bm.func, a, 0, nargs + 1, kwnames);
    }

    @PySlot(value = Slot.tp_new, sig = "function, instance, /")
    static PyObject methodNew(PyType type, PyObject function, PyObject instance) {
        if (!Abstract.isCallable(function)) {
            throw dev.kaa.runtime.PyErr.format(PyExc.TypeError, "first argument must be callable");
        }
        if (instance == PyNone.NONE) {
            throw dev.kaa.runtime.PyErr.format(PyExc.TypeError, "instance must not be None");
        }
        return new PyBoundMethod(function, instance);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        PyObject name = Abstract.lookupAttr(func, Id.__qualname__);
        if (name == null) {
            name = Abstract.lookupAttr(func, Id.__name__);
        }
        return PyStr.of("<bound method " + (name == null ? "?" : name.toString()) + " of " + Abstract.repr(self) + ">");
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyBoundMethod o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = self == o.self && Abstract.richCompareBool(func, o.func, CompareOp.EQ);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        long h = PyHash.identityHash(self) ^ Abstract.hash(func);
        return h == -1 ? -2 : h;
    }

    /** A bound method is already bound: {@code __get__} returns it unchanged. */
    @PySlot(Slot.tp_descr_get)
    PyObject descrGet(PyObject obj, PyObject type) {
        return this;
    }

    /** {@code method_get_doc}: the function's docstring, not the method type's. */
    @PyGetter("__doc__")
    PyObject doc() {
        return Abstract.getAttr(func, Id.__doc__);
    }

    @PySlot(Slot.tp_getattro)
    static PyObject getattro(PyObject self, PyStr name) {
        PyObject r = Abstract.genericGetAttr(self, name, true);
        if (r != null) {
            return r;
        }
        return Abstract.getAttr(((PyBoundMethod) self).func, name);
    }

    @PyGetter("__func__")
    PyObject funcAttr() {
        return func;
    }

    @PyGetter("__self__")
    PyObject selfAttr() {
        return self;
    }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("__func__")
    void setReadonlyFunc(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("__self__")
    void setReadonlySelf(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }
}
