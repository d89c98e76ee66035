package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.slots.DescrGetFunc;

/**
 * {@code super}: attribute lookup that starts after {@link #thisType} in the MRO of the object's type.
 * {@code super()} without arguments finds the class in the calling frame's {@code __class__} cell and the
 * object in its first argument, as CPython's {@code super_init_without_args}.
 */
@PyClass(name = "super", basetype = false, doc = "super() -> same as super(__class__, <first argument>)\n"
        + "super(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\n"
        + "super(type, type2) -> bound super object; requires issubclass(type2, type)")
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PySuperTable());

    /** {@code __thisclass__}. */
    final PyType thisType;
    /** {@code __self__}: the instance or class, or null for an unbound super. */
    final PyObject obj;
    /** {@code __self_class__}: the type whose MRO is searched. */
    final PyType objType;

    private PySuper(PyType thisType, PyObject obj, PyType objType) {
        super(TYPE);
        this.thisType = thisType;
        this.obj = obj;
        this.objType = objType;
    }

    /** {@code super(type, obj)}. */
    public static PySuper of(PyObject type, PyObject obj) {
        if (!(type instanceof PyType t)) {
            throw PyErr.format(PyExc.TypeError, "super() argument 1 must be a type, not %s", type.type().getName());
        }
        if (obj == null || obj == PyNone.NONE) {
            return new PySuper(t, null, null);
        }
        return new PySuper(t, obj, superCheck(t, obj));
    }

    private static PyType superCheck(PyType type, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(type)) {
            return ot;
        }
        if (obj.type().isSubtypeOf(type)) {
            return obj.type();
        }
        PyObject cls = Abstract.lookupAttr(obj, Id.__class__);
        if (cls instanceof PyType ct && ct != obj.type() && ct.isSubtypeOf(type)) {
            return ct;
        }
        throw PyErr.format(PyExc.TypeError,
                "super(type, obj): obj (%s %s) is not an instance or subtype of type (%s).",
                obj instanceof PyType ? "type" : "instance of",
                obj instanceof PyType ot2 ? ot2.getName() : obj.type().getName(), type.getName());
    }

    @PySlot(Slot.tp_new)
    static PyObject superNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw PyErr.format(PyExc.TypeError, "super() takes no keyword arguments");
        }
        if (nargs > 2) {
            throw PyErr.format(PyExc.TypeError, "super() expected at most 2 arguments, got %d", nargs);
        }
        if (nargs == 0) {
            return withoutArgs(ThreadState.current().frame);
        }
        return of(args[off], nargs == 2 ? args[off + 1] : null);
    }

    /** {@code super_init_without_args}: {@code __class__} and the first argument of {@code frame}. */
    public static PySuper withoutArgs(PyFrame frame) {
        if (frame == null) {
            throw PyErr.format(PyExc.RuntimeError, "super(): no current frame");
        }
        PyCode co = frame.code;
        if (co.argcount == 0 && (co.flags & CodeObject.CO_VARARGS) == 0) {
            throw PyErr.format(PyExc.RuntimeError, "super(): no arguments");
        }
        PyObject first = frame.stack[0];
        if ((co.localspluskinds[0] & CodeObject.CO_FAST_CELL) != 0 && first instanceof PyCell c) {
            first = c.ref;
        }
        if (first == null) {
            throw PyErr.format(PyExc.RuntimeError, "super(): arg[0] deleted");
        }
        for (int i = 0; i < co.nlocalsplus; i++) {
            if ((co.localspluskinds[i] & CodeObject.CO_FAST_FREE) != 0 && co.localsplusnames[i].toString().equals("__class__")) {
                PyObject cell = frame.stack[i];
                PyObject cls = cell instanceof PyCell c ? c.ref : null;
                if (cls == null) {
                    throw PyErr.format(PyExc.RuntimeError, "super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw PyErr.format(PyExc.RuntimeError, "super(): __class__ is not a type (%s)", cls.type().getName());
                }
                return of(cls, first);
            }
        }
        throw PyErr.format(PyExc.RuntimeError, "super(): __class__ cell not found");
    }

    /** The attribute {@code name} found after {@link #thisType} in the MRO, not yet bound; null if none. */
    private PyObject findInMro(PyStr name) {
        if (objType == null) {
            return null;
        }
        PyType[] mro = objType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].lookupOwn(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * For LOAD_SUPER_ATTR's method form: the unbound method descriptor found after the class, when calling
     * it with {@code self} prepended is the same as calling the bound attribute; else null.
     */
    public static PyObject lookupMethod(PyObject sup, PyStr name) {
        if (!(sup instanceof PySuper s) || s.obj == null || s.obj == s.objType || name.equals(Id.__class__)) {
            return null;
        }
        PyObject v = s.findInMro(name);
        if (v != null && v.type().hasFlag(PyType.TPFLAGS_METHOD_DESCRIPTOR)) {
            return v;
        }
        return null;
    }

    @PySlot(Slot.tp_getattro)
    static PyObject getattro(PyObject self, PyStr name) {
        PySuper s = (PySuper) self;
        if (!name.equals(Id.__class__)) {
            PyObject v = s.findInMro(name);
            if (v != null) {
                DescrGetFunc f = v.type().tp_descr_get;
                if (f != null) {
                    return f.get(v, s.obj == s.objType ? null : s.obj, s.objType);
                }
                return v;
            }
        }
        return Abstract.genericGetAttr(self, name, false);
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject o, PyObject type) {
        if (o == null || o == PyNone.NONE || this.obj != null) {
            return this;
        }
        return of(thisType, o);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        String t = thisType.getName();
        if (objType != null) {
            return PyStr.of("<super: <class '" + t + "'>, <" + objType.getName() + " object>>");
        }
        return PyStr.of("<super: <class '" + t + "'>, NULL>");
    }

    @PyGetter("__thisclass__")
    PyObject thisclass() { return thisType; }

    @PyGetter("__self__")
    PyObject selfAttr() { return obj == null ? PyNone.NONE : obj; }

    @PyGetter("__self_class__")
    PyObject selfClass() { return objType == null ? PyNone.NONE : objType; }
}
