package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.slots.CompareOp;

import java.math.BigInteger;

/**
 * {@code int}: an integer of any size.
 *
 * <p>Representation: a value that fits in a Java {@code long} lives in {@link #value} with {@link #big}
 * null (the fast path every operation tries first, using overflow-checked arithmetic); a larger one lives
 * in {@link #big} (never a value that fits in a long, so each integer has one representation). The
 * difference is invisible to Python. Small values -5..256 are cached as in CPython, so
 * {@code a is b} behaves the same for them.
 *
 * <p>The binary slots are static and take both operands, since they are also called reflected; they
 * return NotImplemented for operands that are not ints (float handles {@code 1 + 1.5}).
 */
@PyClass(name = "int", doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
        + "Convert a number or string to an integer, or return 0 if no arguments\n"
        + "are given.  If x is a number, return x.__int__().  For floating-point\n"
        + "numbers, this truncates towards zero.\n\n"
        + "If x is not a number or if base is given, then x must be a string,\n"
        + "bytes, or bytearray instance representing an integer literal in the\n"
        + "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
        + "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
        + "Base 0 means to interpret the base from the string as an integer literal.\n"
        + ">>> int('0b100', base=0)\n4")
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyIntTable(), PyType.OBJECT, PyType.TPFLAGS_LONG_SUBCLASS);

    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(TYPE, i + SMALL_MIN, null);
        }
    }

    public static final PyInt ZERO = SMALL[-SMALL_MIN];
    public static final PyInt ONE = SMALL[1 - SMALL_MIN];
    public static final PyInt MINUS_ONE = SMALL[-1 - SMALL_MIN];

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int MAX_STR_DIGITS = 4300;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The value when {@link #big} is null. */
    public final long value;
    /** The value when it does not fit in a long; else null. */
    public final BigInteger big;

    PyInt(PyType type, long value, BigInteger big) {
        super(type);
        this.value = value;
        this.big = big;
    }

    /** The int {@code v}. */
    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(TYPE, v, null);
    }

    /** The int {@code v}, in the long representation when it fits. */
    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(TYPE, 0, v);
    }

    /** Instances of Python subclasses of int. */
    public static final class Derived extends PyInt implements HasDict {
        private PyDict dict;

        Derived(PyType type, PyInt v) {
            super(type, v.value, v.big);
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

    // ---------------------------------------------------------------------------------------------
    // Java-level access

    /** Whether the value fits in a long (then {@link #value} holds it). */
    public final boolean isSmall() {
        return big == null;
    }

    /** The value as a long; only valid when {@link #isSmall()}. */
    public final long longValue() {
        return value;
    }

    /** The value as a BigInteger. */
    public final BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public final boolean fitsInt() {
        return big == null && value == (int) value;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** {@code PyLong_AsSsize_t}: OverflowError past 64 bits. */
    public final long asSsize() {
        if (big != null) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return value;
    }

    /** The value as a double ({@code PyLong_AsDouble}): OverflowError when too large. */
    public final double toDouble() {
        if (big == null) {
            return (double) value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "int too large to convert to float");
        }
        return d;
    }

    /** The hash of the value (for int subclasses too). */
    public final long hashValue() {
        return big == null ? PyHash.hashLong(value) : PyHash.hashBig(big);
    }

    /** The same integer as an exact int (for int subclasses). */
    public final PyInt exact() {
        if (getClass() == PyInt.class) {
            return this;
        }
        return big == null ? of(value) : of(big);
    }

    @Override
    public String toString() {
        return big == null ? Long.toString(value) : big.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Arithmetic on ints (fast path first)

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.toBig().add(b.toBig()));
    }

    public static PyInt subtract(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.toBig().subtract(b.toBig()));
    }

    public static PyInt multiply(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(a.toBig().multiply(b.toBig()));
    }

    /** {@code a // b} rounding towards minus infinity. */
    public static PyInt floorDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.newException(PyExc.ZeroDivisionError, "integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    /** {@code a % b} with the sign of {@code b}. */
    public static PyInt remainder(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.newException(PyExc.ZeroDivisionError, "integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return ZERO;
            }
            return of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.toBig());
        }
        return of(r);
    }

    /** {@code a / b}: the correctly rounded float quotient ({@code long_true_divide}). */
    public static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.newException(PyExc.ZeroDivisionError, "division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) <= (1L << 53) && Math.abs(b.value) <= (1L << 53)) {
            // Both exact in a double: IEEE division rounds correctly.
            return (double) a.value / (double) b.value;
        }
        return trueDivideBig(a.toBig(), b.toBig());
    }

    private static double trueDivideBig(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // Choose a power-of-two scale so that the rounded quotient has 53 significant bits (fewer for a
        // subnormal result), divide exactly, round half to even once, then scale back exactly.
        int e = a.bitLength() - b.bitLength();
        int shift = Math.min(53 - e, 1074);
        BigInteger q;
        BigInteger r;
        BigInteger d;
        while (true) {
            BigInteger n = shift >= 0 ? a.shiftLeft(shift) : a;
            d = shift >= 0 ? b : b.shiftLeft(-shift);
            BigInteger[] qr = n.divideAndRemainder(d);
            q = qr[0];
            r = qr[1];
            if (q.bitLength() > 53 && shift > -100000) {
                shift--;
                continue;
            }
            break;
        }
        int cmp = r.shiftLeft(1).compareTo(d);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        double result = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(result)) {
            throw PyErr.format(PyExc.OverflowError, "integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return of(-a.value);
        }
        return of(a.toBig().negate());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? negate(a) : a.exact();
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) {
            return of(~a.value);
        }
        return of(a.big.not());
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "negative shift count");
        }
        if (a.signum() == 0) {
            return ZERO;
        }
        if (b.big != null || b.value > Integer.MAX_VALUE - 64) {
            throw PyErr.newException(PyExc.OverflowError, "too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long v = a.value;
            long r = v << n;
            if ((r >> n) == v) {
                return of(r);
            }
        }
        return of(a.toBig().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "negative shift count");
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE) {
            return a.signum() < 0 ? MINUS_ONE : ZERO;
        }
        int n = (int) b.value;
        if (a.big == null) {
            return of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        }
        return of(a.big.shiftRight(n));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value & b.value);
        }
        return of(a.toBig().and(b.toBig()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value | b.value);
        }
        return of(a.toBig().or(b.toBig()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value ^ b.value);
        }
        return of(a.toBig().xor(b.toBig()));
    }

    /** Three-way comparison of the values. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.toBig().compareTo(b.toBig());
    }

    /** {@code a ** b} for {@code b >= 0}. */
    public static PyInt pow(PyInt a, PyInt b) {
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a.exact();
            }
            if (a.big == null && a.value == -1) {
                return b.big.testBit(0) ? MINUS_ONE : ONE;
            }
            throw PyErr.newException(PyExc.MemoryError);
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            long x = base;
            long n = e;
            boolean overflow = false;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(result, x);
                    long lo = result * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(x, x);
                    long lo = x * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    x = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        if (e > Integer.MAX_VALUE) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        return of(a.toBig().pow((int) e));
    }

    /** {@code pow(a, b, m)}, including negative exponents (a modular inverse). */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw PyErr.format(PyExc.ValueError, "pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.toBig();
        BigInteger absMod = mod.abs();
        BigInteger base = a.toBig();
        BigInteger exp = b.toBig();
        if (absMod.equals(BigInteger.ONE)) {
            return ZERO;
        }
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(absMod);
            } catch (ArithmeticException ex) {
                throw PyErr.format(PyExc.ValueError, "base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = base.modPow(exp, absMod);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return of(r);
    }

    // ---------------------------------------------------------------------------------------------
    // Slots

    @PySlot(Slot.nb_add)
    static PyObject nbAdd(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return add(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_subtract)
    static PyObject nbSubtract(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return subtract(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_multiply)
    static PyObject nbMultiply(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return multiply(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_floor_divide)
    static PyObject nbFloorDivide(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return floorDivide(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_remainder)
    static PyObject nbRemainder(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return remainder(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_divmod)
    static PyObject nbDivmod(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            if (b.signum() == 0) {
                throw PyErr.newException(PyExc.ZeroDivisionError, "integer division or modulo by zero");
            }
            return PyTuple.of(floorDivide(a, b), remainder(a, b));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_true_divide)
    static PyObject nbTrueDivide(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return PyFloat.of(trueDivide(a, b));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_power)
    static PyObject nbPower(PyObject v, PyObject w, PyObject z) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (z != PyNone.NONE) {
            if (!(z instanceof PyInt m)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return powMod(a, b, m);
        }
        if (b.signum() < 0) {
            // A negative exponent gives a float, as float(a) ** float(b).
            return PyFloat.pow(a.toDouble(), b.toDouble());
        }
        return pow(a, b);
    }

    @PySlot(Slot.nb_negative)
    static PyObject nbNegative(PyObject v) {
        return negate((PyInt) v);
    }

    @PySlot(Slot.nb_positive)
    static PyObject nbPositive(PyObject v) {
        return ((PyInt) v).exact();
    }

    @PySlot(Slot.nb_absolute)
    static PyObject nbAbsolute(PyObject v) {
        return abs((PyInt) v);
    }

    @PySlot(Slot.nb_invert)
    static PyObject nbInvert(PyObject v) {
        return invert((PyInt) v);
    }

    @PySlot(Slot.nb_bool)
    boolean bool() {
        return signum() != 0;
    }

    @PySlot(Slot.nb_lshift)
    static PyObject nbLshift(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return lshift(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_rshift)
    static PyObject nbRshift(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return rshift(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_and)
    static PyObject nbAnd(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return and(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_or)
    static PyObject nbOr(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return or(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_xor)
    static PyObject nbXor(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return xor(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PySlot(Slot.nb_int)
    PyObject nbInt() {
        return exact();
    }

    @PySlot(Slot.nb_index)
    PyObject nbIndex() {
        return exact();
    }

    @PySlot(Slot.nb_float)
    PyObject nbFloat() {
        return PyFloat.of(toDouble());
    }

    @PySlot(Slot.tp_hash)
    long hashSlot() {
        return hashValue();
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyInt o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op.test(compare(this, o)));
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (big != null) {
            checkStrDigits(big);
        }
        return PyStr.ofChars(toString());
    }

    /** CPython's limit on int-to-str conversion of huge values (CVE-2020-10735). */
    static void checkStrDigits(BigInteger v) {
        int limit = maxStrDigits();
        if (limit <= 0) {
            return;
        }
        // A cheap bound first: bitLength * log10(2) digits.
        if ((long) v.bitLength() * 30103 / 100000 > limit + 1) {
            throw strDigitsError(limit);
        }
        if (v.abs().toString().length() > limit) {
            throw strDigitsError(limit);
        }
    }

    /** The running interpreter's {@code sys.get_int_max_str_digits()} (0: no limit). */
    static int maxStrDigits() {
        dev.kaa.runtime.ThreadState ts = dev.kaa.runtime.ThreadState.currentOrNull();
        return ts == null ? MAX_STR_DIGITS : ts.interp.intMaxStrDigits;
    }

    private static dev.kaa.runtime.PyException strDigitsError(int limit) {
        return PyErr.format(PyExc.ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", limit);
    }

    @PySlot(value = Slot.tp_new, sig = "x=NULL, /, base=NULL")
    static PyObject intNew(PyType type, PyObject x, PyObject base) {
        PyInt v = construct(x, base);
        if (type == TYPE) {
            return v;
        }
        return new Derived(type, v);
    }

    /** {@code int(x, base)} for the exact int type. */
    public static PyInt construct(PyObject x, PyObject base) {
        if (base == null) {
            if (x == null) {
                return ZERO;
            }
            if (x instanceof PyByteArray ba) {
                return parseBytes(ba.toByteArray(), 10);
            }
            return PyNumber.toInt(x);
        }
        long b = Abstract.asIndex(base, PyExc.OverflowError);
        if (b != 0 && (b < 2 || b > 36)) {
            throw PyErr.format(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        if (x == null) {
            throw PyErr.format(PyExc.TypeError, "int() missing string argument");
        }
        if (x instanceof PyStr s) {
            return parse(s, (int) b);
        }
        if (x instanceof PyBytes bs) {
            return parseBytes(bs.bytes(), (int) b);
        }
        if (x instanceof PyByteArray ba) {
            return parseBytes(ba.toByteArray(), (int) b);
        }
        throw PyErr.format(PyExc.TypeError, "int() can't convert non-string with explicit base");
    }

    /** {@code _PyLong_FromBytes}: ASCII only (whitespace is C's isspace); errors show the bytes' repr. */
    static PyInt parseBytes(byte[] bytes, int base) {
        PyInt r = null;
        boolean ascii = true;
        for (byte c : bytes) {
            ascii &= c > 0 && (c >= 0x20 || PyFloat.isCSpace(c)) && c != 0x1c && c != 0x1d && c != 0x1e && c != 0x1f;
        }
        if (ascii) {
            r = parseOrNull(PyStr.of(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)), base);
        }
        if (r == null) {
            String repr = Abstract.repr(new PyBytes(bytes)).toString();
            if (repr.length() > 200) {
                repr = repr.substring(0, 200);
            }
            throw PyErr.format(PyExc.ValueError, "invalid literal for int() with base %d: %s", base, repr);
        }
        return r;
    }

    /** {@code int(s, base)} ({@code PyLong_FromUnicodeObject}). */
    public static PyInt parse(PyStr s, int base) {
        return parse(s, base, s);
    }

    private static PyInt parse(PyStr s, int base, PyObject original) {
        PyInt r = parseOrNull(s, base);
        if (r == null) {
            String repr = Abstract.repr(original).toString();
            if (repr.length() > 200) {
                repr = repr.substring(0, 200);
            }
            throw PyErr.format(PyExc.ValueError, "invalid literal for int() with base %d: %s", base, repr);
        }
        return r;
    }

    /** Parses an int literal with Python's rules (whitespace, sign, prefix, underscores), or null. */
    static PyInt parseOrNull(PyStr str, int base) {
        int n = str.length();
        int i = 0;
        while (i < n && PyFloat.isNumberSpace(str.codePointAt(i))) {
            i++;
        }
        while (n > i && PyFloat.isNumberSpace(str.codePointAt(n - 1))) {
            n--;
        }
        boolean negative = false;
        if (i < n && (str.codePointAt(i) == '+' || str.codePointAt(i) == '-')) {
            negative = str.codePointAt(i) == '-';
            i++;
        }
        if (i >= n) {
            return null;
        }
        boolean prefixed = false;
        if (i + 1 < n && str.codePointAt(i) == '0') {
            int p = Character.toLowerCase(str.codePointAt(i + 1));
            if ((p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0))
                    || (p == 'b' && (base == 2 || base == 0))) {
                base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                i += 2;
                prefixed = true;
            }
        }
        boolean decimalZeroCheck = base == 0;
        if (base == 0) {
            base = 10;
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = prefixed; // "0x_1" is allowed: an underscore may follow the prefix
        boolean first = true;
        for (; i < n; i++) {
            int c = str.codePointAt(i);
            if (c == '_') {
                if (lastUnderscore && !(prefixed && first)) {
                    return null;
                }
                if (first && !prefixed) {
                    return null;
                }
                lastUnderscore = true;
                first = false;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0 || (c > 0x7f && !Character.isDigit(c))) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            lastUnderscore = false;
            first = false;
        }
        if (lastUnderscore || digits.isEmpty()) {
            return null;
        }
        String ds = digits.toString();
        if (decimalZeroCheck && base == 10 && ds.length() > 1 && ds.charAt(0) == '0') {
            for (int k = 0; k < ds.length(); k++) {
                if (ds.charAt(k) != '0') {
                    return null;
                }
            }
        }
        int limit = base == 10 ? maxStrDigits() : 0;
        if (limit > 0 && ds.length() > limit) {
            throw PyErr.format(PyExc.ValueError, "Exceeds the limit (%d digits) for integer string conversion: "
                    + "value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit,
                    ds.length());
        }
        if (ds.length() <= 18 && base == 10 || ds.length() <= 12) {
            long v = Long.parseLong(ds, base);
            return of(negative ? -v : v);
        }
        BigInteger v = new BigInteger(ds, base);
        return of(negative ? v.negate() : v);
    }

    // ---------------------------------------------------------------------------------------------
    // Methods and attributes

    @PyMethod(doc = "Number of bits necessary to represent self in binary.")
    long bit_length() {
        if (big != null) {
            return big.abs().bitLength();
        }
        return value == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(value));
    }

    @PyMethod(doc = "Number of ones in the binary representation of the absolute value of self.")
    long bit_count() {
        if (big != null) {
            return big.abs().bitCount();
        }
        return value == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(value));
    }

    @PyMethod(doc = "Returns self, the complex conjugate of any int.")
    PyObject conjugate() {
        return exact();
    }

    @PyMethod(doc = "Returns True. Exists for duck type compatibility with float.is_integer.")
    boolean is_integer() {
        return true;
    }

    @PyMethod(doc = "Return a pair of integers, whose ratio is equal to the original int.")
    PyObject as_integer_ratio() {
        return PyTuple.of(exact(), ONE);
    }

    @PyMethod(doc = "Truncating an Integral returns itself.")
    PyObject __trunc__() {
        return exact();
    }

    @PyMethod(doc = "Flooring an Integral returns itself.")
    PyObject __floor__() {
        return exact();
    }

    @PyMethod(doc = "Ceiling of an Integral returns itself.")
    PyObject __ceil__() {
        return exact();
    }

    @PyMethod(sig = "ndigits=NULL, /", doc = "Rounding an Integral returns itself.")
    PyObject __round__(PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return exact();
        }
        PyInt nd = PyNumber.index(ndigits);
        if (nd.signum() >= 0) {
            return exact();
        }
        // Round to a multiple of 10**-ndigits, halves to even.
        if (nd.big != null || nd.value < -MAX_STR_DIGITS * 4L) {
            return ZERO;
        }
        BigInteger pow10 = BigInteger.TEN.pow((int) -nd.value);
        BigInteger v = toBig();
        BigInteger[] qr = v.divideAndRemainder(pow10);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow10);
        }
        int c = r.shiftLeft(1).compareTo(pow10);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return of(q.multiply(pow10));
    }

    @PyMethod(sig = "format_spec, /", doc = "Convert to a string according to format_spec.")
    PyObject __format__(PyObject specArg) {
        if (!(specArg instanceof PyStr spec)) {
            throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %s",
                    specArg == PyNone.NONE ? "None" : specArg.type().getName());
        }
        if (spec.length() == 0) {
            return Abstract.str(this);
        }
        return Formatting.formatInt(this, spec.toString(), type().getName());
    }

    @PyMethod(doc = "Returns size in memory, in bytes.")
    long __sizeof__() {
        return big == null ? 28 : 24 + 4 * ((big.bitLength() + 29) / 30);
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(exact());
    }

    @PyMethod(sig = "length=1, byteorder='big', *, signed=False", doc = "Return an array of bytes representing an integer.")
    PyObject to_bytes(long length, String byteorder, boolean signed) {
        boolean little;
        if (byteorder.equals("little")) {
            little = true;
        } else if (byteorder.equals("big")) {
            little = false;
        } else {
            throw PyErr.format(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
        }
        if (length < 0) {
            throw PyErr.format(PyExc.ValueError, "length argument must be non-negative");
        }
        BigInteger v = toBig();
        if (!signed && v.signum() < 0) {
            throw PyErr.format(PyExc.OverflowError, "can't convert negative int to unsigned");
        }
        byte[] raw = v.toByteArray(); // big-endian two's complement, minimal
        int needed = raw.length;
        if (!signed && raw.length > 1 && raw[0] == 0) {
            needed--;
        }
        if (v.signum() == 0) {
            needed = 0;
        }
        if (needed > length) {
            throw PyErr.format(PyExc.OverflowError, "int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fill);
        for (int k = 0; k < Math.min(needed, raw.length); k++) {
            out[(int) length - 1 - k] = raw[raw.length - 1 - k];
        }
        if (little) {
            for (int k = 0, m = out.length - 1; k < m; k++, m--) {
                byte t = out[k];
                out[k] = out[m];
                out[m] = t;
            }
        }
        return new PyBytes(out);
    }

    @PyMethod(classmethod = true, sig = "bytes, byteorder='big', *, signed=False",
              doc = "Return the integer represented by the given array of bytes.")
    static PyObject from_bytes(PyType cls, PyObject bytes, String byteorder, boolean signed) {
        boolean little;
        if (byteorder.equals("little")) {
            little = true;
        } else if (byteorder.equals("big")) {
            little = false;
        } else {
            throw PyErr.format(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
        }
        byte[] be = objectBytes(bytes);
        if (little) {
            for (int k = 0, m = be.length - 1; k < m; k++, m--) {
                byte t = be[k];
                be[k] = be[m];
                be[m] = t;
            }
        }
        BigInteger v = be.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(be) : new BigInteger(1, be);
        PyInt r = of(v);
        if (cls == TYPE) {
            return r;
        }
        return Abstract.call(cls, r);
    }

    /** {@code PyObject_Bytes}: bytes itself, {@code __bytes__}, else {@code PyBytes_FromObject} (a copy). */
    private static byte[] objectBytes(PyObject o) {
        if (o instanceof PyBytes b && o.getClass() == PyBytes.class) {
            return b.bytes().clone();
        }
        if (o instanceof PyStr || o instanceof PyInt) {
            if (o.type().lookup(PyStr.shared("__bytes__")) == null) {
                throw PyErr.format(PyExc.TypeError, "cannot convert '%s' object to bytes", o.type().getName());
            }
        }
        PyObject r = Abstract.call(PyBytes.TYPE, o);
        return ((PyBytes) r).bytes().clone();
    }

    @PyGetter(value = "real", doc = "the real part of a complex number")
    PyObject real() {
        return exact();
    }

    @PyGetter(value = "imag", doc = "the imaginary part of a complex number")
    PyObject imag() {
        return ZERO;
    }

    @PyGetter(value = "numerator", doc = "the numerator of a rational number in lowest terms")
    PyObject numerator() {
        return exact();
    }

    @PyGetter(value = "denominator", doc = "the denominator of a rational number in lowest terms")
    PyObject denominator() {
        return ONE;
    }
}
