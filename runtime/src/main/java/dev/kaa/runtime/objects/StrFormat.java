package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/**
 * {@code str.format} and {@code str.format_map} (CPython's {@code Objects/stringlib/unicode_format.h}):
 * literal text with {@code {{ }}} escapes, replacement fields {@code {name.attr[key]!conv:spec}} with
 * automatic or manual numbering, nested fields in the spec (two levels), each value formatted with
 * {@code format(value, spec)}.
 */
final class StrFormat {
    private final String fmt;
    private final PyObject[] args;
    private final PyObject kwargs;
    private int autoIndex;
    /** 0 not yet known, 1 automatic, 2 manual. */
    private int numbering;

    private StrFormat(String fmt, PyObject[] args, PyObject kwargs) {
        this.fmt = fmt;
        this.args = args;
        this.kwargs = kwargs;
    }

    static PyStr format(PyStr fmt, PyObject[] args, PyObject kwargs) {
        StrFormat f = new StrFormat(fmt.toString(), args, kwargs);
        StringBuilder out = new StringBuilder();
        f.render(0, f.fmt.length(), 2, out);
        return PyStr.of(out.toString());
    }

    /** {@code build_string}: literal text and replacement fields of fmt[start, end), as MarkupIterator parses. */
    private void render(int start, int end, int depth, StringBuilder out) {
        if (depth <= 0) {
            throw PyErr.format(PyExc.ValueError, "Max string recursion exceeded");
        }
        int i = start;
        while (i < end) {
            char c = fmt.charAt(i++);
            if (c != '{' && c != '}') {
                out.append(c);
                continue;
            }
            boolean atEnd = i >= end;
            if (c == '}' && (atEnd || fmt.charAt(i) != '}')) {
                throw PyErr.format(PyExc.ValueError, "Single '}' encountered in format string");
            }
            if (atEnd) {
                throw PyErr.format(PyExc.ValueError, "Single '{' encountered in format string");
            }
            if (fmt.charAt(i) == c) {
                out.append(c);
                i++;
                continue;
            }
            i = field(i, end, depth, out);
        }
    }

    /** {@code parse_field} and {@code output_markup} for the field starting at fmt[i]; returns the index after it. */
    private int field(int i, int end, int depth, StringBuilder out) {
        int nameStart = i;
        char c = 0;
        while (i < end) {
            c = fmt.charAt(i++);
            if (c == '{') {
                throw PyErr.format(PyExc.ValueError, "unexpected '{' in field name");
            } else if (c == '[') {
                while (i < end && fmt.charAt(i) != ']') {
                    i++;
                }
                continue;
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = fmt.substring(nameStart, c == '}' || c == ':' || c == '!' ? i - 1 : i);
        char conversion = 0;
        int specStart = -1;
        int specEnd = -1;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (i >= end) {
                    throw PyErr.format(PyExc.ValueError, "end of string while looking for conversion specifier");
                }
                conversion = fmt.charAt(i++);
                if (i < end) {
                    char d = fmt.charAt(i++);
                    if (d == '}') {
                        done = true;
                    } else if (d != ':') {
                        throw PyErr.format(PyExc.ValueError, "expected ':' after conversion specifier");
                    }
                }
            }
            if (!done) {
                specStart = i;
                int count = 1;
                while (i < end) {
                    char d = fmt.charAt(i++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}') {
                        count--;
                        if (count == 0) {
                            specEnd = i - 1;
                            break;
                        }
                    }
                }
                if (specEnd < 0) {
                    throw PyErr.format(PyExc.ValueError, "unmatched '{' in format spec");
                }
            }
        } else if (c != '}') {
            throw PyErr.format(PyExc.ValueError, "expected '}' before end of string");
        }
        output(name, conversion, specStart, specEnd, expand, depth, out);
        return i;
    }

    private void output(String name, char conversion, int specStart, int specEnd, boolean expand, int depth,
            StringBuilder out) {
        PyObject value = resolve(name);
        switch (conversion) {
            case 0 -> {
            }
            case 'r' -> value = Abstract.repr(value);
            case 's' -> value = Abstract.str(value);
            case 'a' -> value = Abstract.call(dev.kaa.runtime.ThreadState.current().interp.builtinsDict()
                    .getItem(PyStr.of("ascii")), value);
            default -> throw PyErr.format(PyExc.ValueError, "Unknown conversion specifier %s",
                    String.valueOf(conversion));
        }
        String spec = "";
        if (specStart >= 0) {
            if (expand) {
                StringBuilder sb = new StringBuilder();
                render(specStart, specEnd, depth - 1, sb);
                spec = sb.toString();
            } else {
                spec = fmt.substring(specStart, specEnd);
            }
        }
        PyObject r = Abstract.callMethod(value, "__format__", PyStr.of(spec));
        if (!(r instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "__format__ must return a str, not %s", r.type().getName());
        }
        out.append(r);
    }

    private PyObject resolve(String name) {
        int i = 0;
        int n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        PyObject obj;
        if (first.isEmpty()) {
            if (numbering == 2) {
                throw PyErr.format(PyExc.ValueError,
                        "cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            obj = positional(autoIndex++);
        } else if (getInteger(first) >= 0) {
            if (numbering == 1) {
                throw PyErr.format(PyExc.ValueError,
                        "cannot switch from automatic field numbering to manual field specification");
            }
            numbering = 2;
            obj = positional(getInteger(first));
        } else {
            if (kwargs == null) {
                throw PyErr.newException(PyExc.KeyError, PyStr.of(first));
            }
            obj = Abstract.getItem(kwargs, PyStr.of(first));
        }
        while (i < n) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = ++i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == j) {
                    throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
                }
                obj = Abstract.getAttr(obj, PyStr.of(name.substring(j, i)));
            } else if (c == '[') {
                int j = ++i;
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw PyErr.format(PyExc.ValueError, "Missing ']' in format string");
                }
                String key = name.substring(j, i);
                i++;
                if (key.isEmpty()) {
                    throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
                }
                long k = getInteger(key);
                obj = Abstract.getItem(obj, k >= 0 ? PyInt.of(k) : PyStr.of(key));
            } else {
                throw PyErr.format(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    /** {@code get_integer}: the decimal value of s, -1 if it is not all decimal digits (or empty). */
    private static long getInteger(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int k = 0; k < s.length(); k++) {
            int d = Character.digit(s.charAt(k), 10);
            if (d < 0 || Character.getType(s.charAt(k)) != Character.DECIMAL_DIGIT_NUMBER) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.format(PyExc.ValueError, "Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    private PyObject positional(long index) {
        if (args == null) {
            // format_map(): there are no positional arguments to take from
            throw PyErr.format(PyExc.ValueError, "Format string contains positional fields");
        }
        if (index >= args.length) {
            throw PyErr.format(PyExc.IndexError, "Replacement index %d out of range for positional args tuple", index);
        }
        return args[(int) index];
    }
}
