package dev.kaa.runtime.slots;

import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.objects.Id;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyNotImplemented;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

/**
 * The generic slot functions of heap types (CPython's {@code slot_*} functions in typeobject.c): each
 * calls the dunder method found on the object's type, with CPython's checks of the result. A class that
 * defines {@code __eq__} in Python gets {@link #TP_RICHCOMPARE} in its {@code tp_richcompare}; one that
 * inherits {@code list.__eq__} keeps list's own Java function (see {@link SlotDefs}).
 *
 * <p>The binary number slots implement CPython's {@code SLOT1BINFULL}: with a right operand whose type is
 * a subclass overriding the reflected method, that method is tried first. Each such slot is a singleton
 * ({@link BinarySlot}), because the protocol asks "is the other type's slot this same function?".
 */
public final class SlotFunctions {
    private SlotFunctions() {
    }

    /** {@code PyObject_HashNotImplemented}: the tp_hash of unhashable types ("unhashable type: 'list'"). */
    public static final HashFunc HASH_NOT_IMPLEMENTED = HashNotImplemented.INSTANCE;

    // ---------------------------------------------------------------------------------------------
    // Calling a dunder found on the type

    /**
     * {@code lookup_maybe_method} and call: {@code type(self).name(self, *args)} with descriptor binding,
     * or null when the type has no such attribute.
     */
    public static PyObject callMaybe(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            return null;
        }
        return callDescr(descr, self, args);
    }

    /** As {@link #callMaybe}, raising AttributeError when missing ({@code vectorcall_method}). */
    public static PyObject callMethod(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            throw PyErr.newException(PyExc.AttributeError, name);
        }
        return callDescr(descr, self, args);
    }

    /** Calls an attribute found on the type of {@code self} as a method of {@code self}. */
    public static PyObject callDescr(PyObject descr, PyObject self, PyObject[] args) {
        PyType dt = descr.type();
        if (dt.hasFlag(PyType.TPFLAGS_METHOD_DESCRIPTOR)) {
            // Unbound call: descr(self, *args), no bound-method object.
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return Abstract.vectorcall(descr, a, 0, a.length, null);
        }
        PyObject f = descr;
        if (dt.tp_descr_get != null) {
            f = dt.tp_descr_get.get(descr, self, self.type());
        }
        return Abstract.vectorcall(f, args, 0, args.length, null);
    }

    /** Calls the type's {@code name} with self prepended to vectorcall arguments. */
    private static PyObject callMethodVector(PyObject self, PyStr name, PyObject[] args, int off, int nargs,
                                             PyTuple kwnames) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            throw PyErr.newException(PyExc.AttributeError, name);
        }
        PyType dt = descr.type();
        int total = nargs + (kwnames == null ? 0 : kwnames.size());
        if (dt.hasFlag(PyType.TPFLAGS_METHOD_DESCRIPTOR)) {
            PyObject[] a = new PyObject[total + 1];
            a[0] = self;
            System.arraycopy(args, off, a, 1, total);
            return Abstract.vectorcall(descr, a, 0, nargs + 1, kwnames);
        }
        PyObject f = dt.tp_descr_get != null ? dt.tp_descr_get.get(descr, self, self.type()) : descr;
        return Abstract.vectorcall(f, args, off, nargs, kwnames);
    }

    // ---------------------------------------------------------------------------------------------
    // tp_* slots

    // slot_tp_repr / slot_tp_str do not check the result: PyObject_Repr / PyObject_Str (Abstract.repr/str)
    // do, so object.__str__ over a bad __repr__ reports "__str__ returned non-string" as CPython does.
    public static final UnaryFunc TP_REPR = self -> callMethod(self, Id.__repr__);

    public static final UnaryFunc TP_STR = self -> callMethod(self, Id.__str__);

    public static final HashFunc TP_HASH = self -> {
        PyObject descr = self.type().lookup(Id.__hash__);
        if (descr == null || descr == PyNone.NONE) {
            return HASH_NOT_IMPLEMENTED.hash(self);
        }
        PyObject r = callDescr(descr, self, new PyObject[0]);
        if (!(r instanceof PyInt i)) {
            throw PyErr.format(PyExc.TypeError, "__hash__ method should return an integer");
        }
        // An int subclass's own __hash__ is not consulted: the value's hash is. A value within the range of
        // Py_hash_t is kept as it is (so x.__hash__() returning hash(y) gives hash(x) == hash(y)).
        long h = i.isSmall() ? i.value : i.hashValue();
        return h == -1 ? -2 : h;
    };

    public static final VectorcallFunc TP_CALL = (self, args, off, nargs, kwnames) ->
            callMethodVector(self, Id.__call__, args, off, nargs, kwnames);

    /** {@code _Py_slot_tp_getattr_hook}: {@code __getattribute__}, then {@code __getattr__} on AttributeError. */
    public static final GetAttroFunc TP_GETATTR_HOOK = (self, name) -> {
        PyType tp = self.type();
        PyObject getattr = tp.lookup(Id.__getattr__);
        PyObject getattribute = tp.lookup(Id.__getattribute__);
        if (getattr == null) {
            // Only __getattribute__ is overridden.
            return callDescr(getattribute, self, new PyObject[] {name});
        }
        if (getattribute == null || (getattribute instanceof dev.kaa.runtime.objects.PyWrapperDescr wd
                && wd.wrapped() == PyType.OBJECT.tp_getattro)) {
            // As _PyObject_GenericGetAttrWithDict with suppress: an AttributeError raised by a descriptor
            // (a property getter) also falls back to __getattr__.
            PyObject r;
            try {
                r = Abstract.genericGetAttr(self, name, true);
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError)) {
                    throw e;
                }
                r = null;
            }
            if (r != null) {
                return r;
            }
            return callDescr(getattr, self, new PyObject[] {name});
        }
        try {
            return callDescr(getattribute, self, new PyObject[] {name});
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) {
                throw e;
            }
            return callDescr(getattr, self, new PyObject[] {name});
        }
    };

    public static final SetAttroFunc TP_SETATTRO = (self, name, value) -> {
        if (value == null) {
            callMethod(self, Id.__delattr__, name);
        } else {
            callMethod(self, Id.__setattr__, name, value);
        }
    };

    public static final RichCmpFunc TP_RICHCOMPARE = (v, w, op) -> {
        PyObject r = callMaybe(v, PyStr.shared(op.dunder), w);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    };

    public static final UnaryFunc TP_ITER = self -> {
        PyObject descr = self.type().lookup(Id.__iter__);
        if (descr == PyNone.NONE) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not iterable", self.type().getName());
        }
        if (descr == null) {
            if (self.type().lookup(Id.__getitem__) != null) {
                return Abstract.seqIter(self);
            }
            throw PyErr.format(PyExc.TypeError, "'%s' object is not iterable", self.type().getName());
        }
        return callDescr(descr, self, new PyObject[0]);
    };

    /** Calls {@code __next__}; a StopIteration ends the iteration (null), as tp_iternext's contract says. */
    public static final UnaryFunc TP_ITERNEXT = self -> {
        try {
            return callMethod(self, Id.__next__);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    };

    public static final DescrGetFunc TP_DESCR_GET = (self, obj, type) -> {
        PyObject descr = self.type().lookup(Id.__get__);
        if (descr == null) {
            // Deleted after the slot was set: behave as a plain attribute.
            return self;
        }
        return callDescr(descr, self, new PyObject[] {obj == null ? PyNone.NONE : obj,
                type == null ? PyNone.NONE : type});
    };

    public static final DescrSetFunc TP_DESCR_SET = (self, obj, value) -> {
        if (value == null) {
            callMethod(self, Id.__delete__, obj);
        } else {
            callMethod(self, Id.__set__, obj, value);
        }
    };

    public static final InitProc TP_INIT = (self, args, off, nargs, kwnames) -> {
        PyObject r = callMethodVector(self, Id.__init__, args, off, nargs, kwnames);
        if (r != PyNone.NONE) {
            throw PyErr.format(PyExc.TypeError, "__init__() should return None, not '%s'", r.type().getName());
        }
    };

    /** {@code slot_tp_new}: {@code type.__new__(type, *args)}, looked up as an attribute of the type. */
    public static final NewFunc TP_NEW = (type, args, off, nargs, kwnames) -> {
        PyObject func = Abstract.getAttr(type, Id.__new__);
        int total = nargs + (kwnames == null ? 0 : kwnames.size());
        PyObject[] a = new PyObject[total + 1];
        a[0] = type;
        System.arraycopy(args, off, a, 1, total);
        return Abstract.vectorcall(func, a, 0, nargs + 1, kwnames);
    };

    // ---------------------------------------------------------------------------------------------
    // Number, mapping and sequence slots

    /** A unary slot calling {@code name}. */
    public static UnaryFunc unary(String name) {
        PyStr n = PyStr.shared(name);
        return self -> callMethod(self, n);
    }

    /** An in-place slot calling {@code name} ({@code SLOT1}). */
    public static BinaryFunc inplace(String name) {
        PyStr n = PyStr.shared(name);
        return (self, other) -> callMethod(self, n, other);
    }

    /** A binary number slot with CPython's operator/reflected-operator protocol ({@code SLOT1BINFULL}). */
    public static BinaryFunc binary(Slot slot, String op, String rop) {
        return new BinarySlot(slot, PyStr.shared(op), PyStr.shared(rop));
    }

    /** {@code SLOT1BINFULL}. */
    static final class BinarySlot implements BinaryFunc {
        final Slot slot;
        final PyStr op;
        final PyStr rop;
        /** The function whose presence in a type's slot means "this type dispatches to Python" (TESTFUNC). */
        Object testFunc = this;

        BinarySlot(Slot slot, PyStr op, PyStr rop) {
            this.slot = slot;
            this.op = op;
            this.rop = rop;
        }

        @Override
        public PyObject apply(PyObject self, PyObject other) {
            PyType st = self.type();
            PyType ot = other.type();
            boolean doOther = st != ot && ot.getSlot(slot) == testFunc;
            if (st.getSlot(slot) == testFunc) {
                if (doOther && ot.isSubtypeOf(st) && methodIsOverloaded(st, ot, rop)) {
                    PyObject r = callMaybe(other, rop, self);
                    if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                        return r;
                    }
                    doOther = false;
                }
                PyObject r = callMaybe(self, op, other);
                if (r == null) {
                    r = PyNotImplemented.NOT_IMPLEMENTED;
                }
                if (r != PyNotImplemented.NOT_IMPLEMENTED || ot == st) {
                    return r;
                }
            }
            if (doOther) {
                PyObject r = callMaybe(other, rop, self);
                return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** {@code method_is_overloaded}: whether the right operand's type defines {@code name} differently. */
    private static boolean methodIsOverloaded(PyType left, PyType right, PyStr name) {
        PyObject b = right.lookup(name);
        if (b == null) {
            return false;
        }
        PyObject a = left.lookup(name);
        if (a == null) {
            return true;
        }
        return a != b;
    }

    /** {@code slot_nb_power}: binary protocol for two arguments; {@code __pow__} only for three. */
    public static final TernaryFunc NB_POWER = new PowerSlot();

    private static final class PowerSlot implements TernaryFunc {
        private final BinarySlot two = new BinarySlot(Slot.nb_power, Id.__pow__, PyStr.shared("__rpow__"));

        PowerSlot() {
            two.testFunc = this;
        }

        @Override
        public PyObject apply(PyObject self, PyObject other, PyObject modulus) {
            if (modulus == PyNone.NONE) {
                return two.apply(self, other);
            }
            // Three-argument pow() does not use __rpow__.
            if (self.type().nb_power == this) {
                return callMethod(self, Id.__pow__, other, modulus);
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    public static final TernaryFunc NB_INPLACE_POWER = (self, other, modulus) ->
            callMethod(self, PyStr.shared("__ipow__"), other);

    public static final Inquiry NB_BOOL = self -> {
        PyObject descr = self.type().lookup(Id.__bool__);
        boolean usingLen = false;
        if (descr == null) {
            descr = self.type().lookup(Id.__len__);
            if (descr == null) {
                return true;
            }
            usingLen = true;
        }
        PyObject r = callDescr(descr, self, new PyObject[0]);
        if (usingLen) {
            return Abstract.isTrue(r);
        }
        if (r instanceof PyBool b) {
            return b.truth;
        }
        throw PyErr.format(PyExc.TypeError, "__bool__ should return bool, returned %s", r.type().getName());
    };

    /** {@code slot_sq_length}/{@code slot_mp_length}: {@code __len__} as a non-negative index. */
    public static final LenFunc LENGTH = self -> {
        PyObject r = callMethod(self, Id.__len__);
        if (!(r instanceof PyInt) && r.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object cannot be interpreted as an integer",
                    r.type().getName());
        }
        long len = PyNumber.asSsize(r, PyExc.OverflowError);
        if (len < 0) {
            throw PyErr.format(PyExc.ValueError, "__len__() should return >= 0");
        }
        return len;
    };

    public static final BinaryFunc MP_SUBSCRIPT = (self, key) -> callMethod(self, Id.__getitem__, key);

    public static final ObjObjArgProc MP_ASS_SUBSCRIPT = (self, key, value) -> {
        if (value == null) {
            callMethod(self, Id.__delitem__, key);
        } else {
            callMethod(self, Id.__setitem__, key, value);
        }
    };

    public static final SsizeArgFunc SQ_ITEM = (self, i) -> callMethod(self, Id.__getitem__, PyInt.of(i));

    public static final SsizeObjArgProc SQ_ASS_ITEM = (self, i, value) -> {
        if (value == null) {
            callMethod(self, Id.__delitem__, PyInt.of(i));
        } else {
            callMethod(self, Id.__setitem__, PyInt.of(i), value);
        }
    };

    public static final ObjObjProc SQ_CONTAINS = (self, value) -> {
        PyObject descr = self.type().lookup(Id.__contains__);
        if (descr == PyNone.NONE) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not a container", self.type().getName());
        }
        if (descr == null) {
            return Abstract.iterSearchContains(self, value);
        }
        return Abstract.isTrue(callDescr(descr, self, new PyObject[] {value}));
    };
}
