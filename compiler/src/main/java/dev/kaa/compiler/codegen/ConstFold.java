package dev.kaa.compiler.codegen;

import dev.kaa.compiler.ast.ComplexValue;
import dev.kaa.compiler.ast.OperatorKind;
import dev.kaa.compiler.ast.PyStr;
import dev.kaa.compiler.ast.UnaryOpKind;
import dev.kaa.compiler.bytecode.FrozensetConstant;
import dev.kaa.compiler.bytecode.TupleConstant;
import dev.kaa.compiler.flowgraph.Truth;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Python arithmetic on compile-time constants, for the AST optimizer's constant folding (the
 * {@code PyNumber_*} calls and "safe" size limits of CPython 3.13's Python/ast_opt.c). Every method
 * returns the folded value, or {@code null} where Python would raise (ZeroDivisionError, OverflowError,
 * TypeError ...) or the result would be too large to keep: then nothing is folded.
 */
final class ConstFold {
    private ConstFold() {
    }

    static final int MAX_INT_SIZE = 128; // bits
    static final int MAX_COLLECTION_SIZE = 256; // items
    static final int MAX_STR_SIZE = 4096; // characters
    static final int MAX_TOTAL_ITEMS = 1024; // including nested collections

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    // ------------------------------------------------------------------ type helpers

    private static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    private static BigInteger big(Object o) {
        return switch (o) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> throw new IllegalArgumentException();
        };
    }

    /** An int constant in the AST's form: Long when it fits, else BigInteger. */
    static Object intValue(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0 ? (Object) b.longValue() : b;
    }

    private static boolean isFloat(Object o) {
        return o instanceof Double;
    }

    private static boolean isNumber(Object o) {
        return isInt(o) || o instanceof Double || o instanceof ComplexValue;
    }

    /** float(int), or null on OverflowError. */
    private static Double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        double d = big(o).doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    private static ComplexValue toComplex(Object o) {
        if (o instanceof ComplexValue c) {
            return c;
        }
        Double d = toDouble(o);
        return d == null ? null : new ComplexValue(d, 0.0);
    }

    private static int length(Object o) {
        return switch (o) {
            case null -> -1;
            case String s -> s.codePointCount(0, s.length());
            case PyStr s -> s.codePoints().length;
            case byte[] b -> b.length;
            case TupleConstant t -> t.size();
            default -> -1;
        };
    }

    private static int[] codePoints(Object s) {
        return s instanceof String str ? str.codePoints().toArray() : ((PyStr) s).codePoints();
    }

    private static boolean isStr(Object o) {
        return o instanceof String || o instanceof PyStr;
    }

    /** A str constant from code points: a String unless it holds a lone surrogate. */
    static Object str(int[] cps) {
        for (int c : cps) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                return new PyStr(cps);
            }
        }
        return new String(cps, 0, cps.length);
    }

    // ------------------------------------------------------------------ unary

    static Object unary(UnaryOpKind op, Object v) {
        return switch (op) {
            case Not -> !Truth.isTrue(v);
            case UAdd -> {
                if (v instanceof Boolean b) {
                    yield b ? 1L : 0L;
                }
                yield isNumber(v) ? v : null;
            }
            case USub -> {
                if (isInt(v)) {
                    yield intValue(big(v).negate());
                }
                if (v instanceof Double d) {
                    yield -d;
                }
                if (v instanceof ComplexValue c) {
                    yield new ComplexValue(-c.real(), -c.imag());
                }
                yield null;
            }
            case Invert -> isInt(v) ? intValue(big(v).not()) : null;
        };
    }

    // ------------------------------------------------------------------ binary

    static Object binary(OperatorKind op, Object l, Object r) {
        try {
            return switch (op) {
                case Add -> add(l, r);
                case Sub -> sub(l, r);
                case Mult -> safeMultiply(l, r);
                case Div -> trueDivide(l, r);
                case FloorDiv -> floorDivide(l, r);
                case Mod -> safeMod(l, r);
                case Pow -> safePower(l, r);
                case LShift -> safeLshift(l, r);
                case RShift -> rshift(l, r);
                case BitOr, BitXor, BitAnd -> bitwise(op, l, r);
                case MatMult -> null;
            };
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Object add(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            return intValue(big(l).add(big(r)));
        }
        if (isNumber(l) && isNumber(r)) {
            if (l instanceof ComplexValue || r instanceof ComplexValue) {
                ComplexValue a = toComplex(l);
                ComplexValue b = toComplex(r);
                return a == null || b == null ? null : new ComplexValue(a.real() + b.real(), a.imag() + b.imag());
            }
            Double a = toDouble(l);
            Double b = toDouble(r);
            return a == null || b == null ? null : a + b;
        }
        if (isStr(l) && isStr(r)) {
            int[] a = codePoints(l);
            int[] b = codePoints(r);
            int[] c = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, c, a.length, b.length);
            return str(c);
        }
        if (l instanceof byte[] a && r instanceof byte[] b) {
            byte[] c = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, c, a.length, b.length);
            return c;
        }
        if (l instanceof TupleConstant a && r instanceof TupleConstant b) {
            Object[] c = new Object[a.size() + b.size()];
            for (int i = 0; i < a.size(); i++) {
                c[i] = a.get(i);
            }
            for (int i = 0; i < b.size(); i++) {
                c[a.size() + i] = b.get(i);
            }
            return new TupleConstant(c);
        }
        return null;
    }

    private static Object sub(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            return intValue(big(l).subtract(big(r)));
        }
        if (isNumber(l) && isNumber(r)) {
            if (l instanceof ComplexValue || r instanceof ComplexValue) {
                ComplexValue a = toComplex(l);
                ComplexValue b = toComplex(r);
                return a == null || b == null ? null : new ComplexValue(a.real() - b.real(), a.imag() - b.imag());
            }
            Double a = toDouble(l);
            Double b = toDouble(r);
            return a == null || b == null ? null : a - b;
        }
        return null;
    }

    private static int checkComplexity(Object obj, int limit) {
        if (obj instanceof TupleConstant t) {
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) {
                limit = checkComplexity(t.get(i), limit);
            }
        } else if (obj instanceof FrozensetConstant f) {
            limit -= f.size();
            for (int i = 0; limit >= 0 && i < f.size(); i++) {
                limit = checkComplexity(f.get(i), limit);
            }
        }
        return limit;
    }

    private static Object safeMultiply(Object v, Object w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() != 0) {
            long vbits = big(v).abs().bitLength();
            long wbits = big(w).abs().bitLength();
            if (vbits + wbits > MAX_INT_SIZE) {
                return null;
            }
        } else if (isInt(v) && w instanceof TupleConstant t) {
            int size = t.size();
            if (size > 0) {
                BigInteger bn = big(v);
                if (bn.signum() < 0 || bn.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) {
                    return null;
                }
                long n = bn.longValue();
                if (n > 0 && checkComplexity(w, (int) (MAX_TOTAL_ITEMS / n)) < 0) {
                    return null;
                }
            }
        } else if (isInt(v) && (isStr(w) || w instanceof byte[])) {
            int size = length(w);
            if (size > 0) {
                BigInteger bn = big(v);
                if (bn.signum() < 0 || bn.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
                    return null;
                }
            }
        } else if (isInt(w) && (w != null) && (v instanceof TupleConstant || isStr(v) || v instanceof byte[])) {
            return safeMultiply(w, v);
        }
        return multiply(v, w);
    }

    private static Object multiply(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            return intValue(big(l).multiply(big(r)));
        }
        if (isNumber(l) && isNumber(r)) {
            if (l instanceof ComplexValue || r instanceof ComplexValue) {
                ComplexValue a = toComplex(l);
                ComplexValue b = toComplex(r);
                if (a == null || b == null) {
                    return null;
                }
                return new ComplexValue(a.real() * b.real() - a.imag() * b.imag(),
                        a.real() * b.imag() + a.imag() * b.real());
            }
            Double a = toDouble(l);
            Double b = toDouble(r);
            return a == null || b == null ? null : a * b;
        }
        if (isInt(l) && r != null) {
            if (big(l).bitLength() > 63) {
                return null; // OverflowError: cannot fit 'int' into an index-sized integer
            }
            long n = Math.max(0, big(l).longValue());
            switch (r) {
                case TupleConstant t -> {
                    Object[] out = new Object[(int) (t.size() * n)];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = t.get(i % t.size());
                    }
                    return new TupleConstant(out);
                }
                case byte[] b -> {
                    byte[] out = new byte[(int) (b.length * n)];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = b[i % b.length];
                    }
                    return out;
                }
                default -> {
                    if (isStr(r)) {
                        int[] cp = codePoints(r);
                        int[] out = new int[(int) (cp.length * n)];
                        for (int i = 0; i < out.length; i++) {
                            out[i] = cp[i % cp.length];
                        }
                        return str(out);
                    }
                }
            }
        }
        return null;
    }

    /** int / int, correctly rounded as CPython's long_true_divide. */
    static Double intTrueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            return null;
        }
        boolean negative = (a.signum() < 0) != (b.signum() < 0); // 0 / -1 is -0.0
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            double d = a.doubleValue() / b.doubleValue();
            return negative ? -d : d;
        }
        // scale so the quotient has at least 55 significant bits, then round half to even
        int shift = 55 - (a.bitLength() - b.bitLength());
        BigInteger num = shift > 0 ? a.shiftLeft(shift) : a;
        BigInteger den = shift < 0 ? b.shiftLeft(-shift) : b;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.shiftLeft(1).or(BigInteger.ONE); // sticky bit
            shift++;
        }
        // q * 2^-shift, rounded: BigInteger.doubleValue rounds half-even exactly
        int exp = q.bitLength() - shift;
        if (exp > 1024) {
            return null; // OverflowError: integer division result too large for a float
        }
        double mant;
        int extra = q.bitLength() - 64;
        if (extra > 0) {
            BigInteger top = q.shiftRight(extra);
            if (q.getLowestSetBit() < extra) {
                top = top.or(BigInteger.ONE); // keep stickiness
            }
            mant = Math.scalb(top.doubleValue(), extra);
        } else {
            mant = q.doubleValue();
        }
        double d = Math.scalb(mant, -shift);
        if (Double.isInfinite(d)) {
            return null;
        }
        return negative ? -d : d;
    }

    private static Object trueDivide(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            return intTrueDivide(big(l), big(r));
        }
        if (isNumber(l) && isNumber(r)) {
            if (l instanceof ComplexValue || r instanceof ComplexValue) {
                ComplexValue a = toComplex(l);
                ComplexValue b = toComplex(r);
                return a == null || b == null ? null : complexDiv(a, b);
            }
            Double a = toDouble(l);
            Double b = toDouble(r);
            if (a == null || b == null || b == 0.0) {
                return null;
            }
            return a / b;
        }
        return null;
    }

    /** _Py_c_quot. */
    private static ComplexValue complexDiv(ComplexValue a, ComplexValue b) {
        double absBreal = Math.abs(b.real());
        double absBimag = Math.abs(b.imag());
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return null; // ZeroDivisionError
            }
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new ComplexValue((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        } else if (absBimag >= absBreal) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new ComplexValue((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new ComplexValue(Double.NaN, Double.NaN);
    }

    /** _float_div_mod: Python's floor division and modulo of floats. */
    private static double[] floatDivMod(double vx, double wx) {
        double mod = vx % wx; // fmod
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static Object floorDivide(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger b = big(r);
            if (b.signum() == 0) {
                return null;
            }
            return intValue(floorDiv(big(l), b));
        }
        if (isNumber(l) && isNumber(r) && !(l instanceof ComplexValue) && !(r instanceof ComplexValue)) {
            Double a = toDouble(l);
            Double b = toDouble(r);
            if (a == null || b == null || b == 0.0) {
                return null;
            }
            return floatDivMod(a, b)[0];
        }
        return null;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static Object safeMod(Object l, Object r) {
        if (isStr(l) || l instanceof byte[]) {
            return null; // str % x: formatting, never folded
        }
        if (isInt(l) && isInt(r)) {
            BigInteger b = big(r);
            if (b.signum() == 0) {
                return null;
            }
            BigInteger m = big(l).mod(b.abs());
            if (b.signum() < 0 && m.signum() != 0) {
                m = m.add(b);
            }
            return intValue(m);
        }
        if (isNumber(l) && isNumber(r) && !(l instanceof ComplexValue) && !(r instanceof ComplexValue)) {
            Double a = toDouble(l);
            Double b = toDouble(r);
            if (a == null || b == null || b == 0.0) {
                return null;
            }
            return floatDivMod(a, b)[1];
        }
        return null;
    }

    private static Object safePower(Object v, Object w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() > 0) {
            long vbits = big(v).abs().bitLength();
            BigInteger wb = big(w);
            if (wb.bitLength() > 62) {
                return null;
            }
            long wbits = wb.longValue();
            if (vbits > MAX_INT_SIZE / wbits) {
                return null;
            }
        }
        return power(v, w);
    }

    private static Object power(Object v, Object w) {
        if (isInt(v) && isInt(w)) {
            BigInteger b = big(w);
            if (b.signum() >= 0) {
                if (b.signum() > 0 && big(v).signum() == 0) {
                    return 0L; // 0 ** n, however large n (safe_power lets it through)
                }
                if (b.bitLength() > 31) {
                    return null;
                }
                return intValue(big(v).pow(b.intValue()));
            }
            // a negative exponent: float power
            Double a = toDouble(v);
            Double e = toDouble(w);
            return a == null || e == null ? null : floatPow(a, e);
        }
        if (isNumber(v) && isNumber(w)) {
            if (v instanceof ComplexValue || w instanceof ComplexValue) {
                ComplexValue a = toComplex(v);
                ComplexValue b = toComplex(w);
                return a == null || b == null ? null : complexPow(a, b, w);
            }
            Double a = toDouble(v);
            Double b = toDouble(w);
            return a == null || b == null ? null : floatPow(a, b);
        }
        return null;
    }

    /** float_pow: null where Python raises or returns a complex. */
    private static Object floatPow(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) {
                return 1.0;
            }
            return (iw > 0.0) == (iv > 1.0) ? Math.abs(iw) : 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean iwIsOdd = Math.abs(iw % 2.0) == 1.0;
            if (iw > 0.0) {
                return iwIsOdd ? iv : Math.abs(iv);
            }
            return iwIsOdd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean iwIsOdd = Math.abs(iw % 2.0) == 1.0;
            if (iw < 0.0) {
                return null; // ZeroDivisionError
            }
            return iwIsOdd ? iv : 0.0;
        }
        boolean negateResult = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                // negative numbers raised to fractional powers become complex
                return complexPow(new ComplexValue(iv, 0.0), new ComplexValue(iw, 0.0), iw);
            }
            iv = -iv;
            negateResult = Math.abs(iw % 2.0) == 1.0;
        }
        if (iv == 1.0) {
            return negateResult ? -1.0 : 1.0;
        }
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            return null; // OverflowError
        }
        return negateResult ? -ix : ix;
    }

    private static Object complexPow(ComplexValue a, ComplexValue b, Object w) {
        // c_powi for small integral exponents, else c_pow
        if (b.imag() == 0.0 && b.real() == (int) b.real() && Math.abs(b.real()) <= 100.0) {
            return cPowi(a, (int) b.real());
        }
        return cPow(a, b);
    }

    private static ComplexValue cProd(ComplexValue a, ComplexValue b) {
        return new ComplexValue(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    private static ComplexValue cPowu(ComplexValue x, long n) {
        ComplexValue r = new ComplexValue(1.0, 0.0);
        ComplexValue p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = cProd(r, p);
            }
            mask <<= 1;
            p = cProd(p, p);
        }
        return r;
    }

    private static ComplexValue cPowi(ComplexValue x, int n) {
        if (n > 0) {
            return cPowu(x, n);
        }
        return complexDiv(new ComplexValue(1.0, 0.0), cPowu(x, -(long) n));
    }

    private static ComplexValue cPow(ComplexValue a, ComplexValue b) {
        if (b.real() == 0.0 && b.imag() == 0.0) {
            return new ComplexValue(1.0, 0.0);
        }
        if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) {
                return null;
            }
            return new ComplexValue(0.0, 0.0);
        }
        double vabs = Math.hypot(a.real(), a.imag());
        double len = Math.pow(vabs, b.real());
        double at = Math.atan2(a.imag(), a.real());
        double phase = at * b.real();
        if (b.imag() != 0.0) {
            len /= Math.exp(at * b.imag());
            phase += b.imag() * Math.log(vabs);
        }
        ComplexValue r = new ComplexValue(len * Math.cos(phase), len * Math.sin(phase));
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) {
            return null;
        }
        return r;
    }

    private static Object safeLshift(Object v, Object w) {
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        if (b.signum() < 0) {
            return null; // ValueError: negative shift count
        }
        if (a.signum() != 0 && b.signum() != 0) {
            long vbits = a.abs().bitLength();
            if (b.bitLength() > 62) {
                return null;
            }
            long wbits = b.longValue();
            if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) {
                return null;
            }
        }
        if (b.bitLength() > 31) {
            return a.signum() == 0 ? (Object) 0L : null;
        }
        return intValue(a.shiftLeft(b.intValue()));
    }

    private static Object rshift(Object v, Object w) {
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        if (b.signum() < 0) {
            return null;
        }
        if (b.bitLength() > 31) {
            return a.signum() < 0 ? -1L : 0L;
        }
        return intValue(a.shiftRight(b.intValue()));
    }

    private static Object bitwise(OperatorKind op, Object v, Object w) {
        if (v instanceof Boolean a && w instanceof Boolean b) {
            return switch (op) {
                case BitOr -> a | b;
                case BitXor -> a ^ b;
                default -> a & b;
            };
        }
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        return intValue(switch (op) {
            case BitOr -> a.or(b);
            case BitXor -> a.xor(b);
            default -> a.and(b);
        });
    }

    // ------------------------------------------------------------------ subscripts

    /** What {@link #subscript} returns for a None item (null means "not folded"). */
    static final Object NONE_ITEM = new Object();

    /**
     * container[index] for constant str, bytes and tuple with an int index; {@link #NONE_ITEM} for None;
     * null when it does not fold.
     */
    static Object subscript(Object container, Object index) {
        if (!isInt(index)) {
            return null;
        }
        BigInteger bi = big(index);
        int n = length(container);
        if (n < 0 || container instanceof FrozensetConstant) {
            return null;
        }
        if (bi.bitLength() > 31) {
            return null;
        }
        int i = bi.intValue();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            return null; // IndexError
        }
        return switch (container) {
            case TupleConstant t -> t.get(i) == null ? NONE_ITEM : t.get(i);
            case byte[] b -> (long) (b[i] & 0xff);
            default -> str(new int[] {codePoints(container)[i]});
        };
    }
}
