package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;

/**
 * {@code bool}: the int subclass with exactly two instances, {@link #TRUE} and {@link #FALSE}. Arithmetic
 * is int's; {@code &}, {@code |}, {@code ^} of two bools stay bool.
 */
@PyClass(name = "bool", basetype = false, doc = "Returns True when the argument is true, False otherwise.\n"
        + "The builtins True and False are the only two instances of the class bool.\n"
        + "The class bool is a subclass of the class int, and cannot be subclassed.")
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.fromSpec(new PyBoolTable(), PyInt.TYPE);

    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    /** The Java value. */
    public final boolean truth;

    private PyBool(boolean b) {
        super(TYPE, b ? 1 : 0, null);
        this.truth = b;
    }

    /** {@code True} or {@code False}. */
    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @PySlot(Slot.tp_repr)
    PyObject boolRepr() {
        return PyStr.ofChars(truth ? "True" : "False");
    }

    @PySlot(value = Slot.tp_new, sig = "o=False, /")
    static PyObject boolNew(PyType type, PyObject o) {
        return of(Abstract.isTrue(o));
    }

    @PySlot(Slot.nb_and)
    static PyObject boolAnd(PyObject v, PyObject w) {
        if (v instanceof PyBool a && w instanceof PyBool b) {
            return of(a.truth & b.truth);
        }
        return PyInt.nbAnd(v, w);
    }

    @PySlot(Slot.nb_or)
    static PyObject boolOr(PyObject v, PyObject w) {
        if (v instanceof PyBool a && w instanceof PyBool b) {
            return of(a.truth | b.truth);
        }
        return PyInt.nbOr(v, w);
    }

    @PySlot(Slot.nb_xor)
    static PyObject boolXor(PyObject v, PyObject w) {
        if (v instanceof PyBool a && w instanceof PyBool b) {
            return of(a.truth ^ b.truth);
        }
        return PyInt.nbXor(v, w);
    }

    @Override
    public String toString() {
        return truth ? "True" : "False";
    }
}
