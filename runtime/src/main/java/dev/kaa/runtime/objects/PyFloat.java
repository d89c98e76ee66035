package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.ast.AstRepr;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.slots.CompareOp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code float}: an IEEE 754 double. Arithmetic accepts int operands (converted exactly or with
 * OverflowError, as CPython's {@code CONVERT_TO_DOUBLE}); comparisons with ints are exact, even for ints
 * beyond 2**53. {@code repr} is the shortest string that round-trips, laid out as CPython's {@code 'r'}
 * format ({@link AstRepr#floatRepr}).
 */
@PyClass(name = "float", doc = "Convert a string or number to a floating-point number, if possible.")
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyFloatTable());

    public final double value;

    PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(TYPE, v);
    }

    /** Instances of Python subclasses of float. */
    public static final class Derived extends PyFloat implements HasDict {
        private PyDict dict;

        Derived(PyType type, double v) {
            super(type, v);
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

    @Override
    public String toString() {
        return AstRepr.floatRepr(value, true);
    }

    /**
     * {@code PyFloat_AsDouble}: a float's value, else {@code __float__} (which must return a float), else
     * {@code __index__}; TypeError "must be real number, not str" otherwise.
     */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        PyType t = o.type();
        if (t.nb_float != null) {
            PyObject r = t.nb_float.apply(o);
            if (r instanceof PyFloat f) {
                return f.value;
            }
            throw PyErr.format(PyExc.TypeError, "%s.__float__ returned non-float (type %s)", t.getName(),
                    r.type().getName());
        }
        if (t.nb_index != null) {
            return PyNumber.index(o).toDouble();
        }
        throw PyErr.format(PyExc.TypeError, "must be real number, not %s", t.getName());
    }

    /** The double for an arithmetic operand, or NaN-boxed "not applicable" via the boolean out. */
    private static boolean convertible(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).toDouble();
    }

    // ---------------------------------------------------------------------------------------------
    // Arithmetic

    @PySlot(Slot.nb_add)
    static PyObject nbAdd(PyObject v, PyObject w) {
        if (!convertible(v) || !convertible(w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return of(toDouble(v) + toDouble(w));
    }

    @PySlot(Slot.nb_subtract)
    static PyObject nbSubtract(PyObject v, PyObject w) {
        if (!convertible(v) || !convertible(w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return of(toDouble(v) - toDouble(w));
    }

    @PySlot(Slot.nb_multiply)
    static PyObject nbMultiply(PyObject v, PyObject w) {
        if (!convertible(v) || !convertible(w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return of(toDouble(v) * toDouble(w));
    }

    @PySlot(Slot.nb_true_divide)
    static PyObject nbTrueDivide(PyObject v, PyObject w) {
        if (!convertible(v) || !convertible(w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double a = toDouble(v);
        double b = toDouble(w);
        if (b == 0.0) {
            throw PyErr.newException(PyExc.ZeroDivisionError, "float division by zero");
        }
        return of(a / b);
    }

    /** CPython's {@code _float_div_mod}: (floor quotient, remainder with the divisor's sign). */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    @PySlot(Slot.nb_floor_divide)
    static PyObject nbFloorDivide(PyObject v, PyObject w) {
        if (!convertible(v) || !convertible(w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double b = toDouble(w);
        double a = toDouble(v);
        if (b == 0.0) {
            throw PyErr.newException(PyExc.ZeroDivisionError, "float floor division by zero");
        }
        return of(divmod(a, b)[0]);
    }

    @PySlot(Slot.nb_remainder)
    static PyObject nbRemainder(PyObject v, PyObject w) {
        if (!convertible(v) || !convertible(w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double b = toDouble(w);
        double a = toDouble(v);
        if (b == 0.0) {
            throw PyErr.newException(PyExc.ZeroDivisionError, "float modulo by zero");
        }
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return of(mod);
    }

    @PySlot(Slot.nb_divmod)
    static PyObject nbDivmod(PyObject v, PyObject w) {
        if (!convertible(v) || !convertible(w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double b = toDouble(w);
        double a = toDouble(v);
        if (b == 0.0) {
            throw PyErr.newException(PyExc.ZeroDivisionError, "float divmod()");
        }
        double[] r = divmod(a, b);
        return PyTuple.of(of(r[0]), of(r[1]));
    }

    @PySlot(Slot.nb_power)
    static PyObject nbPower(PyObject v, PyObject w, PyObject z) {
        if (z != PyNone.NONE) {
            throw PyErr.format(PyExc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!convertible(v) || !convertible(w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return pow(toDouble(v), toDouble(w));
    }

    /** {@code float_pow} with C99's special cases and CPython's errors. */
    public static PyObject pow(double iv, double iw) {
        if (iw == 0) {
            return of(1.0);
        }
        if (Double.isNaN(iv)) {
            return of(iv);
        }
        if (Double.isNaN(iw)) {
            return of(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return of(1.0);
            } else if ((iw > 0) == (a > 1.0)) {
                return of(Math.abs(iw));
            } else {
                return of(0.0);
            }
        }
        if (Double.isInfinite(iv)) {
            boolean oddInt = Math.abs(iw % 2.0) == 1.0;
            if (iw > 0) {
                return of(oddInt ? iv : Math.abs(iv));
            }
            return of(oddInt ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            boolean oddInt = Math.abs(iw % 2.0) == 1.0;
            if (iw < 0.0) {
                throw PyErr.newException(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
            }
            return of(oddInt ? iv : 0.0);
        }
        boolean negateResult = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                // A complex result.
                return PyComplex.pow(new PyComplex(iv, 0), new PyComplex(iw, 0));
            }
            iv = -iv;
            negateResult = Math.abs(iw % 2.0) == 1.0;
        }
        if (iv == 1.0) {
            return of(negateResult ? -1.0 : 1.0);
        }
        // float_pow calls the C library's pow; its last bit differs from Math.pow's for some arguments.
        double ix = NativeLibm.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw PyErr.newException(PyExc.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return of(negateResult ? -ix : ix);
    }

    @PySlot(Slot.nb_negative)
    static PyObject nbNegative(PyObject v) {
        return of(-((PyFloat) v).value);
    }

    @PySlot(Slot.nb_positive)
    static PyObject nbPositive(PyObject v) {
        return v.getClass() == PyFloat.class ? v : of(((PyFloat) v).value);
    }

    @PySlot(Slot.nb_absolute)
    static PyObject nbAbsolute(PyObject v) {
        return of(Math.abs(((PyFloat) v).value));
    }

    @PySlot(Slot.nb_bool)
    boolean bool() {
        return value != 0.0;
    }

    @PySlot(Slot.nb_int)
    PyObject nbInt() {
        return toInt(value);
    }

    /** {@code int(d)}: truncation towards zero. */
    public static PyInt toInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.format(PyExc.ValueError, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    @PySlot(Slot.nb_float)
    PyObject nbFloat() {
        return getClass() == PyFloat.class ? this : of(value);
    }

    @PySlot(Slot.tp_hash)
    long hashSlot() {
        if (Double.isNaN(value)) {
            return PyHash.identityHash(this);
        }
        return PyHash.hashDouble(value);
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        double a = value;
        if (other instanceof PyFloat f) {
            double b = f.value;
            return PyBool.of(switch (op) {
                case LT -> a < b;
                case LE -> a <= b;
                case EQ -> a == b;
                case NE -> a != b;
                case GT -> a > b;
                case GE -> a >= b;
            });
        }
        if (other instanceof PyInt i) {
            if (Double.isNaN(a)) {
                return PyBool.of(op == CompareOp.NE);
            }
            if (Double.isInfinite(a)) {
                return PyBool.of(op.test(a > 0 ? 1 : -1));
            }
            if (i.isSmall() && Math.abs(i.value) <= (1L << 53)) {
                double b = (double) i.value;
                return PyBool.of(op.test(Double.compare(a == 0.0 ? 0.0 : a, b == 0.0 ? 0.0 : b)));
            }
            return PyBool.of(op.test(new BigDecimal(a).compareTo(new BigDecimal(i.toBig()))));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.ofChars(AstRepr.floatRepr(value, true));
    }

    // ---------------------------------------------------------------------------------------------
    // Construction

    @PySlot(value = Slot.tp_new, sig = "x=NULL, /")
    static PyObject floatNew(PyType type, PyObject x) {
        double v = x == null ? 0.0 : construct(x);
        if (type == TYPE) {
            return of(v);
        }
        return new Derived(type, v);
    }

    private static double construct(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyStr s) {
            return parse(s);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            // bytes are parsed as ASCII: other bytes, and whitespace beyond C's isspace, are errors
            byte[] b = x instanceof PyBytes pb ? pb.bytes() : ((PyByteArray) x).toByteArray();
            int i = 0;
            int n = b.length;
            while (i < n && isCSpace(b[i])) {
                i++;
            }
            while (n > i && isCSpace(b[n - 1])) {
                n--;
            }
            boolean ascii = true;
            for (int k = i; k < n; k++) {
                ascii &= b[k] > 0 && !isCSpace(b[k]);
            }
            Double d = ascii ? parseOrNull(PyStr.of(new String(b, i, n - i, java.nio.charset.StandardCharsets.ISO_8859_1)))
                    : null;
            if (d == null) {
                throw PyErr.format(PyExc.ValueError, "could not convert string to float: %s", Abstract.repr(x));
            }
            return d;
        }
        PyType t = x.type();
        if (t.nb_float == null && t.nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "float() argument must be a string or a real number, not '%s'",
                    t.getName());
        }
        return asDouble(x);
    }

    /** {@code float(s)}: Python's float literal syntax, plus inf/infinity/nan, surrounded by whitespace. */
    public static double parse(PyStr str) {
        Double d = parseOrNull(str);
        if (d == null) {
            throw PyErr.format(PyExc.ValueError, "could not convert string to float: %s", Abstract.repr(str));
        }
        return d;
    }

    static Double parseOrNull(PyStr str) {
        int n = str.length();
        int i = 0;
        while (i < n && isNumberSpace(str.codePointAt(i))) {
            i++;
        }
        while (n > i && isNumberSpace(str.codePointAt(n - 1))) {
            n--;
        }
        StringBuilder sb = new StringBuilder();
        int j = i;
        boolean negative = false;
        if (j < n && (str.codePointAt(j) == '+' || str.codePointAt(j) == '-')) {
            negative = str.codePointAt(j) == '-';
            j++;
        }
        String rest = str.substring(j, n).toString().toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        // digits [. digits] [e [sign] digits], single underscores only between digits
        int state = 0; // 0 int part, 1 fraction, 2 exponent sign, 3 exponent digits
        boolean sawDigit = false;
        boolean sawExpDigit = false;
        int prev = -1;
        for (int k = j; k < n; k++) {
            int c = str.codePointAt(k);
            if (c == '_') {
                if (!isAsciiDigit(prev) || k + 1 >= n || !isAsciiDigit(str.codePointAt(k + 1))) {
                    return null;
                }
                prev = c;
                continue;
            }
            if (c > 0x7f && Character.isDigit(c)) {
                c = '0' + Character.digit(c, 10);
            }
            if (isAsciiDigit(c)) {
                if (state == 2) {
                    state = 3;
                }
                if (state == 3) {
                    sawExpDigit = true;
                } else {
                    sawDigit = true;
                }
            } else if (c == '.' && state == 0) {
                state = 1;
            } else if ((c == 'e' || c == 'E') && state <= 1 && sawDigit) {
                state = 2;
            } else if ((c == '+' || c == '-') && state == 2 && (prev == 'e' || prev == 'E')) {
                // sign of the exponent
            } else {
                return null;
            }
            sb.append((char) c);
            prev = c;
        }
        if (!sawDigit || (state >= 2 && !sawExpDigit)) {
            return null;
        }
        double d = Double.parseDouble(sb.toString());
        return negative ? -d : d;
    }

    /**
     * Whitespace around a number in a str: {@code _PyUnicode_TransformDecimalAndSpaceToASCII} turns only
     * non-ASCII whitespace into spaces, and the parsers then skip C's isspace.
     */
    static boolean isNumberSpace(int c) {
        return c < 127 ? isCSpace(c) : PyStr.isSpace(c);
    }

    /** C's {@code isspace} in the C locale ({@code Py_ISSPACE}). */
    static boolean isCSpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------------------------------------
    // Methods

    @PyMethod(doc = "Return True if the float is an integer.")
    boolean is_integer() {
        return !Double.isInfinite(value) && value == Math.floor(value);
    }

    @PyMethod(doc = "Return a pair of integers, whose ratio is exactly equal to the original float.")
    PyObject as_integer_ratio() {
        if (Double.isInfinite(value)) {
            throw PyErr.format(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(value)) {
            throw PyErr.format(PyExc.ValueError, "cannot convert NaN to integer ratio");
        }
        BigDecimal bd = new BigDecimal(value);
        BigInteger num;
        BigInteger den;
        if (bd.scale() <= 0) {
            num = bd.toBigIntegerExact();
            den = BigInteger.ONE;
        } else {
            num = bd.unscaledValue();
            den = BigInteger.TEN.pow(bd.scale());
            BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    @PyMethod(doc = "Return self, the complex conjugate of any float.")
    PyObject conjugate() {
        return nbFloat();
    }

    @PyMethod(doc = "Return the Integral closest to x between 0 and x.")
    PyObject __trunc__() {
        return toInt(value);
    }

    @PyMethod(doc = "Return the floor as an Integral.")
    PyObject __floor__() {
        return toInt(Math.floor(value));
    }

    @PyMethod(doc = "Return the ceiling as an Integral.")
    PyObject __ceil__() {
        return toInt(Math.ceil(value));
    }

    @PyMethod(sig = "ndigits=None, /", doc = "Return the Integral closest to x, rounding half toward even.")
    PyObject __round__(PyObject ndigits) {
        if (ndigits == PyNone.NONE) {
            return toInt(Math.rint(value));
        }
        long nd = Abstract.asIndex(ndigits, PyExc.OverflowError);
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0.0) {
            return of(value);
        }
        if (nd > 400) {
            return of(value);
        }
        if (nd < -400) {
            return of(Math.copySign(0.0, value));
        }
        // Round the exact binary value to nd decimal places, half to even, then back to the nearest double.
        BigDecimal r = new BigDecimal(value).setScale((int) nd, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "rounded value too large to represent");
        }
        if (d == 0.0) {
            d = Math.copySign(0.0, value);
        }
        return of(d);
    }

    @PyMethod(sig = "format_spec, /", doc = "Formats the float according to format_spec.")
    PyObject __format__(PyObject specArg) {
        if (!(specArg instanceof PyStr spec)) {
            throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %s",
                    specArg == PyNone.NONE ? "None" : specArg.type().getName());
        }
        if (spec.length() == 0) {
            return Abstract.str(this);
        }
        return Formatting.formatFloat(value, spec.toString(), type().getName());
    }

    @PyMethod(classmethod = true, sig = "string, /",
              doc = "Create a floating-point number from a hexadecimal string.")
    static PyObject fromhex(PyType type, PyObject string) {
        if (!(string instanceof PyStr str)) {
            throw PyErr.format(PyExc.TypeError, "bad argument type for built-in operation");
        }
        double x = fromHexString(str.toString());
        PyObject result = of(x);
        return type == TYPE ? result : Abstract.call(type, result);
    }

    /** {@code float_fromhex}'s parser: {@code [ws][sign](inf|nan|[0x]hex[.hex][p[sign]dec])[ws]}. */
    private static double fromHexString(String s) {
        int n = s.length();
        int p = 0;
        while (p < n && isCSpace(s.charAt(p))) {
            p++;
        }
        int end = n;
        while (end > p && isCSpace(s.charAt(end - 1))) {
            end--;
        }
        String body = s.substring(p, end);
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        int q = 0;
        boolean negate = false;
        if (lower.startsWith("-") || lower.startsWith("+")) {
            negate = lower.charAt(0) == '-';
            q = 1;
        }
        String rest = lower.substring(q);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negate ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return negate ? -Double.NaN : Double.NaN;
        }
        int m = rest.startsWith("0x") ? 2 : 0;
        StringBuilder digits = new StringBuilder();
        int fdigits = 0;
        int len = rest.length();
        while (m < len && Character.digit(rest.charAt(m), 16) >= 0 && rest.charAt(m) < 128) {
            digits.append(rest.charAt(m++));
        }
        if (m < len && rest.charAt(m) == '.') {
            m++;
            while (m < len && Character.digit(rest.charAt(m), 16) >= 0 && rest.charAt(m) < 128) {
                digits.append(rest.charAt(m++));
                fdigits++;
            }
        }
        if (digits.isEmpty()) {
            throw PyErr.format(PyExc.ValueError, "invalid hexadecimal floating-point string");
        }
        long exp = 0;
        if (m < len && rest.charAt(m) == 'p') {
            m++;
            int es = m;
            if (m < len && (rest.charAt(m) == '-' || rest.charAt(m) == '+')) {
                m++;
            }
            int ds = m;
            while (m < len && rest.charAt(m) >= '0' && rest.charAt(m) <= '9') {
                m++;
            }
            if (m == ds) {
                throw PyErr.format(PyExc.ValueError, "invalid hexadecimal floating-point string");
            }
            // strtol saturates; anything beyond a few thousand is overflow or underflow anyway
            String e = rest.substring(es, m);
            try {
                exp = Long.parseLong(e);
            } catch (NumberFormatException ex) {
                exp = e.startsWith("-") ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
            }
        }
        if (m != len) {
            throw PyErr.format(PyExc.ValueError, "invalid hexadecimal floating-point string");
        }
        java.math.BigInteger coeff = new java.math.BigInteger(digits.toString(), 16);
        if (coeff.signum() == 0) {
            return negate ? -0.0 : 0.0;
        }
        long e2 = exp - 4L * fdigits;
        long topExp = e2 + coeff.bitLength();
        if (topExp > 1024) {
            throw PyErr.format(PyExc.OverflowError, "hexadecimal value too large to represent as a float");
        }
        if (topExp < -1074 - 1) {
            return negate ? -0.0 : 0.0;
        }
        // Java's hexadecimal floating-point parsing rounds half-even, as CPython's code does
        double x = Double.parseDouble("0x" + coeff.toString(16) + "p" + e2);
        if (Double.isInfinite(x)) {
            throw PyErr.format(PyExc.OverflowError, "hexadecimal value too large to represent as a float");
        }
        return negate ? -x : x;
    }

    @PyMethod(classmethod = true, sig = "typestr, /",
              doc = "You probably don't want to use this function.\n\n"
                      + "  typestr\n    Must be 'double' or 'float'.\n\n"
                      + "It exists mainly to be used in Python's test suite.\n\n"
                      + "This function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE, little-endian' best\n"
                      + "describes the format of floating-point numbers used by the C type named by typestr.")
    static PyObject __getformat__(PyType type, String typestr) {
        if (!typestr.equals("double") && !typestr.equals("float")) {
            throw PyErr.format(PyExc.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        }
        return PyStr.of("IEEE, little-endian");
    }

    @PyMethod(doc = "Return a hexadecimal representation of a floating-point number.")
    PyObject hex() {
        double d = value;
        if (Double.isNaN(d)) {
            return PyStr.ofChars("nan");
        }
        if (Double.isInfinite(d)) {
            return PyStr.ofChars(d > 0 ? "inf" : "-inf");
        }
        if (d == 0) {
            return PyStr.ofChars(1 / d < 0 ? "-0x0.0p+0" : "0x0.0p+0");
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead;
        int e;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = exp - 1023;
        }
        String m = String.format("%013x", mant);
        return PyStr.ofChars(sign + "0x" + lead + "." + m + "p" + (e >= 0 ? "+" : "") + e);
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(of(value));
    }

    @PyGetter(value = "real", doc = "the real part of a complex number")
    PyObject real() {
        return nbFloat();
    }

    @PyGetter(value = "imag", doc = "the imaginary part of a complex number")
    PyObject imag() {
        return of(0.0);
    }
}
