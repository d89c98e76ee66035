package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
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
                throw PyErr.newException(PyExc.ZeroDivisionError, "complex division by zero");
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

    /** {@code _Py_c_pow}; null for CPython's EDOM (zero to a negative or complex power). */
    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                return null;
            }
            return new PyComplex(0, 0);
        }
        double vabs = hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** {@code c_powu}: repeated squaring, exact for small integer powers of Gaussian integers. */
    private static double[] powu(double xr, double xi, long n) {
        double rr = 1;
        double ri = 0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    @PySlot(Slot.nb_power)
    static PyObject nbPower(PyObject v, PyObject w, PyObject z) {
        PyComplex a = toComplex(v);
        PyComplex b = toComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (z != PyNone.NONE) {
            throw PyErr.format(PyExc.ValueError, "complex modulo");
        }
        PyComplex r;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            // c_powi: a small integer exponent is computed by multiplication, as CPython does
            long n = (long) b.real;
            if (n > 0) {
                double[] p = powu(a.real, a.imag, n);
                r = new PyComplex(p[0], p[1]);
            } else {
                double[] p = powu(a.real, a.imag, -n);
                r = p[0] == 0 && p[1] == 0 ? null : quot(new PyComplex(1, 0), new PyComplex(p[0], p[1]));
            }
        } else {
            r = pow(a, b);
        }
        if (r == null) {
            throw PyErr.format(PyExc.ZeroDivisionError, "0.0 to a negative or complex power");
        }
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
        double r = hypot(c.real, c.imag);
        if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
            throw PyErr.format(PyExc.OverflowError, "absolute value too large");
        }
        return PyFloat.of(r);
    }

    private static final double HYPOT_SCALE = 0x1p-600;
    private static final double HYPOT_LARGE = 0x1p+511;
    private static final double HYPOT_TINY = 0x1p-511;
    private static final double HYPOT_EPS = 0x1p-54;

    /**
     * C's {@code hypot} as glibc (2.35+, without FMA) computes it, which is what CPython's abs(complex)
     * returns; Java's Math.hypot differs in the last bit for about one argument pair in twelve.
     */
    static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return Double.POSITIVE_INFINITY;
            }
            return x + y;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = x < y ? y : x;
        double ay = x < y ? x : y;
        if (ax > HYPOT_LARGE) {
            if (ay <= ax * HYPOT_EPS) {
                return ax + ay;
            }
            return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
        }
        if (ay < HYPOT_TINY) {
            if (ax >= ay / HYPOT_EPS) {
                return ax + ay;
            }
            return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
        }
        if (ay <= ax * HYPOT_EPS) {
            return ax + ay;
        }
        return hypotKernel(ax, ay);
    }

    /** glibc's hypot kernel (Borges' correction of the naive square root). */
    private static double hypotKernel(double ax, double ay) {
        double t1;
        double t2;
        double h = Math.sqrt(ax * ax + ay * ay);
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
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
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            // real part +0: the imaginary part alone, without parentheses
            return PyStr.of(Formatting.doubleToString(imag, 'r', 0, 0) + "j");
        }
        return PyStr.of("(" + Formatting.doubleToString(real, 'r', 0, 0)
                + Formatting.doubleToString(imag, 'r', 0, Formatting.DTSF_SIGN) + "j)");
    }

    private static final dev.kaa.runtime.binding.ArgSpec NEW_ARGS = new dev.kaa.runtime.binding.ArgSpec(
            dev.kaa.runtime.binding.ArgSpec.Style.KEYWORDS, "complex", new String[] {"real", "imag"}, 0, 2,
            new boolean[] {false, false}, false, false);

    /** {@code complex_new}: Clinic's keyword parsing (no positional-only pre-check), then CPython's logic. */
    @PySlot(Slot.tp_new)
    static PyObject complexNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject r;
        PyObject i;
        if (kwnames == null && nargs <= 2) {
            r = nargs > 0 ? args[off] : null;
            i = nargs > 1 ? args[off + 1] : null;
        } else {
            PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
            r = a[0];
            i = a[1];
        }
        return construct(type, r, i);
    }

    private static PyObject construct(PyType type, PyObject r, PyObject i) {
        if (r == null) {
            r = PyInt.ZERO;
        }
        if (r.getClass() == PyComplex.class && i == null && type == TYPE) {
            return r;
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw PyErr.format(PyExc.TypeError, "complex() can't take second arg if first is a string");
            }
            return fromString(type, s);
        }
        if (i instanceof PyStr) {
            throw PyErr.format(PyExc.TypeError, "complex() second arg can't be a string");
        }
        PyObject tmp = trySpecialMethod(r);
        if (tmp != null) {
            r = tmp;
        }
        PyType rt = r.type();
        if (!(r instanceof PyComplex) && rt.nb_float == null && rt.nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "complex() first argument must be a string or a number, not '%s'",
                    rt.getName());
        }
        if (i != null) {
            PyType it = i.type();
            if (!(i instanceof PyComplex) && it.nb_float == null && it.nb_index == null) {
                throw PyErr.format(PyExc.TypeError, "complex() second argument must be a number, not '%s'",
                        it.getName());
            }
        }
        double crReal;
        double crImag = 0;
        boolean crIsComplex = false;
        if (r instanceof PyComplex c) {
            crReal = c.real;
            crImag = c.imag;
            crIsComplex = true;
        } else {
            crReal = dev.kaa.runtime.PyNumber.toFloat(r).value;
        }
        double ciReal;
        double ciImag = 0;
        boolean ciIsComplex = false;
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex c) {
            ciReal = c.real;
            ciImag = c.imag;
            ciIsComplex = true;
        } else {
            ciReal = dev.kaa.runtime.PyNumber.toFloat(i).value;
        }
        if (ciIsComplex) {
            crReal -= ciImag;
        }
        if (crIsComplex && i != null) {
            ciReal += crImag;
        }
        return type == TYPE ? new PyComplex(crReal, ciReal) : new Derived(type, crReal, ciReal);
    }

    /** {@code try_complex_special_method}: the result of {@code __complex__}, or null if there is none. */
    private static PyObject trySpecialMethod(PyObject op) {
        PyObject f = op.type().lookup(PyStr.shared("__complex__"));
        if (f == null) {
            return null;
        }
        PyObject res = dev.kaa.runtime.slots.SlotFunctions.callDescr(f, op, new PyObject[0]);
        if (res.getClass() == PyComplex.class) {
            return res;
        }
        if (!(res instanceof PyComplex)) {
            throw PyErr.format(PyExc.TypeError, "__complex__ returned non-complex (type %s)", res.type().getName());
        }
        return res;
    }

    /** {@code complex_subtype_from_string}. */
    private static PyObject fromString(PyType type, PyStr v) {
        int n = v.length();
        StringBuilder sb = new StringBuilder(n);
        boolean underscore = false;
        for (int k = 0; k < n; k++) {
            int c = v.codePointAt(k);
            if (c >= 127 && PyStr.isSpace(c)) {
                sb.append(' ');
            } else if (c < 128) {
                sb.append((char) c);
                underscore |= c == '_';
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else {
                sb.append('?');
            }
        }
        String s = sb.toString();
        if (underscore) {
            // _Py_string_to_number_with_underscores: single underscores between digits only
            StringBuilder d = new StringBuilder(s.length());
            char prev = 0;
            boolean ok = true;
            for (int k = 0; k < s.length() && ok; k++) {
                char c = s.charAt(k);
                if (c == 0) {
                    ok = false;
                } else if (c == '_') {
                    ok = prev >= '0' && prev <= '9';
                } else {
                    d.append(c);
                    ok = !(prev == '_' && !(c >= '0' && c <= '9'));
                }
                prev = c;
            }
            if (!ok || prev == '_') {
                throw PyErr.format(PyExc.ValueError, "could not convert string to complex: %s",
                        dev.kaa.runtime.Abstract.repr(v));
            }
            s = d.toString();
        }
        double[] xy = parseComplex(s);
        if (xy == null) {
            throw PyErr.format(PyExc.ValueError, "complex() arg is a malformed string");
        }
        return type == TYPE ? new PyComplex(xy[0], xy[1]) : new Derived(type, xy[0], xy[1]);
    }

    /** {@code complex_from_string_inner}: {real, imag}, or null when malformed. */
    private static double[] parseComplex(String s) {
        int len = s.length();
        int p = 0;
        double x = 0;
        double y = 0;
        boolean gotBracket = false;
        while (p < len && PyFloat.isCSpace(s.charAt(p))) {
            p++;
        }
        if (p < len && s.charAt(p) == '(') {
            gotBracket = true;
            p++;
            while (p < len && PyFloat.isCSpace(s.charAt(p))) {
                p++;
            }
        }
        double[] z = new double[1];
        int end = parseFloatPrefix(s, p, z);
        if (end != p) {
            p = end;
            char c = p < len ? s.charAt(p) : 0;
            if (c == '+' || c == '-') {
                x = z[0];
                end = parseFloatPrefix(s, p, z);
                if (end != p) {
                    y = z[0];
                    p = end;
                } else {
                    y = c == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < len && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) {
                    return null;
                }
                p++;
            } else if (c == 'j' || c == 'J') {
                p++;
                y = z[0];
            } else {
                x = z[0];
            }
        } else {
            char c = p < len ? s.charAt(p) : 0;
            if (c == '+' || c == '-') {
                y = c == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < len && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) {
                return null;
            }
            p++;
        }
        while (p < len && PyFloat.isCSpace(s.charAt(p))) {
            p++;
        }
        if (gotBracket) {
            if (!(p < len && s.charAt(p) == ')')) {
                return null;
            }
            p++;
            while (p < len && PyFloat.isCSpace(s.charAt(p))) {
                p++;
            }
        }
        return p == len ? new double[] {x, y} : null;
    }

    /**
     * {@code PyOS_string_to_double(s, &end, NULL)} at {@code start}: the end of the longest float prefix
     * (sign, digits with an optional point and exponent, or inf/infinity/nan), {@code start} if none; the
     * value in {@code out[0]} (overflow gives an infinity).
     */
    static int parseFloatPrefix(String s, int start, double[] out) {
        int len = s.length();
        int p = start;
        boolean neg = false;
        if (p < len && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            neg = s.charAt(p) == '-';
            p++;
        }
        if (s.regionMatches(true, p, "inf", 0, 3)) {
            out[0] = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return s.regionMatches(true, p, "infinity", 0, 8) ? p + 8 : p + 3;
        }
        if (s.regionMatches(true, p, "nan", 0, 3)) {
            out[0] = neg ? -Double.NaN : Double.NaN;
            return p + 3;
        }
        int digitsStart = p;
        int nd = 0;
        while (p < len && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
            nd++;
        }
        if (p < len && s.charAt(p) == '.') {
            p++;
            while (p < len && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                p++;
                nd++;
            }
        }
        if (nd == 0) {
            return start;
        }
        if (p < len && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < len && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            int es = q;
            while (q < len && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
                q++;
            }
            if (q > es) {
                p = q;
            }
        }
        double d = Double.parseDouble(s.substring(digitsStart, p));
        out[0] = neg ? -d : d;
        return p;
    }

    @PyMethod(sig = "format_spec, /", doc = "Convert to a string according to format_spec.")
    PyObject __format__(PyObject specArg) {
        if (!(specArg instanceof PyStr spec)) {
            throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %s",
                    specArg == PyNone.NONE ? "None" : specArg.type().getName());
        }
        if (spec.length() == 0) {
            return dev.kaa.runtime.Abstract.str(this);
        }
        return Formatting.formatComplex(real, imag, spec.toString(), type().getName());
    }

    @PyMethod(doc = "Convert this value to exact type complex.")
    PyObject __complex__() {
        return getClass() == PyComplex.class ? this : new PyComplex(real, imag);
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(PyFloat.of(real), PyFloat.of(imag));
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

    // real and imag are read-only members in CPython (T_DOUBLE, READONLY), hence the message.
    @PySetter("real")
    void setRealAttr(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PySetter("imag")
    void setImagAttr(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }
}
