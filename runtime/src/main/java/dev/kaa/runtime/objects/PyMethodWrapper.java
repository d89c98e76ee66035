package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.slots.CompareOp;

/** {@code method-wrapper}: a slot wrapper bound to an object ({@code (1).__add__}). */
@PyClass(name = "method-wrapper", basetype = false)
public final class PyMethodWrapper extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyMethodWrapperTable());

    final PyWrapperDescr descr;
    final PyObject self;

    PyMethodWrapper(PyWrapperDescr descr, PyObject self) {
        super(TYPE);
        this.descr = descr;
        this.self = self;
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject w, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyMethodWrapper m = (PyMethodWrapper) w;
        return m.descr.invoke(m.self, args, off, nargs, kwnames);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<method-wrapper '" + descr.def.name + "' of " + self.type().getName() + " object at "
                + Abstract.addressOf(self) + ">");
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyMethodWrapper o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = descr == o.descr && self == o.self;
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        return dev.kaa.runtime.PyHash.identityHash(self) ^ dev.kaa.runtime.PyHash.identityHash(descr);
    }

    @PyGetter("__self__")
    PyObject selfAttr() {
        return self;
    }

    @PyGetter("__name__")
    PyObject name() {
        return PyStr.of(descr.def.name);
    }

    @PyGetter("__qualname__")
    PyObject qualname() {
        return PyStr.of(self.type().getQualname() + "." + descr.def.name);
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        return descr.textSignature();
    }

    @PyGetter("__objclass__")
    PyObject objclass() {
        return descr.owner;
    }
}
