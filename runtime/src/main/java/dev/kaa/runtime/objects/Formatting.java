package dev.kaa.runtime.objects;

import dev.kaa.compiler.ast.AstRepr;
import dev.kaa.runtime.PyErr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-specification mini-language for int and float ({@code format(x, spec)},
 * {@code int.__format__}, {@code float.__format__}), as CPython's {@code Python/formatter_unicode.c}:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. Float digits come from the
 * exact binary value rounded half-even (BigDecimal), which is what CPython's dtoa produces.
 */
final class Formatting {
    private Formatting() {
    }

    /** A parsed format spec. */
    static final class Spec {
        int fill = ' ';
        char align;      // 0 when not given
        char sign;       // 0, '+', '-', ' '
        boolean noNegZero;
        boolean alternate;
        int width = -1;
        char grouping;   // 0, ',', '_'
        int precision = -1;
        char type;       // 0 when not given
    }

    static Spec parse(String spec, String typeName) {
        Spec s = new Spec();
        int n = spec.length();
        int i = 0;
        if (n >= 2 && isAlign(spec.charAt(1))) {
            s.fill = spec.charAt(0);
            s.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            s.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
            s.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == 'z') {
            s.noNegZero = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            s.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (s.align == 0) {
                s.fill = '0';
                s.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            s.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            s.grouping = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyErr.format(PyExc.ValueError, "Format specifier missing precision");
            }
            s.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (n - i > 1) {
            throw PyErr.format(PyExc.ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        if (i < n) {
            s.type = spec.charAt(i);
        }
        return s;
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    static PyStr formatInt(PyInt v, String specText) {
        Spec s = parse(specText, "int");
        char t = s.type;
        switch (t) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(v.toDouble(), specText);
            case 'n':
                t = 'd';
                break;
            case 0, 'd', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw PyErr.format(PyExc.ValueError, "Unknown format code '%c' for object of type 'int'", t);
        }
        if (s.precision >= 0) {
            throw PyErr.format(PyExc.ValueError, "Precision not allowed in integer format specifier");
        }
        if (t == 'c') {
            if (s.sign != 0) {
                throw PyErr.format(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'");
            }
            if (s.grouping != 0) {
                throw PyErr.format(PyExc.ValueError, "Cannot specify ',' with 'c'.");
            }
            if (!v.isSmall() || v.value < 0 || v.value > 0x10FFFF) {
                throw PyErr.format(PyExc.OverflowError, "%%c arg not in range(0x110000)");
            }
            return pad(new String(Character.toChars((int) v.value)), "", s, '<');
        }
        BigInteger b = v.toBig();
        boolean negative = b.signum() < 0;
        b = b.abs();
        int radix = switch (t) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = b.toString(radix);
        if (t == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (s.grouping != 0) {
            if (s.grouping == ',' && radix != 10) {
                throw PyErr.format(PyExc.ValueError, "Cannot specify ',' with '%c'.", t);
            }
            digits = group(digits, radix == 10 ? 3 : 4, s.grouping);
        }
        String prefix = "";
        if (s.alternate) {
            prefix = switch (t) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        String sign = negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        return pad(digits, sign + prefix, s, '>');
    }

    private static String group(String digits, int every, char sep) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Lays out sign/prefix and body in the requested width. */
    private static PyStr pad(String body, String signPrefix, Spec s, char defaultAlign) {
        char align = s.align == 0 ? defaultAlign : s.align;
        int len = body.codePointCount(0, body.length()) + signPrefix.length();
        if (s.width <= len) {
            return PyStr.of(signPrefix + body);
        }
        int fillCount = s.width - len;
        String fill = new String(Character.toChars(s.fill));
        StringBuilder sb = new StringBuilder();
        switch (align) {
            case '<' -> sb.append(signPrefix).append(body).repeat(fill, fillCount);
            case '^' -> sb.repeat(fill, fillCount / 2).append(signPrefix).append(body).repeat(fill, fillCount - fillCount / 2);
            case '=' -> sb.append(signPrefix).repeat(fill, fillCount).append(body);
            default -> sb.repeat(fill, fillCount).append(signPrefix).append(body);
        }
        return PyStr.of(sb.toString());
    }

    static PyStr formatFloat(double d, String specText) {
        Spec s = parse(specText, "float");
        char t = s.type;
        if (s.grouping == '_' && (t == 'n')) {
            throw PyErr.format(PyExc.ValueError, "Cannot specify '_' with 'n'.");
        }
        boolean negative = Double.doubleToRawLongBits(d) < 0 && !Double.isNaN(d);
        double a = Math.abs(d);
        String body;
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (upper) {
                body = body.toUpperCase(java.util.Locale.ROOT);
            }
            if (t == '%') {
                body += "%";
            }
        } else {
            int p = s.precision;
            switch (t) {
                case 'f', 'F' -> body = fixed(a, p < 0 ? 6 : p, s.alternate);
                case 'e', 'E' -> body = exponent(a, p < 0 ? 6 : p, s.alternate, t == 'E');
                case 'g', 'G' -> body = general(a, p < 0 ? 6 : p == 0 ? 1 : p, s.alternate, t == 'G', false);
                case 'n' -> body = general(a, p < 0 ? 6 : p == 0 ? 1 : p, s.alternate, false, false);
                case '%' -> body = fixed(a * 100, p < 0 ? 6 : p, s.alternate) + "%";
                case 0 -> body = p < 0 ? AstRepr.floatRepr(a, true) : general(a, p == 0 ? 1 : p, s.alternate, false, true);
                default -> throw PyErr.format(PyExc.ValueError, "Unknown format code '%c' for object of type 'float'", t);
            }
            if (s.noNegZero && negative && isZeroString(body)) {
                negative = false;
            }
        }
        if (s.grouping != 0) {
            int dot = body.indexOf('.');
            int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
            int intEnd = dot >= 0 ? dot : e >= 0 ? e : body.endsWith("%") ? body.length() - 1 : body.length();
            body = group(body.substring(0, intEnd), 3, s.grouping) + body.substring(intEnd);
        }
        String sign = negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        return pad(body, sign, s, '>');
    }

    private static boolean isZeroString(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    static String fixed(double a, int p, boolean alternate) {
        String r = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        if (p == 0 && alternate) {
            r += ".";
        }
        return r;
    }

    static String exponent(double a, int p, boolean alternate, boolean upper) {
        String mant;
        int exp;
        if (a == 0) {
            mant = p > 0 ? "0." + "0".repeat(p) : "0";
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
            String digits = bd.unscaledValue().toString();
            exp = digits.length() - 1 - bd.scale();
            if (digits.length() < p + 1) {
                digits = digits + "0".repeat(p + 1 - digits.length());
            } else if (digits.length() > p + 1) {
                digits = digits.substring(0, p + 1);
            }
            mant = p > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits.substring(0, 1);
        }
        if (p == 0 && alternate) {
            mant += ".";
        }
        return mant + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** 'g' (and the empty type with a precision, which keeps at least one fractional digit). */
    static String general(double a, int p, boolean alternate, boolean upper, boolean noType) {
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = bd.precision() - 1 - bd.scale();
        }
        String r;
        if (exp >= -4 && exp < p) {
            r = fixed(a, p - 1 - exp, alternate);
            if (!alternate && r.indexOf('.') >= 0) {
                r = r.replaceAll("0+$", "");
                if (r.endsWith(".")) {
                    r = noType ? r + "0" : r.substring(0, r.length() - 1);
                }
            } else if (noType && r.indexOf('.') < 0) {
                r = r + ".0";
            }
        } else {
            r = exponent(a, p - 1, alternate, upper);
            if (!alternate) {
                int e = r.indexOf(upper ? 'E' : 'e');
                String m = r.substring(0, e);
                if (m.indexOf('.') >= 0) {
                    m = m.replaceAll("0+$", "");
                    if (m.endsWith(".")) {
                        m = m.substring(0, m.length() - 1);
                    }
                }
                r = m + r.substring(e);
            }
        }
        return r;
    }
}
