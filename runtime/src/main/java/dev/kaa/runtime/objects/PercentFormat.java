package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyNumber;

/**
 * printf-style formatting, {@code str % args} ({@code PyUnicode_Format} in CPython's unicodeobject.c):
 * conversions {@code s r a d i u o x X e E f F g G c %}, flags {@code -+ #0}, width and precision
 * (or {@code *}), and {@code %(key)s} with a mapping.
 */
final class PercentFormat {
    private PercentFormat() {
    }

    static PyStr format(PyStr fmt, PyObject args) {
        String f = fmt.toString();
        // While every piece is in the one-char-per-code-point form, lengths are String lengths and the
        // result needs no scan for surrogate pairs (a pair of lone surrogates must stay two code points).
        boolean wide = !fmt.isBmp();
        StringBuilder out = new StringBuilder(f.length() + 16);
        boolean isTuple = args instanceof PyTuple;
        PyObject[] items = isTuple ? ((PyTuple) args).array() : new PyObject[] {args};
        boolean mapping = !isTuple && args.type().mp_subscript != null && !(args instanceof PyStr);
        int argi = 0;
        boolean usedMapping = false;
        int n = f.length();
        for (int i = 0; i < n; i++) {
            int pct = f.indexOf('%', i);
            if (pct < 0) {
                out.append(f, i, n);
                break;
            }
            out.append(f, i, pct);
            i = pct + 1;
            if (i >= n) {
                throw PyErr.format(PyExc.ValueError, "incomplete format");
            }
            int specStart = i;
            PyObject value = null;
            if (f.charAt(i) == '(') {
                if (!mapping) {
                    throw PyErr.format(PyExc.TypeError, "format requires a mapping");
                }
                int depth = 1;
                int ks = ++i;
                while (i < n && depth > 0) {
                    if (f.charAt(i) == '(') {
                        depth++;
                    } else if (f.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyErr.format(PyExc.ValueError, "incomplete format key");
                }
                value = Abstract.getItem(args, PyStr.of(f.substring(ks, i - 1)));
                usedMapping = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            for (; i < n; i++) {
                char fl = f.charAt(i);
                if (fl == '-') {
                    left = true;
                } else if (fl == '+') {
                    plus = true;
                } else if (fl == ' ') {
                    space = true;
                } else if (fl == '#') {
                    alt = true;
                } else if (fl == '0') {
                    zero = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && f.charAt(i) == '*') {
                if (argi >= items.length) {
                    throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
                }
                if (!(items[argi] instanceof PyInt)) {
                    throw PyErr.format(PyExc.TypeError, "* wants int");
                }
                width = (int) Abstract.asIndex(items[argi++], PyExc.OverflowError);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int ws = i;
                while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                    i++;
                }
                if (i > ws) {
                    long w = 0;
                    for (int k = ws; k < i; k++) {
                        int d = f.charAt(k) - '0';
                        if (w > (Long.MAX_VALUE - d) / 10) {
                            throw PyErr.format(PyExc.ValueError, "width too big");
                        }
                        w = w * 10 + d;
                    }
                    if (w > Integer.MAX_VALUE - 16) {
                        throw PyErr.newException(PyExc.MemoryError);
                    }
                    width = (int) w;
                }
            }
            int prec = -1;
            if (i < n && f.charAt(i) == '.') {
                i++;
                if (i < n && f.charAt(i) == '*') {
                    if (argi >= items.length) {
                        throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
                    }
                    if (!(items[argi] instanceof PyInt)) {
                        throw PyErr.format(PyExc.TypeError, "* wants int");
                    }
                    prec = (int) Abstract.asIndex(items[argi++], PyExc.OverflowError);
                    if (prec < 0) {
                        prec = 0;
                    }
                    i++;
                } else {
                    int ps = i;
                    while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                        i++;
                    }
                    long p = 0;
                    for (int k = ps; k < i; k++) {
                        int d = f.charAt(k) - '0';
                        if (p > (Integer.MAX_VALUE - d) / 10) {
                            throw PyErr.format(PyExc.ValueError, "precision too big");
                        }
                        p = p * 10 + d;
                    }
                    prec = (int) p;
                }
            }
            while (i < n && (f.charAt(i) == 'h' || f.charAt(i) == 'l' || f.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErr.format(PyExc.ValueError, "incomplete format");
            }
            char conv = f.charAt(i);
            if (conv == '%' && i == specStart) {
                // only "%%" is a literal percent; '%' after flags, width or a key is an unsupported conversion
                out.append('%');
                continue;
            }
            if (value == null) {
                if (argi >= items.length) {
                    throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
                }
                value = items[argi++];
            }
            String body;
            String sign = "";
            boolean numeric = false;
            switch (conv) {
                case 's' -> {
                    PyStr ps = value.getClass() == PyStr.class ? (PyStr) value : Abstract.str(value);
                    wide |= !ps.isBmp();
                    body = ps.toString();
                }
                case 'r' -> {
                    PyStr ps = Abstract.repr(value);
                    wide |= !ps.isBmp();
                    body = ps.toString();
                }
                case 'a' -> body = ascii(Abstract.repr(value).toString());
                case 'd', 'i', 'u' -> {
                    numeric = true;
                    PyInt v = toInt(value, conv, true);
                    if (!v.isSmall()) {
                        PyInt.checkStrDigits(v.big); // %d converts to decimal: the int/str digit limit applies
                        body = v.big.abs().toString();
                    } else {
                        body = v.value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(v.value));
                    }
                    sign = v.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    if (prec > body.length()) {
                        body = "0".repeat(prec - body.length()) + body;
                    }
                }
                case 'o', 'x', 'X' -> {
                    numeric = true;
                    PyInt v = toInt(value, conv, false);
                    int radix = conv == 'o' ? 8 : 16;
                    body = v.isSmall() && v.value != Long.MIN_VALUE ? Long.toString(Math.abs(v.value), radix)
                            : v.toBig().abs().toString(radix);
                    if (conv == 'X') {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    if (prec > body.length()) {
                        body = "0".repeat(prec - body.length()) + body;
                    }
                    if (alt) {
                        body = (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") + body;
                    }
                    sign = v.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    numeric = true;
                    if (!(value instanceof PyFloat) && !(value instanceof PyInt) && value.type().nb_float == null
                            && value.type().nb_index == null) {
                        throw PyErr.format(PyExc.TypeError, "must be real number, not %s", value.type().getName());
                    }
                    double d = PyFloat.asDouble(value);
                    // what format(abs(d), "[#].<prec><conv>") does, without building and parsing the spec
                    body = Formatting.doubleToString(Math.abs(d), conv, prec < 0 ? 6 : prec,
                            alt ? Formatting.DTSF_ALT : 0);
                    boolean neg = Double.doubleToRawLongBits(d) < 0 && !Double.isNaN(d);
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                }
                case 'c' -> {
                    if (value instanceof PyStr s) {
                        if (s.length() != 1) {
                            throw PyErr.format(PyExc.TypeError, "%c requires int or char");
                        }
                        wide |= !s.isBmp();
                        body = s.toString();
                    } else if (value instanceof PyInt || value.type().nb_index != null) {
                        PyInt v = PyNumber.index(value);
                        if (!v.isSmall() || v.value < 0 || v.value > 0x10ffff) {
                            throw PyErr.format(PyExc.OverflowError, "%c arg not in range(0x110000)");
                        }
                        wide |= v.value > 0xFFFF;
                        body = new String(Character.toChars((int) v.value));
                    } else {
                        throw PyErr.format(PyExc.TypeError, "%c requires int or char");
                    }
                }
                default -> throw PyErr.format(PyExc.ValueError, "unsupported format character '%c' (0x%x) at index %d",
                        conv, (int) conv, i);
            }
            if (!numeric && prec >= 0 && conv != 'c' && (wide ? body.codePointCount(0, body.length()) : body.length()) > prec) {
                body = body.substring(0, wide ? body.offsetByCodePoints(0, prec) : prec);
            }
            int len = (wide ? body.codePointCount(0, body.length()) : body.length()) + sign.length();
            if (width > len) {
                if (left) {
                    out.append(sign).append(body).repeat(' ', width - len);
                } else if (zero && numeric) {
                    String prefix = "";
                    if (alt && (conv == 'x' || conv == 'X' || conv == 'o')) {
                        prefix = body.substring(0, 2);
                        body = body.substring(2);
                    }
                    out.append(sign).append(prefix).repeat('0', width - len).append(body);
                } else {
                    out.repeat(' ', width - len).append(sign).append(body);
                }
            } else {
                out.append(sign).append(body);
            }
        }
        if (!usedMapping && argi < items.length && !mapping) {
            throw PyErr.format(PyExc.TypeError, "not all arguments converted during string formatting");
        }
        return wide ? PyStr.of(out.toString()) : PyStr.ofChars(out.toString());
    }

    private static PyInt toInt(PyObject value, char conv, boolean allowFloat) {
        if (value instanceof PyInt i) {
            return i;
        }
        if (allowFloat && (value instanceof PyFloat || value.type().nb_int != null)) {
            return PyNumber.toInt(value);
        }
        if (value.type().nb_index != null) {
            return PyNumber.index(value);
        }
        if (allowFloat) {
            throw PyErr.format(PyExc.TypeError, "%%%c format: a real number is required, not %s", conv,
                    value.type().getName());
        }
        throw PyErr.format(PyExc.TypeError, "%%%c format: an integer is required, not %s", conv,
                value.type().getName());
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }
}
