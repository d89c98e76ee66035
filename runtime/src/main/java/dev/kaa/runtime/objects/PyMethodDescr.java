package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.MethodDef;

/**
 * {@code method_descriptor}: a builtin method in its type's dictionary ({@code list.append}). Calling it
 * with self as the first argument needs no bound object: the interpreter's method calls go
 * {@code descr(self, *args)} straight into the generated table ({@link #callMethod}).
 */
@PyClass(name = "method_descriptor", basetype = false)
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyMethodDescrTable(), PyType.OBJECT,
            PyType.TPFLAGS_METHOD_DESCRIPTOR);

    final PyType owner;
    final MethodDef def;

    PyMethodDescr(PyType owner, MethodDef def) {
        super(TYPE);
        this.owner = owner;
        this.def = def;
    }

    public MethodDef def() {
        return def;
    }

    public PyType owner() {
        return owner;
    }

    /** Calls the method on {@code self} (already checked to be an instance of the owner type). */
    public PyObject callMethod(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return def.table.call(def.index, self, args, off, nargs, kwnames);
    }

    /** {@code descr_check}: raises unless {@code obj} is an instance of the owner type. */
    static void check(PyType owner, String name, PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), obj.type().getName());
        }
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyMethodDescr d = (PyMethodDescr) self;
        if (nargs < 1) {
            throw PyErr.format(PyExc.TypeError, "unbound method %s() needs an argument", d.def.qualname);
        }
        PyObject obj = args[off];
        check(d.owner, d.def.name, obj);
        return d.def.table.call(d.def.index, obj, args, off + 1, nargs - 1, kwnames);
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        if (obj == null) {
            return this;
        }
        check(owner, def.name, obj);
        return new PyBuiltinFunction(def, obj);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<method '" + def.name + "' of '" + owner.getName() + "' objects>");
    }

    @PyGetter("__name__")
    PyObject name() {
        return PyStr.of(def.name);
    }

    @PyGetter("__qualname__")
    PyObject qualname() {
        return PyStr.of(def.qualname);
    }

    @PyGetter("__doc__")
    PyObject doc() {
        return def.doc == null ? PyNone.NONE : PyStr.of(def.doc);
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        return def.textSignature == null ? PyNone.NONE : PyStr.of(def.textSignature);
    }

    @PyGetter("__objclass__")
    PyObject objclass() {
        return owner;
    }
}
