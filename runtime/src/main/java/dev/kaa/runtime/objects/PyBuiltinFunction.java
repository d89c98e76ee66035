package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.binding.BuiltinTable;
import dev.kaa.runtime.binding.MethodDef;
import dev.kaa.runtime.slots.CompareOp;

/**
 * {@code builtin_function_or_method}: a builtin function of a module ({@code len}), or a builtin method
 * bound to its object ({@code [].append}) or class ({@code dict.fromkeys}). Calls go straight into the
 * generated table with {@link #self} as the receiver.
 */
@PyClass(name = "builtin_function_or_method", basetype = false)
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyBuiltinFunctionTable());

    final MethodDef def;
    /** The bound object, the module of a module function, or null. */
    final PyObject self;
    /** For a type's {@code __new__}: the type whose {@code tp_new} this wraps; else null. */
    private final PyType newOf;
    /** {@code __module__} of a module function. */
    PyObject module = PyNone.NONE;

    public PyBuiltinFunction(MethodDef def, PyObject self) {
        super(TYPE);
        this.def = def;
        this.self = self;
        this.newOf = null;
    }

    private PyBuiltinFunction(MethodDef def, PyType newOf) {
        super(TYPE);
        this.def = def;
        this.self = newOf;
        this.newOf = newOf;
    }

    public MethodDef def() {
        return def;
    }

    public PyObject boundSelf() {
        return self;
    }

    /** The type whose {@code tp_new} this {@code __new__} wraps, or null. */
    public PyType newWrapperOf() {
        return newOf;
    }

    /** Calls with vectorcall arguments. */
    public PyObject invoke(PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return def.table.call(def.index, self, args, off, nargs, kwnames);
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject f, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyBuiltinFunction b = (PyBuiltinFunction) f;
        return b.def.table.call(b.def.index, b.self, args, off, nargs, kwnames);
    }

    // ---------------------------------------------------------------------------------------------
    // T.__new__ ({@code tp_new_wrapper})

    private static final BuiltinTable NEW_WRAPPER = new BuiltinTable() {
        @Override
        public PyObject call(int index, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
            PyType type = (PyType) self;
            if (nargs < 1) {
                throw PyErr.format(PyExc.TypeError, "%s.__new__(): not enough arguments", type.getName());
            }
            PyObject arg0 = args[off];
            if (!(arg0 instanceof PyType subtype)) {
                throw PyErr.format(PyExc.TypeError, "%s.__new__(X): X is not a type object (%s)", type.getName(),
                        arg0.type().getName());
            }
            if (!subtype.isSubtypeOf(type)) {
                throw PyErr.format(PyExc.TypeError, "%s.__new__(%s): %s is not a subtype of %s", type.getName(),
                        subtype.getName(), subtype.getName(), type.getName());
            }
            // The most derived base that is not a heap type must use this same tp_new.
            PyType staticbase = subtype;
            while (staticbase != null && staticbase.isHeapType()) {
                staticbase = staticbase.getBase();
            }
            if (staticbase != null && staticbase.tp_new != type.tp_new) {
                throw PyErr.format(PyExc.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", type.getName(),
                        subtype.getName(), staticbase.getName());
            }
            return type.tp_new.newObject(subtype, args, off + 1, nargs - 1, kwnames);
        }
    };

    /** The {@code __new__} entry of a builtin type's dictionary. */
    static PyBuiltinFunction newWrapper(PyType type) {
        MethodDef def = new MethodDef("__new__", type.getQualname() + ".__new__", NEW_WRAPPER, 0,
                MethodDef.VARARGS | MethodDef.KEYWORDS,
                "Create and return a new object.  See help(type) for accurate signature.", "($type, *args, **kwargs)");
        return new PyBuiltinFunction(def, type);
    }

    // ---------------------------------------------------------------------------------------------
    // Python-visible behaviour

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (self == null || self instanceof PyModule) {
            return PyStr.of("<built-in function " + def.name + ">");
        }
        return PyStr.of("<built-in method " + def.name + " of " + self.type().getName() + " object at "
                + Abstract.addressOf(self) + ">");
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyBuiltinFunction o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = def == o.def && self == o.self;
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        long x = self == null ? 0 : PyHash.identityHash(self);
        long y = PyHash.identityHash(def);
        long h = x ^ y;
        return h == -1 ? -2 : h;
    }

    @PyGetter("__name__")
    PyObject name() {
        return PyStr.of(def.name);
    }

    /** {@code meth_get__qualname__}: the receiver's type name for bound methods. */
    @PyGetter("__qualname__")
    PyObject qualname() {
        if (self == null || self instanceof PyModule) {
            return PyStr.of(def.name);
        }
        PyType t = self instanceof PyType st ? st : self.type();
        return PyStr.of(t.getQualname() + "." + def.name);
    }

    @PyGetter("__self__")
    PyObject selfAttr() {
        return self == null ? PyNone.NONE : self;
    }

    @PyGetter("__module__")
    PyObject moduleAttr() {
        return module;
    }

    @PyGetter("__doc__")
    PyObject doc() {
        return def.doc == null ? PyNone.NONE : PyStr.of(def.doc);
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        return def.textSignature == null ? PyNone.NONE : PyStr.of(def.textSignature);
    }
}
