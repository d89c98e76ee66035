package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.MethodDef;

/** {@code classmethod_descriptor}: a builtin classmethod ({@code dict.fromkeys}), bound to the class on access. */
@PyClass(name = "classmethod_descriptor", basetype = false)
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyClassMethodDescrTable());

    final PyType owner;
    final MethodDef def;

    PyClassMethodDescr(PyType owner, MethodDef def) {
        super(TYPE);
        this.owner = owner;
        this.def = def;
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        PyObject t = type;
        if (t == null || t == PyNone.NONE) {
            if (obj == null || obj == PyNone.NONE) {
                throw PyErr.format(PyExc.TypeError, "descriptor '%s' for type '%s' needs either an object or a type",
                        def.name, owner.getName());
            }
            t = obj.type();
        }
        if (!(t instanceof PyType tt)) {
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                    def.name, owner.getName(), t.type().getName());
        }
        if (!tt.isSubtypeOf(owner)) {
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                    def.name, owner.getName(), tt.getName());
        }
        return new PyBuiltinFunction(def, tt);
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyClassMethodDescr d = (PyClassMethodDescr) self;
        if (nargs < 1) {
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' of '%s' object needs an argument", d.def.name,
                    d.owner.getName());
        }
        PyObject t = args[off];
        if (!(t instanceof PyType tt) || !tt.isSubtypeOf(d.owner)) {
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                    d.def.name, d.owner.getName(), t instanceof PyType tt2 ? tt2.getName() : t.type().getName());
        }
        return d.def.table.call(d.def.index, tt, args, off + 1, nargs - 1, kwnames);
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
