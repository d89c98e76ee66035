package dev.kaa.runtime.objects;

import dev.kaa.compiler.ast.AstRepr;
import dev.kaa.runtime.PyErr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-specification mini-language for int, float, complex and str ({@code format(x, spec)}), a port
 * of CPython's {@code Python/formatter_unicode.c}: {@code [[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type]}, with the same validation order and messages. Float digits come from the exact
 * binary value rounded half-even (BigDecimal), which is what CPython's dtoa produces; {@link
 * #doubleToString} is {@code PyOS_double_to_string}.
 */
public final class Formatting {
    private Formatting() {
    }

    /**
     * {@code format(v, spec)} for a non-empty spec and an exact int, float or str, whose {@code __format__}
     * cannot be replaced: the same result without looking the method up and calling it. Null for any
     * other value or an empty spec (the caller then takes the general path).
     */
    public static PyStr formatExact(PyObject v, PyStr spec) {
        if (spec.length() == 0) {
            return null;
        }
        Class<?> c = v.getClass();
        if (c == PyInt.class) {
            return formatInt((PyInt) v, spec.toString(), "int");
        }
        if (c == PyFloat.class) {
            return formatFloat(((PyFloat) v).value, spec.toString(), "float");
        }
        if (c == PyStr.class) {
            return formatStr((PyStr) v, spec.toString(), "str");
        }
        return null;
    }

    /** No thousands separator ({@code LT_NO_LOCALE}). */
    private static final int LT_NO_LOCALE = 0;
    /** ',' every three digits ({@code LT_DEFAULT_LOCALE}). */
    private static final int LT_DEFAULT_LOCALE = ',';
    /** '_' every three digits ({@code LT_UNDERSCORE_LOCALE}). */
    private static final int LT_UNDERSCORE_LOCALE = '_';
    /** '_' every four digits, for bin/oct/hex ({@code LT_UNDER_FOUR_LOCALE}). */
    private static final int LT_UNDER_FOUR_LOCALE = 1;
    /** The C locale of type 'n': no grouping ({@code LT_CURRENT_LOCALE}). */
    private static final int LT_CURRENT_LOCALE = 2;

    /** Flags of {@link #doubleToString} ({@code Py_DTSF_*}). */
    static final int DTSF_SIGN = 1;
    static final int DTSF_ADD_DOT_0 = 2;
    static final int DTSF_ALT = 4;
    static final int DTSF_NO_NEG_0 = 8;

    /** A parsed format spec ({@code InternalFormatSpec}). */
    static final class Spec {
        int fill = ' ';
        char align;
        char sign;       // 0, '+', '-', ' '
        boolean noNegZero;
        boolean alternate;
        long width = -1;
        int thousands;   // LT_*
        long precision = -1;
        int type;
    }

    /** {@code parse_internal_render_format_spec}. */
    static Spec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        int[] cp = codePoints(spec);
        int end = cp.length;
        int pos = 0;
        Spec f = new Spec();
        f.align = defaultAlign;
        f.type = defaultType;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            f.align = (char) cp[pos + 1];
            f.fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            f.align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            f.sign = (char) cp[pos++];
        }
        if (end - pos >= 1 && cp[pos] == 'z') {
            f.noNegZero = true;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && cp[pos] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        long w = 0;
        while (pos < end && cp[pos] >= '0' && cp[pos] <= '9') {
            int d = cp[pos] - '0';
            if (w > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.format(PyExc.ValueError, "Too many decimal digits in format string");
            }
            w = w * 10 + d;
            pos++;
        }
        if (pos > start) {
            f.width = w;
        }
        if (pos < end && cp[pos] == ',') {
            f.thousands = LT_DEFAULT_LOCALE;
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (f.thousands != LT_NO_LOCALE) {
                throw PyErr.format(PyExc.ValueError, "Cannot specify both ',' and '_'.");
            }
            f.thousands = LT_UNDERSCORE_LOCALE;
            pos++;
        }
        if (pos < end && cp[pos] == ',' && f.thousands == LT_UNDERSCORE_LOCALE) {
            throw PyErr.format(PyExc.ValueError, "Cannot specify both ',' and '_'.");
        }
        if (pos < end && cp[pos] == '.') {
            pos++;
            start = pos;
            long p = 0;
            while (pos < end && cp[pos] >= '0' && cp[pos] <= '9') {
                int d = cp[pos] - '0';
                if (p > (Long.MAX_VALUE - d) / 10) {
                    throw PyErr.format(PyExc.ValueError, "Too many decimal digits in format string");
                }
                p = p * 10 + d;
                pos++;
            }
            if (pos == start) {
                throw PyErr.format(PyExc.ValueError, "Format specifier missing precision");
            }
            f.precision = p;
        }
        if (end - pos > 1) {
            throw PyErr.format(PyExc.ValueError, "Invalid format specifier '%s' for object of type '%s'", spec,
                    typeName);
        }
        if (end - pos == 1) {
            f.type = cp[pos];
        }
        if (f.thousands != LT_NO_LOCALE) {
            switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (f.thousands == LT_UNDERSCORE_LOCALE) {
                        f.thousands = LT_UNDER_FOUR_LOCALE;
                        break;
                    }
                    throw invalidThousandsSeparatorType(f.thousands, f.type);
                default:
                    throw invalidThousandsSeparatorType(f.thousands, f.type);
            }
        }
        return f;
    }

    /** The code points of {@code spec} (specs are short; no stream machinery in this hot path). */
    private static int[] codePoints(String spec) {
        int n = spec.length();
        int[] cp = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = spec.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(spec.charAt(i + 1))) {
                cp[k++] = Character.toCodePoint(c, spec.charAt(++i));
            } else {
                cp[k++] = c;
            }
        }
        return k == n ? cp : java.util.Arrays.copyOf(cp, k);
    }

    /**
     * The str of formatted text whose only characters outside ASCII can be the fill character: one char per
     * code point unless the fill is astral (then it is a surrogate pair in the text).
     */
    private static PyStr result(String text, Spec f) {
        return f.fill < 0x10000 ? PyStr.ofChars(text) : PyStr.of(text);
    }

    private static dev.kaa.runtime.PyException invalidThousandsSeparatorType(int specifier, int type) {
        if (type > 32 && type < 128) {
            return PyErr.format(PyExc.ValueError, "Cannot specify '%c' with '%c'.", (char) specifier, (char) type);
        }
        return PyErr.format(PyExc.ValueError, "Cannot specify '%c' with '\\x%x'.", (char) specifier, type);
    }

    private static dev.kaa.runtime.PyException unknownPresentationType(int type, String typeName) {
        if (type > 32 && type < 128) {
            return PyErr.format(PyExc.ValueError, "Unknown format code '%c' for object of type '%s'", (char) type,
                    typeName);
        }
        return PyErr.format(PyExc.ValueError, "Unknown format code '\\x%x' for object of type '%s'", type, typeName);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    // ---------------------------------------------------------------------------------------------
    // Number layout (calc_number_widths / fill_number)

    /**
     * Lays out one number: {@code digits} holds the (unsigned) characters, of which {@code [nDigitsStart,
     * nDigitsEnd)} are the digits to group; after them come an optional decimal point and the remainder.
     * Appends lpadding, sign, prefix, spadding, grouped digits, decimal point, remainder, rpadding to sb.
     */
    private static void fillNumber(StringBuilder sb, String prefix, char signChar, String digits, int nDigits,
            boolean hasDecimal, String remainder, Spec f, int thousands, boolean toUpperPrefix) {
        char sign = 0;
        switch (f.sign) {
            case '+' -> sign = signChar == '-' ? '-' : '+';
            case ' ' -> sign = signChar == '-' ? '-' : ' ';
            default -> sign = signChar == '-' ? '-' : 0;
        }
        int nSign = sign != 0 ? 1 : 0;
        long nonDigit = nSign + prefix.length() + (hasDecimal ? 1 : 0) + remainder.length();
        long minWidth = f.fill == '0' && f.align == '=' ? f.width - nonDigit : 0;
        String grouped = nDigits == 0 ? "" : group(digits, nDigits, minWidth, thousands);
        long padding = f.width - (nonDigit + grouped.length());
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        repeat(sb, f.fill, lpad);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(toUpperPrefix ? prefix.toUpperCase(java.util.Locale.ROOT) : prefix);
        repeat(sb, f.fill, spad);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        repeat(sb, f.fill, rpad);
    }

    private static void repeat(StringBuilder sb, int cp, long n) {
        if (n <= 0) {
            return;
        }
        if (n > Integer.MAX_VALUE - 16) {
            throw new OutOfMemoryError();
        }
        if (cp < 0x10000) {
            sb.repeat((char) cp, (int) n);
        } else {
            sb.repeat(cp, (int) n);
        }
    }

    /**
     * {@code _PyUnicode_InsertThousandsGrouping}: the first {@code n} characters of {@code digits} with
     * separators, zero-padded on the left to at least {@code minWidth} characters (separators included).
     */
    private static String group(String digits, int n, long minWidth, int thousands) {
        int every;
        char sep;
        switch (thousands) {
            case LT_DEFAULT_LOCALE -> {
                every = 3;
                sep = ',';
            }
            case LT_UNDERSCORE_LOCALE -> {
                every = 3;
                sep = '_';
            }
            case LT_UNDER_FOUR_LOCALE -> {
                every = 4;
                sep = '_';
            }
            default -> {
                every = 0;
                sep = 0;
            }
        }
        if (every == 0 && minWidth <= n) {
            return digits.substring(0, n);
        }
        StringBuilder out = new StringBuilder();   // built right to left, reversed at the end
        long remaining = n;
        int dpos = n;
        boolean useSep = false;
        boolean broken = false;
        if (every > 0) {
            while (true) {
                long l = Math.min(every, Math.max(Math.max(remaining, minWidth), 1));
                long zeros = Math.max(0, l - remaining);
                long chars = Math.max(0, Math.min(remaining, l));
                if (useSep) {
                    out.append(sep);
                }
                for (long i = 0; i < chars; i++) {
                    out.append(digits.charAt(--dpos));
                }
                repeat(out, '0', zeros);
                useSep = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken) {
            long l = Math.max(Math.max(remaining, minWidth), 1);
            long zeros = Math.max(0, l - remaining);
            long chars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                out.append(sep);
            }
            for (long i = 0; i < chars; i++) {
                out.append(digits.charAt(--dpos));
            }
            repeat(out, '0', zeros);
        }
        return out.reverse().toString();
    }

    /** {@code calc_padding} applied: the text padded to the width with the fill character. */
    private static PyStr padded(String text, int nchars, Spec f, boolean bmp) {
        long total = f.width >= 0 && f.width > nchars ? f.width : nchars;
        long lpad = switch (f.align) {
            case '>' -> total - nchars;
            case '^' -> (total - nchars) / 2;
            default -> 0;
        };
        long rpad = total - nchars - lpad;
        if (lpad == 0 && rpad == 0) {
            return bmp ? PyStr.ofChars(text) : PyStr.of(text);
        }
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, text.length() + lpad + rpad));
        repeat(sb, f.fill, lpad);
        sb.append(text);
        repeat(sb, f.fill, rpad);
        return bmp && f.fill < 0x10000 ? PyStr.ofChars(sb.toString()) : PyStr.of(sb.toString());
    }

    // ---------------------------------------------------------------------------------------------
    // int

    static PyStr formatInt(PyInt v, String specText) {
        return formatInt(v, specText, v.type().getName());
    }

    /** {@code _PyLong_FormatAdvancedWriter} for a non-empty spec. */
    static PyStr formatInt(PyInt v, String specText, String typeName) {
        Spec f = parse(specText, typeName, 'd', '>');
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return formatLongInternal(v, f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloatInternal(v.toDouble(), f);
            default:
                throw unknownPresentationType(f.type, typeName);
        }
    }

    private static PyStr formatLongInternal(PyInt v, Spec f) {
        if (f.precision != -1) {
            throw PyErr.format(PyExc.ValueError, "Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw PyErr.format(PyExc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        }
        StringBuilder sb = new StringBuilder();
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PyErr.format(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PyErr.format(PyExc.ValueError,
                        "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!v.isSmall()) {
                throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
            }
            if (v.value < 0 || v.value > 0x10ffff) {
                throw PyErr.format(PyExc.OverflowError, "%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars((int) v.value));
            fillNumber(sb, "", (char) 0, "", 0, false, ch, f, LT_NO_LOCALE, false);
            return PyStr.of(sb.toString());   // the character itself may be astral
        }
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits;
        boolean negative;
        if (v.isSmall()) {
            negative = v.value < 0;
            digits = negative && v.value == Long.MIN_VALUE ? BigInteger.valueOf(v.value).negate().toString(radix)
                    : Long.toString(Math.abs(v.value), radix);
        } else {
            negative = v.big.signum() < 0;
            if (radix == 10) {
                PyInt.checkStrDigits(v.big); // _PyLong_Format's decimal conversion has the limit
            }
            digits = v.big.abs().toString(radix);
        }
        if (f.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        String prefix = "";
        if (f.alternate) {
            prefix = switch (f.type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x', 'X' -> "0x";
                default -> "";
            };
        }
        int thousands = f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands;
        fillNumber(sb, prefix, negative ? '-' : 0, digits, digits.length(), false, "", f, thousands, f.type == 'X');
        return result(sb.toString(), f);
    }

    // ---------------------------------------------------------------------------------------------
    // float

    static PyStr formatFloat(double d, String specText) {
        return formatFloat(d, specText, "float");
    }

    /** {@code _PyFloat_FormatAdvancedWriter} for a non-empty spec. */
    static PyStr formatFloat(double d, String specText, String typeName) {
        Spec f = parse(specText, typeName, 0, '>');
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return formatFloatInternal(d, f);
            default:
                throw unknownPresentationType(f.type, typeName);
        }
    }

    private static PyStr formatFloatInternal(double val, Spec f) {
        if (f.precision > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.ValueError, "precision too big");
        }
        int precision = (int) f.precision;
        int flags = 0;
        int defaultPrecision = 6;
        boolean addPct = false;
        if (f.alternate) {
            flags |= DTSF_ALT;
        }
        if (f.noNegZero) {
            flags |= DTSF_NO_NEG_0;
        }
        int type = f.type;
        if (type == 0) {
            flags |= DTSF_ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        if (type == '%') {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String buf = doubleToString(val, (char) type, precision, flags);
        if (addPct) {
            buf = buf + "%";
        }
        if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && f.thousands == LT_NO_LOCALE) {
            return PyStr.ofChars(buf);
        }
        return result(layoutFloat(buf, f, f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands, f), f);
    }

    /** Splits a formatted float into sign, digits, decimal point and remainder and lays it out. */
    private static String layoutFloat(String buf, Spec signSpec, int thousands, Spec layout) {
        char signChar = 0;
        int index = 0;
        if (buf.charAt(0) == '-') {
            signChar = '-';
            index = 1;
        }
        String body = buf.substring(index);
        int p = 0;
        while (p < body.length() && body.charAt(p) >= '0' && body.charAt(p) <= '9') {
            p++;
        }
        boolean hasDecimal = p < body.length() && body.charAt(p) == '.';
        String remainder = body.substring(hasDecimal ? p + 1 : p);
        StringBuilder sb = new StringBuilder();
        Spec s = layout;
        if (signSpec != layout) {
            s = new Spec();
            s.fill = layout.fill;
            s.align = layout.align;
            s.width = layout.width;
            s.sign = signSpec.sign;
        }
        fillNumber(sb, "", signChar, body, p, hasDecimal, remainder, s, thousands, false);
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // complex

    /** {@code _PyComplex_FormatAdvancedWriter} for a non-empty spec. */
    static PyStr formatComplex(double re, double im, String specText, String typeName) {
        Spec f = parse(specText, typeName, 0, '>');
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
                break;
            default:
                throw unknownPresentationType(f.type, typeName);
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.ValueError, "precision too big");
        }
        int precision = (int) f.precision;
        if (f.fill == '0') {
            throw PyErr.format(PyExc.ValueError, "Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PyErr.format(PyExc.ValueError, "'=' alignment flag is not allowed in complex format specifier");
        }
        int flags = 0;
        if (f.alternate) {
            flags |= DTSF_ALT;
        }
        if (f.noNegZero) {
            flags |= DTSF_NO_NEG_0;
        }
        int type = f.type;
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean addParens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                addParens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String reBuf = doubleToString(re, (char) type, precision, flags);
        String imBuf = doubleToString(im, (char) type, precision, flags);
        int thousands = f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands;
        // Compose without padding (fill '\0', align '<', width -1), then pad the whole.
        Spec tmp = new Spec();
        tmp.fill = 0;
        tmp.align = '<';
        tmp.width = -1;
        tmp.sign = f.sign;
        StringBuilder sb = new StringBuilder();
        if (addParens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(layoutFloat(reBuf, tmp, thousands, tmp));
            tmp.sign = '+';
        }
        sb.append(layoutFloat(imBuf, tmp, thousands, tmp));
        sb.append('j');
        if (addParens) {
            sb.append(')');
        }
        String text = sb.toString();
        return padded(text, text.length(), f, true);
    }

    // ---------------------------------------------------------------------------------------------
    // str

    /** {@code _PyUnicode_FormatAdvancedWriter} for a non-empty spec. */
    static PyStr formatStr(PyStr value, String specText, String typeName) {
        Spec f = parse(specText, typeName, 's', '<');
        if (f.type != 's') {
            throw unknownPresentationType(f.type, typeName);
        }
        if (f.sign != 0) {
            if (f.sign == ' ') {
                throw PyErr.format(PyExc.ValueError, "Space not allowed in string format specifier");
            }
            throw PyErr.format(PyExc.ValueError, "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw PyErr.format(PyExc.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyErr.format(PyExc.ValueError, "Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyErr.format(PyExc.ValueError, "'=' alignment not allowed in string format specifier");
        }
        int len = value.length();
        if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) {
            return value.getClass() == PyStr.class ? value : PyStr.of(value.toString());
        }
        if (f.precision >= 0 && len >= f.precision) {
            len = (int) f.precision;
        }
        String text = len == value.length() ? value.toString() : value.substring(0, len).toString();
        return padded(text, len, f, value.isBmp());
    }

    // ---------------------------------------------------------------------------------------------
    // PyOS_double_to_string

    /**
     * {@code PyOS_double_to_string(val, type, precision, flags)}: type one of 'e', 'E', 'f', 'F', 'g', 'G',
     * 'r'; flags {@code DTSF_*}.
     */
    static String doubleToString(double val, char type, int precision, int flags) {
        boolean upper = false;
        int mode;
        switch (type) {
            case 'E':
                upper = true;
                type = 'e';
            case 'e':
                mode = 2;
                precision++;
                break;
            case 'F':
                upper = true;
                type = 'f';
            case 'f':
                mode = 3;
                break;
            case 'G':
                upper = true;
                type = 'g';
            case 'g':
                mode = 2;
                if (precision == 0) {
                    precision = 1;
                }
                break;
            default:
                mode = 0;
                break;
        }
        boolean sign = Double.doubleToRawLongBits(val) < 0;
        StringBuilder sb = new StringBuilder();
        if (Double.isNaN(val)) {
            // the sign of a nan is ignored, but a requested '+' is still added
            return ((flags & DTSF_SIGN) != 0 ? "+" : "") + (upper ? "NAN" : "nan");
        }
        if (Double.isInfinite(val)) {
            if (sign) {
                sb.append('-');
            } else if ((flags & DTSF_SIGN) != 0) {
                sb.append('+');
            }
            return sb.append(upper ? "INF" : "inf").toString();
        }
        String digits;
        int decpt;
        double a = Math.abs(val);
        if (a == 0) {
            digits = "0";
            decpt = 1;
        } else if (mode == 0) {
            String r = AstRepr.floatRepr(a, false);
            int e = r.indexOf('e');
            int exp = e >= 0 ? Integer.parseInt(r.substring(e + 1)) : 0;
            String m = e >= 0 ? r.substring(0, e) : r;
            int dot = m.indexOf('.');
            int intLen = dot >= 0 ? dot : m.length();
            String all = dot >= 0 ? m.substring(0, dot) + m.substring(dot + 1) : m;
            int lead = 0;
            while (lead < all.length() - 1 && all.charAt(lead) == '0') {
                lead++;
            }
            int trail = all.length();
            while (trail > lead + 1 && all.charAt(trail - 1) == '0') {
                trail--;
            }
            digits = all.substring(lead, trail);
            decpt = intLen - lead + exp;
        } else if (mode == 2) {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(precision, RoundingMode.HALF_EVEN));
            String u = bd.unscaledValue().toString();
            decpt = u.length() - bd.scale();
            digits = stripZeros(u);
        } else if (precision <= 3 && fixedFast(a, precision)) {
            // a * 10**precision rounded half-even, computed exactly in a long (see fixedFast)
            long q = fixedDigits(a, precision);
            if (q == 0) {
                digits = "";
                decpt = -precision;
            } else {
                String us = Long.toString(q);
                decpt = us.length() - precision;
                digits = stripZeros(us);
            }
        } else {
            BigDecimal bd = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN);
            BigInteger u = bd.unscaledValue();
            if (u.signum() == 0) {
                digits = "";
                decpt = -precision;
            } else {
                String us = u.toString();
                decpt = us.length() - precision;
                digits = stripZeros(us);
            }
        }
        boolean addDot0 = (flags & DTSF_ADD_DOT_0) != 0;
        boolean alt = (flags & DTSF_ALT) != 0;
        int digitsLen = digits.length();
        if ((flags & DTSF_NO_NEG_0) != 0 && sign && (digitsLen == 0 || (digitsLen == 1 && digits.charAt(0) == '0'))) {
            sign = false;
        }
        boolean useExp = false;
        int exp = 0;
        int vdigitsEnd = digitsLen;
        switch (type) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
            }
            default -> {
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if (sign) {
            sb.append('-');
        } else if ((flags & DTSF_SIGN) != 0) {
            sb.append('+');
        }
        if (decpt <= 0) {
            sb.repeat('0', decpt - vdigitsStart);
            sb.append('.');
            sb.repeat('0', -decpt);
        } else {
            sb.repeat('0', -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            sb.repeat('0', decpt - digitsLen);
            sb.append('.');
            sb.repeat('0', vdigitsEnd - decpt);
        } else {
            sb.repeat('0', vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    private static final long[] POW10 = {1, 10, 100, 1000};

    /**
     * Whether {@link #fixedDigits} applies: a = m * 2**-k with 1 <= k <= 62, so that m * 10**p (p <= 3,
     * m < 2**53) fits in a long and the shift is exact.
     */
    private static boolean fixedFast(double a, int p) {
        int exp = (int) ((Double.doubleToRawLongBits(a) >>> 52) & 0x7ff);
        int k = exp == 0 ? 1074 : 1075 - exp;
        return k >= 1 && k <= 62;
    }

    /** round_half_even(a * 10**p) for a = m * 2**-k (see fixedFast): the exact 'f' digits as a long. */
    private static long fixedDigits(double a, int p) {
        long bits = Double.doubleToRawLongBits(a);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        int k;
        if (exp == 0) {
            k = 1074;
        } else {
            m |= 1L << 52;
            k = 1075 - exp;
        }
        long num = m * POW10[p];
        long q = num >>> k;
        long rem = num & ((1L << k) - 1);
        long half = 1L << (k - 1);
        if (rem > half || (rem == half && (q & 1) == 1)) {
            q++;
        }
        return q;
    }

    private static String stripZeros(String u) {
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return u.substring(0, end);
    }
}
