package dev.kaa.runtime;

import dev.kaa.annotations.Slot;
import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyNotImplemented;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyType;
import dev.kaa.runtime.slots.BinaryFunc;
import dev.kaa.runtime.slots.SsizeArgFunc;
import dev.kaa.runtime.slots.TernaryFunc;
import dev.kaa.runtime.slots.UnaryFunc;

/**
 * The number protocol ({@code PyNumber_*} in CPython's {@code Objects/abstract.c}): binary operators
 * through {@code nb_*} slots with the reflected-operand protocol ({@code binary_op1}: the right operand's
 * slot first when its type is a subclass of the left's, {@code NotImplemented} passing the turn), sequence
 * concatenation and repetition as fallbacks for {@code +} and {@code *}, in-place operators falling back
 * to the plain ones, and CPython's TypeErrors ("unsupported operand type(s) for +: 'int' and 'str'").
 */
public final class PyNumber {
    private PyNumber() {
    }

    private static BinaryFunc slot(PyType t, Slot s) {
        return (BinaryFunc) t.getSlot(s);
    }

    /** {@code binary_op1}: NotImplemented if neither operand handles it. */
    public static PyObject binaryOp1(PyObject v, PyObject w, Slot s) {
        PyType vt = v.type();
        PyType wt = w.type();
        BinaryFunc slotv = slot(vt, s);
        BinaryFunc slotw = null;
        if (wt != vt) {
            slotw = slot(wt, s);
            if (slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && wt.isSubtypeOf(vt)) {
                PyObject x = slotw.apply(v, w);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.apply(v, w);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        if (slotw != null) {
            return slotw.apply(v, w);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    static PyException unsupported(PyObject v, PyObject w, String op) {
        return PyErr.format(PyExc.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                v.type().getName(), w.type().getName());
    }

    private static PyObject binaryOp(PyObject v, PyObject w, Slot s, String op) {
        PyObject r = binaryOp1(v, w, s);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw unsupported(v, w, op);
        }
        return r;
    }

    /** {@code PyNumber_Add}: {@code v + w}, falling back to {@code sq_concat}. */
    public static PyObject add(PyObject v, PyObject w) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyInt.add((PyInt) v, (PyInt) w);
        }
        if (v.getClass() == PyStr.class && w.getClass() == PyStr.class) {
            return PyStr.concatStr((PyStr) v, (PyStr) w);   // str has no nb_add: its sq_concat
        }
        PyObject r = binaryOp1(v, w, Slot.nb_add);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        BinaryFunc concat = v.type().sq_concat;
        if (concat != null) {
            return concat.apply(v, w);
        }
        throw unsupported(v, w, "+");
    }

    public static PyObject subtract(PyObject v, PyObject w) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyInt.subtract((PyInt) v, (PyInt) w);
        }
        return binaryOp(v, w, Slot.nb_subtract, "-");
    }

    /** {@code PyNumber_Multiply}: {@code v * w}, falling back to {@code sq_repeat} of either operand. */
    public static PyObject multiply(PyObject v, PyObject w) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyInt.multiply((PyInt) v, (PyInt) w);
        }
        PyObject r = binaryOp1(v, w, Slot.nb_multiply);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        SsizeArgFunc mv = v.type().sq_repeat;
        SsizeArgFunc mw = w.type().sq_repeat;
        if (mv != null) {
            return sequenceRepeat(mv, v, w);
        }
        if (mw != null) {
            return sequenceRepeat(mw, w, v);
        }
        throw unsupported(v, w, "*");
    }

    private static PyObject sequenceRepeat(SsizeArgFunc repeat, PyObject seq, PyObject n) {
        if (n instanceof PyInt || n.type().nb_index != null) {
            long count = asSsize(n, PyExc.OverflowError);
            return repeat.apply(seq, count);
        }
        throw PyErr.format(PyExc.TypeError, "can't multiply sequence by non-int of type '%s'", n.type().getName());
    }

    public static PyObject trueDivide(PyObject v, PyObject w) {
        return binaryOp(v, w, Slot.nb_true_divide, "/");
    }

    public static PyObject floorDivide(PyObject v, PyObject w) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyInt.floorDivide((PyInt) v, (PyInt) w);
        }
        return binaryOp(v, w, Slot.nb_floor_divide, "//");
    }

    public static PyObject remainder(PyObject v, PyObject w) {
        if (v.getClass() == PyStr.class && !(w instanceof PyStr)) {
            return PyStr.percentFormat((PyStr) v, w);   // what binary_op1 would reach: str's nb_remainder
        }
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyInt.remainder((PyInt) v, (PyInt) w);
        }
        return binaryOp(v, w, Slot.nb_remainder, "%");
    }

    public static PyObject divmod(PyObject v, PyObject w) {
        return binaryOp(v, w, Slot.nb_divmod, "divmod()");
    }

    public static PyObject lshift(PyObject v, PyObject w) {
        return binaryOp(v, w, Slot.nb_lshift, "<<");
    }

    public static PyObject rshift(PyObject v, PyObject w) {
        return binaryOp(v, w, Slot.nb_rshift, ">>");
    }

    public static PyObject and(PyObject v, PyObject w) {
        return binaryOp(v, w, Slot.nb_and, "&");
    }

    public static PyObject or(PyObject v, PyObject w) {
        return binaryOp(v, w, Slot.nb_or, "|");
    }

    public static PyObject xor(PyObject v, PyObject w) {
        return binaryOp(v, w, Slot.nb_xor, "^");
    }

    public static PyObject matrixMultiply(PyObject v, PyObject w) {
        return binaryOp(v, w, Slot.nb_matrix_multiply, "@");
    }

    /** {@code PyNumber_Power}: {@code pow(v, w, z)} ({@code z} None for {@code v ** w}). */
    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        return ternaryOp(v, w, z, Slot.nb_power, "** or pow()");
    }

    /** {@code ternary_op}. */
    private static PyObject ternaryOp(PyObject v, PyObject w, PyObject z, Slot s, String opName) {
        PyType vt = v.type();
        PyType wt = w.type();
        TernaryFunc slotv = (TernaryFunc) vt.getSlot(s);
        TernaryFunc slotw = null;
        if (wt != vt) {
            slotw = (TernaryFunc) wt.getSlot(s);
            if (slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && wt.isSubtypeOf(vt)) {
                PyObject x = slotw.apply(v, w, z);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.apply(v, w, z);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        if (slotw != null) {
            PyObject x = slotw.apply(v, w, z);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        TernaryFunc slotz = (TernaryFunc) z.type().getSlot(s);
        if (z != PyNone.NONE && slotz != null && slotz != slotv && slotz != slotw) {
            PyObject x = slotz.apply(v, w, z);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        if (z == PyNone.NONE) {
            throw PyErr.format(PyExc.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opName,
                    vt.getName(), wt.getName());
        }
        throw PyErr.format(PyExc.TypeError, "unsupported operand type(s) for %s: '%s', '%s', '%s'", opName,
                vt.getName(), wt.getName(), z.type().getName());
    }

    // ---------------------------------------------------------------------------------------------
    // In-place operators

    /** {@code binary_iop1}: the in-place slot of the left operand, then the binary protocol. */
    private static PyObject binaryIop1(PyObject v, PyObject w, Slot iop, Slot op) {
        BinaryFunc f = slot(v.type(), iop);
        if (f != null) {
            PyObject x = f.apply(v, w);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        return binaryOp1(v, w, op);
    }

    private static PyObject binaryIop(PyObject v, PyObject w, Slot iop, Slot op, String opName) {
        PyObject r = binaryIop1(v, w, iop, op);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw unsupported(v, w, opName);
        }
        return r;
    }

    /** {@code PyNumber_InPlaceAdd}: {@code v += w}. */
    public static PyObject inPlaceAdd(PyObject v, PyObject w) {
        if (v.getClass() == PyStr.class && w.getClass() == PyStr.class) {
            return PyStr.concatStr((PyStr) v, (PyStr) w);   // str has no nb_inplace_add or nb_add
        }
        PyObject r = binaryIop1(v, w, Slot.nb_inplace_add, Slot.nb_add);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        PyType t = v.type();
        if (t.sq_inplace_concat != null) {
            return t.sq_inplace_concat.apply(v, w);
        }
        if (t.sq_concat != null) {
            return t.sq_concat.apply(v, w);
        }
        throw unsupported(v, w, "+=");
    }

    /** {@code PyNumber_InPlaceMultiply}: {@code v *= w}. */
    public static PyObject inPlaceMultiply(PyObject v, PyObject w) {
        PyObject r = binaryIop1(v, w, Slot.nb_inplace_multiply, Slot.nb_multiply);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        PyType t = v.type();
        SsizeArgFunc f = t.sq_inplace_repeat != null ? t.sq_inplace_repeat : t.sq_repeat;
        if (f != null) {
            return sequenceRepeat(f, v, w);
        }
        SsizeArgFunc g = w.type().sq_repeat;
        if (g != null) {
            return sequenceRepeat(g, w, v);
        }
        throw unsupported(v, w, "*=");
    }

    public static PyObject inPlaceSubtract(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_subtract, Slot.nb_subtract, "-=");
    }

    public static PyObject inPlaceTrueDivide(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_true_divide, Slot.nb_true_divide, "/=");
    }

    public static PyObject inPlaceFloorDivide(PyObject v, PyObject w) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyInt.floorDivide((PyInt) v, (PyInt) w);   // int has no in-place slots
        }
        return binaryIop(v, w, Slot.nb_inplace_floor_divide, Slot.nb_floor_divide, "//=");
    }

    public static PyObject inPlaceRemainder(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_remainder, Slot.nb_remainder, "%=");
    }

    public static PyObject inPlaceLshift(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_lshift, Slot.nb_lshift, "<<=");
    }

    public static PyObject inPlaceRshift(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_rshift, Slot.nb_rshift, ">>=");
    }

    public static PyObject inPlaceAnd(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_and, Slot.nb_and, "&=");
    }

    public static PyObject inPlaceOr(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_or, Slot.nb_or, "|=");
    }

    public static PyObject inPlaceXor(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_xor, Slot.nb_xor, "^=");
    }

    public static PyObject inPlaceMatrixMultiply(PyObject v, PyObject w) {
        return binaryIop(v, w, Slot.nb_inplace_matrix_multiply, Slot.nb_matrix_multiply, "@=");
    }

    /** {@code PyNumber_InPlacePower}: {@code v **= w}. */
    public static PyObject inPlacePower(PyObject v, PyObject w) {
        TernaryFunc f = v.type().nb_inplace_power;
        if (f != null) {
            PyObject x = f.apply(v, w, PyNone.NONE);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        return ternaryOp(v, w, PyNone.NONE, Slot.nb_power, "**=");
    }

    // ---------------------------------------------------------------------------------------------
    // Unary operators

    private static PyObject unary(PyObject o, UnaryFunc f, String op) {
        if (f == null) {
            throw PyErr.format(PyExc.TypeError, "bad operand type for %s: '%s'", op, o.type().getName());
        }
        return f.apply(o);
    }

    public static PyObject negative(PyObject o) {
        return unary(o, o.type().nb_negative, "unary -");
    }

    public static PyObject positive(PyObject o) {
        return unary(o, o.type().nb_positive, "unary +");
    }

    public static PyObject invert(PyObject o) {
        return unary(o, o.type().nb_invert, "unary ~");
    }

    public static PyObject absolute(PyObject o) {
        return unary(o, o.type().nb_absolute, "abs()");
    }

    // ---------------------------------------------------------------------------------------------
    // Conversions

    /** {@code PyNumber_Index}: an exact int from an object with {@code __index__}. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i.exact();
        }
        UnaryFunc f = o.type().nb_index;
        if (f == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object cannot be interpreted as an integer", o.type().getName());
        }
        PyObject r = f.apply(o);
        if (!(r instanceof PyInt ri)) {
            throw PyErr.format(PyExc.TypeError, "__index__ returned non-int (type %s)", r.type().getName());
        }
        return ri.exact();
    }

    /**
     * {@code PyNumber_AsSsize_t}: {@code __index__} as a long. Out of range: {@code exc} ("cannot fit 'int'
     * into an index-sized integer"), or clamped to the long range when {@code exc} is null.
     */
    public static long asSsize(PyObject o, PyType exc) {
        PyInt i = index(o);
        if (i.isSmall()) {
            return i.value;
        }
        if (exc == null) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw PyErr.format(exc, "cannot fit '%s' into an index-sized integer", o.type().getName());
    }

    /** {@code PyNumber_Long}: {@code int(o)} with one argument. */
    public static PyInt toInt(PyObject o) {
        if (o.getClass() == PyInt.class) {
            return (PyInt) o;
        }
        PyType t = o.type();
        if (t.nb_int != null) {
            PyObject r = t.nb_int.apply(o);
            if (!(r instanceof PyInt ri)) {
                throw PyErr.format(PyExc.TypeError, "__int__ returned non-int (type %s)", r.type().getName());
            }
            return ri.exact();
        }
        if (t.nb_index != null) {
            return index(o);
        }
        if (o instanceof PyStr s) {
            return PyInt.parse(s, 10);
        }
        if (o instanceof PyBytes) {
            return PyInt.construct(o, PyInt.of(10));
        }
        throw PyErr.format(PyExc.TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'", t.getName());
    }

    /** {@code PyNumber_Float}: {@code float(o)}. */
    public static PyFloat toFloat(PyObject o) {
        if (o.getClass() == PyFloat.class) {
            return (PyFloat) o;
        }
        return (PyFloat) Abstract.call(PyFloat.TYPE, o);
    }
}
