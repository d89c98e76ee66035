package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/** {@code member_descriptor}: one {@code __slots__} entry of a Python class, stored in the instance. */
@PyClass(name = "member_descriptor", basetype = false)
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyMemberDescrTable());

    final PyType owner;
    final String name;
    final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    private PyObject[] storage(PyObject obj) {
        PyMethodDescr.check(owner, name, obj);
        if (obj instanceof PyInstance pi) {
            return pi.slots;
        }
        if (obj instanceof PyBaseException e) {
            return e.slotStorage();
        }
        throw PyErr.format(PyExc.SystemError, "bad __slots__ layout for '%s'", obj.type().getName());
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        if (obj == null) {
            return this;
        }
        PyObject v = storage(obj)[index];
        if (v == null) {
            throw Abstract.attributeError(obj, PyStr.of(name),
                    String.format("'%s' object has no attribute '%s'", obj.type().getName(), name));
        }
        return v;
    }

    @PySlot(Slot.tp_descr_set)
    void set(PyObject obj, PyObject value) {
        PyObject[] s = storage(obj);
        if (value == null && s[index] == null) {
            throw Abstract.attributeError(obj, PyStr.of(name),
                    String.format("'%s' object has no attribute '%s'", obj.type().getName(), name));
        }
        s[index] = value;
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<member '" + name + "' of '" + owner.getName() + "' objects>");
    }

    @PyGetter("__name__")
    PyObject nameAttr() {
        return PyStr.of(name);
    }

    @PyGetter("__qualname__")
    PyObject qualname() {
        return PyStr.of(owner.getQualname() + "." + name);
    }

    @PyGetter("__objclass__")
    PyObject objclass() {
        return owner;
    }
}
