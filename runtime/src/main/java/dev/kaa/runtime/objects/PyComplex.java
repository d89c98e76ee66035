package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.ast.AstRepr;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.slots.CompareOp;

/** {@code complex}: a pair of doubles, with CPython's arithmetic, repr and hash. */
@PyClass(name = "complex", doc = "Create a complex number from a string or numbers.\n\n"
        + "If a string is given, parse it as a complex number.\n"
        + "If a single number is given, convert it to a complex number.\n"
        + "If the 'real' or 'imag' arguments are given, create a complex number\n"
        + "with the specified real and imaginary components.")
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyComplexTable());

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this(TYPE, real, imag);
    }

    PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    /** Instances of Python subclasses of complex. */
    public static final class Derived extends PyComplex implements HasDict {
        private PyDict dict;

        Derived(PyType type, double real, double imag) {
            super(type, real, imag);
        }

        @Override
        public PyDict getDict() {
            PyDict d = dict;
            if (d == null) {
                d = new PyDict();
                dict = d;
            }
            return d;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    private static PyComplex toComplex(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(i.toDouble(), 0);
        }
        return null;
    }

    @PySlot(Slot.nb_add)
    static PyObject add(PyObject v, PyObject w) {
        PyComplex a = toComplex(v);
        PyComplex b = toComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return new PyComplex(a.real + b.real, a.imag + b.imag);
    }

    @PySlot(Slot.nb_subtract)
    static PyObject sub(PyObject v, PyObject w) {
        PyComplex a = toComplex(v);
        PyComplex b = toComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return new PyComplex(a.real - b.real, a.imag - b.imag);
    }

    @PySlot(Slot.nb_multiply)
    static PyObject mul(PyObject v, PyObject w) {
        PyComplex a = toComplex(v);
        PyComplex b = toComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** {@code _Py_c_quot}: Smith's algorithm, as CPython. */
    static PyComplex quot(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyErr.newException(PyExc.ZeroDivisionError, "division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    @PySlot(Slot.nb_true_divide)
    static PyObject div(PyObject v, PyObject w) {
        PyComplex a = toComplex(v);
        PyComplex b = toComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return quot(a, b);
    }

    /** {@code _Py_c_pow}. */
    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyErr.newException(PyExc.ZeroDivisionError, "zero to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    @PySlot(Slot.nb_power)
    static PyObject nbPower(PyObject v, PyObject w, PyObject z) {
        if (z != PyNone.NONE) {
            throw PyErr.format(PyExc.ValueError, "complex modulo");
        }
        PyComplex a = toComplex(v);
        PyComplex b = toComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyComplex r = pow(a, b);
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw PyErr.format(PyExc.OverflowError, "complex exponentiation");
        }
        return r;
    }

    @PySlot(Slot.nb_negative)
    static PyObject neg(PyObject v) {
        PyComplex c = (PyComplex) v;
        return new PyComplex(-c.real, -c.imag);
    }

    @PySlot(Slot.nb_positive)
    static PyObject pos(PyObject v) {
        PyComplex c = (PyComplex) v;
        return v.getClass() == PyComplex.class && v.type() == TYPE ? v : new PyComplex(c.real, c.imag);
    }

    @PySlot(Slot.nb_absolute)
    static PyObject abs(PyObject v) {
        PyComplex c = (PyComplex) v;
        double r = Math.hypot(c.real, c.imag);
        if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
            throw PyErr.format(PyExc.OverflowError, "absolute value too large");
        }
        return PyFloat.of(r);
    }

    @PySlot(Slot.nb_bool)
    boolean bool() {
        return real != 0 || imag != 0;
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        long hr = Double.isNaN(real) ? PyHash.identityHash(this) : PyHash.hashDouble(real);
        long hi = Double.isNaN(imag) ? PyHash.identityHash(this) : PyHash.hashDouble(imag);
        long h = hr + PyHash.IMAG * hi;
        return h == -1 ? -2 : h;
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq;
        if (other instanceof PyComplex c) {
            eq = real == c.real && imag == c.imag;
        } else if (other instanceof PyFloat || other instanceof PyInt) {
            eq = imag == 0 && dev.kaa.runtime.Abstract.richCompareBool(PyFloat.of(real), other, CompareOp.EQ);
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        StringBuilder sb = new StringBuilder();
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            sb.append(AstRepr.floatRepr(imag, false)).append('j');
        } else {
            sb.append('(').append(AstRepr.floatRepr(real, false));
            String im = AstRepr.floatRepr(imag, false);
            if (!im.startsWith("-")) {
                sb.append('+');
            }
            sb.append(im).append("j)");
        }
        return PyStr.of(sb.toString());
    }

    @PySlot(value = Slot.tp_new, sig = "real=NULL, imag=NULL")
    static PyObject complexNew(PyType type, PyObject r, PyObject i) {
        double re = 0;
        double im = 0;
        if (r != null) {
            PyComplex c = toComplex(r);
            if (c == null) {
                re = PyFloat.asDouble(r);
            } else {
                re = c.real;
                im = c.imag;
            }
        }
        if (i != null) {
            PyComplex c = toComplex(i);
            if (c == null) {
                im += PyFloat.asDouble(i);
            } else {
                re -= c.imag;
                im += c.real;
            }
        }
        return type == TYPE ? new PyComplex(re, im) : new Derived(type, re, im);
    }

    @PyMethod(doc = "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.")
    PyObject conjugate() {
        return new PyComplex(real, -imag);
    }

    @PyGetter("real")
    PyObject realAttr() {
        return PyFloat.of(real);
    }

    @PyGetter("imag")
    PyObject imagAttr() {
        return PyFloat.of(imag);
    }
}
