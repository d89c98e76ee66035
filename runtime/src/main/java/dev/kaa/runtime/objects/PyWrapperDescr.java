package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.slots.BinaryFunc;
import dev.kaa.runtime.slots.DescrGetFunc;
import dev.kaa.runtime.slots.DescrSetFunc;
import dev.kaa.runtime.slots.GetAttroFunc;
import dev.kaa.runtime.slots.HashFunc;
import dev.kaa.runtime.slots.InitProc;
import dev.kaa.runtime.slots.Inquiry;
import dev.kaa.runtime.slots.LenFunc;
import dev.kaa.runtime.slots.ObjObjArgProc;
import dev.kaa.runtime.slots.ObjObjProc;
import dev.kaa.runtime.slots.RichCmpFunc;
import dev.kaa.runtime.slots.SetAttroFunc;
import dev.kaa.runtime.slots.SlotDef;
import dev.kaa.runtime.slots.SsizeArgFunc;
import dev.kaa.runtime.slots.SsizeObjArgProc;
import dev.kaa.runtime.slots.TernaryFunc;
import dev.kaa.runtime.slots.UnaryFunc;
import dev.kaa.runtime.slots.VectorcallFunc;

/**
 * {@code wrapper_descriptor}: a builtin type's slot seen as a dunder method ({@code int.__add__},
 * {@code list.__len__}), CPython's "slot wrapper". It calls the slot function {@link #wrapped} as its
 * {@link SlotDef.Wrapper} kind says ({@code __radd__} swaps the operands of {@code nb_add}, {@code __lt__}
 * passes {@code Py_LT} to {@code tp_richcompare}, ...). Heap types that inherit a dunder recognise it and
 * reuse {@code wrapped} as their own slot.
 */
@PyClass(name = "wrapper_descriptor", basetype = false)
public final class PyWrapperDescr extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyWrapperDescrTable(), PyType.OBJECT,
            PyType.TPFLAGS_METHOD_DESCRIPTOR);

    final PyType owner;
    final SlotDef def;
    final Object wrapped;

    PyWrapperDescr(PyType owner, SlotDef def, Object wrapped) {
        super(TYPE);
        this.owner = owner;
        this.def = def;
        this.wrapped = wrapped;
    }

    public SlotDef def() {
        return def;
    }

    public Object wrapped() {
        return wrapped;
    }

    public PyType owner() {
        return owner;
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyWrapperDescr d = (PyWrapperDescr) self;
        if (nargs < 1) {
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' of '%s' object needs an argument", d.def.name,
                    d.owner.getName());
        }
        PyObject obj = args[off];
        if (!obj.type().isSubtypeOf(d.owner)) {
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                    d.def.name, d.owner.getName(), obj.type().getName());
        }
        return d.invoke(obj, args, off + 1, nargs - 1, kwnames);
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        if (obj == null) {
            return this;
        }
        PyMethodDescr.check(owner, def.name, obj);
        return new PyMethodWrapper(this, obj);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<slot wrapper '" + def.name + "' of '" + owner.getName() + "' objects>");
    }

    @PyGetter("__name__")
    PyObject name() {
        return PyStr.of(def.name);
    }

    @PyGetter("__qualname__")
    PyObject qualname() {
        return PyStr.of(owner.getQualname() + "." + def.name);
    }

    @PyGetter("__doc__")
    PyObject doc() {
        return PyStr.of(def.doc);
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        return PyStr.of(def.textSignature);
    }

    @PyGetter("__objclass__")
    PyObject objclass() {
        return owner;
    }

    private void checkArgs(int nargs, int n, PyTuple kwnames) {
        if (kwnames != null && def.wrapper != SlotDef.Wrapper.CALL && def.wrapper != SlotDef.Wrapper.INIT) {
            throw PyErr.format(PyExc.TypeError, "wrapper %s() takes no keyword arguments", def.name);
        }
        if (nargs != n) {
            throw PyErr.format(PyExc.TypeError, "expected %d argument%s, got %d", n, n == 1 ? "" : "s", nargs);
        }
    }

    /** Calls the wrapped slot on {@code self} with the remaining arguments ({@code wrap_*}). */
    PyObject invoke(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        switch (def.wrapper) {
            case UNARY:
                checkArgs(nargs, 0, kwnames);
                return ((UnaryFunc) wrapped).apply(self);
            case BINARY:
            case BINARY_L:
                checkArgs(nargs, 1, kwnames);
                return ((BinaryFunc) wrapped).apply(self, args[off]);
            case BINARY_R:
                checkArgs(nargs, 1, kwnames);
                return ((BinaryFunc) wrapped).apply(args[off], self);
            case TERNARY:
            case TERNARY_R: {
                if (kwnames != null) {
                    throw PyErr.format(PyExc.TypeError, "wrapper %s() takes no keyword arguments", def.name);
                }
                if (nargs < 1 || nargs > 2) {
                    throw dev.kaa.runtime.binding.Args.checkPositional(def.name, nargs, 1, 2);
                }
                PyObject third = nargs == 2 ? args[off + 1] : PyNone.NONE;
                if (wrapped instanceof TernaryFunc tf) {
                    return def.wrapper == SlotDef.Wrapper.TERNARY ? tf.apply(self, args[off], third)
                            : tf.apply(args[off], self, third);
                }
                return ((BinaryFunc) wrapped).apply(self, args[off]);
            }
            case INQUIRY:
                checkArgs(nargs, 0, kwnames);
                return PyBool.of(((Inquiry) wrapped).test(self));
            case LEN:
                checkArgs(nargs, 0, kwnames);
                return PyInt.of(((LenFunc) wrapped).len(self));
            case INDEXARG:
                checkArgs(nargs, 1, kwnames);
                return ((SsizeArgFunc) wrapped).apply(self, Abstract.asIndex(args[off], PyExc.OverflowError));
            case SQ_ITEM: {
                checkArgs(nargs, 1, kwnames);
                long i = sqIndex(self, args[off]);
                return ((SsizeArgFunc) wrapped).apply(self, i);
            }
            case SQ_SETITEM: {
                checkArgs(nargs, 2, kwnames);
                long i = sqIndex(self, args[off]);
                ((SsizeObjArgProc) wrapped).store(self, i, args[off + 1]);
                return PyNone.NONE;
            }
            case SQ_DELITEM: {
                checkArgs(nargs, 1, kwnames);
                long i = sqIndex(self, args[off]);
                ((SsizeObjArgProc) wrapped).store(self, i, null);
                return PyNone.NONE;
            }
            case OBJOBJARG:
                checkArgs(nargs, 2, kwnames);
                ((ObjObjArgProc) wrapped).store(self, args[off], args[off + 1]);
                return PyNone.NONE;
            case DELITEM:
                checkArgs(nargs, 1, kwnames);
                ((ObjObjArgProc) wrapped).store(self, args[off], null);
                return PyNone.NONE;
            case OBJOBJ:
                checkArgs(nargs, 1, kwnames);
                return PyBool.of(((ObjObjProc) wrapped).test(self, args[off]));
            case HASH:
                checkArgs(nargs, 0, kwnames);
                return PyInt.of(((HashFunc) wrapped).hash(self));
            case CALL:
                return ((VectorcallFunc) wrapped).call(self, args, off, nargs, kwnames);
            case RICHCMP:
                checkArgs(nargs, 1, kwnames);
                return ((RichCmpFunc) wrapped).compare(self, args[off], def.op);
            case NEXT: {
                checkArgs(nargs, 0, kwnames);
                PyObject r = ((UnaryFunc) wrapped).apply(self);
                if (r == null) {
                    throw PyErr.newException(PyExc.StopIteration);
                }
                return r;
            }
            case DESCR_GET: {
                if (kwnames != null) {
                    throw PyErr.format(PyExc.TypeError, "wrapper %s() takes no keyword arguments", def.name);
                }
                if (nargs < 1 || nargs > 2) {
                    throw dev.kaa.runtime.binding.Args.checkPositional("__get__", nargs, 1, 2);
                }
                PyObject obj = args[off];
                PyObject type = nargs == 2 ? args[off + 1] : PyNone.NONE;
                if (obj == PyNone.NONE) {
                    obj = null;
                }
                if (type == PyNone.NONE) {
                    type = null;
                }
                if (obj == null && type == null) {
                    throw PyErr.format(PyExc.TypeError, "__get__(None, None) is invalid");
                }
                return ((DescrGetFunc) wrapped).get(self, obj, type);
            }
            case DESCR_SET:
                checkArgs(nargs, 2, kwnames);
                ((DescrSetFunc) wrapped).set(self, args[off], args[off + 1]);
                return PyNone.NONE;
            case DESCR_DELETE:
                checkArgs(nargs, 1, kwnames);
                ((DescrSetFunc) wrapped).set(self, args[off], null);
                return PyNone.NONE;
            case INIT:
                ((InitProc) wrapped).init(self, args, off, nargs, kwnames);
                return PyNone.NONE;
            case GETATTR:
                checkArgs(nargs, 1, kwnames);
                return ((GetAttroFunc) wrapped).getattro(self, Abstract.attrName(args[off]));
            case SETATTR:
                checkArgs(nargs, 2, kwnames);
                hackcheck(self, wrapped, "__setattr__");
                ((SetAttroFunc) wrapped).setattro(self, Abstract.attrName(args[off]), args[off + 1]);
                return PyNone.NONE;
            case DELATTR:
                checkArgs(nargs, 1, kwnames);
                hackcheck(self, wrapped, "__delattr__");
                ((SetAttroFunc) wrapped).setattro(self, Abstract.attrName(args[off]), null);
                return PyNone.NONE;
            default:
                throw new IllegalStateException(def.toString());
        }
    }

    /** {@code getindex}: an index argument, adjusted by the length for negatives. */
    private static long sqIndex(PyObject self, PyObject arg) {
        long i = Abstract.asIndex(arg, PyExc.OverflowError);
        if (i < 0) {
            LenFunc lf = self.type().sq_length;
            if (lf != null) {
                i += lf.len(self);
            }
        }
        return i;
    }

    /**
     * {@code hackcheck}: refuses {@code object.__setattr__(int_type, ...)}-style calls that would jump over
     * a builtin's own {@code tp_setattro} ("can't apply this __setattr__ to type object").
     */
    private static void hackcheck(PyObject self, Object func, String what) {
        PyType type = self.type();
        Object slot = dev.kaa.runtime.slots.SlotFunctions.TP_SETATTRO;
        PyType defining = type;
        PyType[] mro = type.getMro();
        for (int i = mro.length - 1; i >= 0; i--) {
            PyType b = mro[i];
            if (b.tp_setattro != slot && b.tp_setattro == type.tp_setattro) {
                defining = b;
                break;
            }
        }
        for (PyType b = defining; b != null; b = b.getBase()) {
            if (b.tp_setattro == func) {
                break;
            } else if (b.tp_setattro != slot) {
                throw PyErr.format(PyExc.TypeError, "can't apply this %s to %s object", what, type.getName());
            }
        }
    }
}
