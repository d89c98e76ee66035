package dev.kaa.compiler.ast;

import java.math.BigDecimal;
import java.math.BigInteger;

import dev.kaa.compiler.tokenize.PyRepr;
import dev.kaa.compiler.tokenize.UnicodeTables;

/**
 * Python's {@code repr()} of the values an AST holds (None, bool, int, float, complex, str, bytes,
 * Ellipsis), as {@code ast.dump} prints them. The compiler depends on the JDK only, so it cannot use the
 * runtime's objects; the runtime's own repr must agree with this one.
 */
public final class AstRepr {
    private AstRepr() {
    }

    public static String repr(Object value) {
        StringBuilder sb = new StringBuilder();
        repr(sb, value);
        return sb.toString();
    }

    public static void repr(StringBuilder sb, Object value) {
        switch (value) {
            case null -> sb.append("None");
            case Boolean b -> sb.append(b ? "True" : "False");
            case Integer i -> sb.append(i.intValue());
            case Long l -> sb.append(l.longValue());
            case BigInteger b -> sb.append(b);
            case Double d -> sb.append(floatRepr(d, true));
            case ComplexValue c -> complexRepr(sb, c);
            case String s -> sb.append(PyRepr.str(s));
            case PyStr s -> PyRepr.str(sb, s.codePoints());
            case byte[] b -> PyRepr.bytes(sb, b);
            case EllipsisValue e -> sb.append("Ellipsis");
            default -> throw new IllegalArgumentException("not an AST constant: " + value.getClass());
        }
    }

    /**
     * repr(float): the shortest digits that round-trip (Java's Double.toString finds the same digits
     * since JDK 19), laid out as CPython's 'r' format does: positional when the decimal exponent is in
     * (-4, 16], else scientific with a signed exponent of at least two digits.
     */
    public static String floatRepr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String z = (1 / d < 0) ? "-0" : "0";
            return addDotZero ? z + ".0" : z;
        }
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.digits * 10^decpt
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                sb.repeat('0', -decpt);
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits);
                sb.repeat('0', decpt - digits.length());
                if (addDotZero) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /**
     * The shortest decimal that reads back as {@code d} (d > 0), as CPython's repr finds it. Double.toString
     * finds the shortest digits too, except that it never gives fewer than two (4.9E-324 where Python says
     * 5e-324), so a two-digit result is tried at one digit, nearest candidate first.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (bd.precision() == 2) {
            BigDecimal exact = new BigDecimal(d);
            BigDecimal down = bd.round(new java.math.MathContext(1, java.math.RoundingMode.FLOOR));
            BigDecimal up = bd.round(new java.math.MathContext(1, java.math.RoundingMode.CEILING));
            BigDecimal first = exact.subtract(down).abs().compareTo(up.subtract(exact).abs()) <= 0 ? down : up;
            BigDecimal second = first == down ? up : down;
            for (BigDecimal c : new BigDecimal[] {first, second}) {
                if (c.signum() > 0 && c.doubleValue() == d) {
                    return c.stripTrailingZeros();
                }
            }
        }
        return bd;
    }

    private static void complexRepr(StringBuilder sb, ComplexValue c) {
        if (c.real() == 0 && Math.copySign(1.0, c.real()) > 0) {
            sb.append(floatRepr(c.imag(), false)).append('j');
            return;
        }
        sb.append('(').append(floatRepr(c.real(), false));
        String im = floatRepr(c.imag(), false);
        if (!im.startsWith("-")) {
            sb.append('+');
        }
        sb.append(im).append("j)");
    }

    /**
     * str.isprintable() for one code point, from CPython 3.13's Unicode 15.1 tables (the JDK's Unicode
     * version differs on a few thousand code points).
     */
    public static boolean isPrintable(int c) {
        return UnicodeTables.isPrintable(c);
    }
}
