package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.BuiltinTable;

/**
 * {@code getset_descriptor}: a computed attribute of a builtin type ({@code int.real}); a data descriptor,
 * so it wins over an instance dictionary.
 */
@PyClass(name = "getset_descriptor", basetype = false)
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyGetSetDescrTable());

    final PyType owner;
    final String name;
    final BuiltinTable table;
    final int getIndex;
    final int setIndex;
    final String doc;

    PyGetSetDescr(PyType owner, String name, BuiltinTable table, int getIndex, int setIndex, String doc) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.table = table;
        this.getIndex = getIndex;
        this.setIndex = setIndex;
        this.doc = doc == null || doc.isEmpty() ? null : doc;
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        if (obj == null) {
            return this;
        }
        PyMethodDescr.check(owner, name, obj);
        return table.get(getIndex, obj);
    }

    @PySlot(Slot.tp_descr_set)
    void set(PyObject obj, PyObject value) {
        PyMethodDescr.check(owner, name, obj);
        if (setIndex < 0) {
            throw Abstract.attributeError(obj, PyStr.of(name),
                    String.format("attribute '%s' of '%s' objects is not writable", name, owner.getName()));
        }
        table.set(setIndex, obj, value);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<attribute '" + name + "' of '" + owner.getName() + "' objects>");
    }

    @PyGetter("__name__")
    PyObject nameAttr() {
        return PyStr.of(name);
    }

    @PyGetter("__qualname__")
    PyObject qualname() {
        return PyStr.of(owner.getQualname() + "." + name);
    }

    @PyGetter("__doc__")
    PyObject docAttr() {
        return doc == null ? PyNone.NONE : PyStr.of(doc);
    }

    @PyGetter("__objclass__")
    PyObject objclass() {
        return owner;
    }

    /** Raises the usual "can't delete" TypeError for a setter given null. */
    static void noDelete(String name) {
        throw PyErr.format(PyExc.TypeError, "cannot delete attribute '%s'", name);
    }
}
