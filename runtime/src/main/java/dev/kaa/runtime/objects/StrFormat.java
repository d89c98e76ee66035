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

    private void render(int start, int end, int depth, StringBuilder out) {
        if (depth <= 0) {
            throw PyErr.format(PyExc.ValueError, "Max string recursion exceeded");
        }
        int i = start;
        while (i < end) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < end && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                // Find the matching '}', counting nested braces.
                int level = 1;
                int j = i + 1;
                while (j < end && level > 0) {
                    char d = fmt.charAt(j);
                    if (d == '{') {
                        level++;
                    } else if (d == '}') {
                        level--;
                    }
                    j++;
                }
                if (level > 0) {
                    throw PyErr.format(PyExc.ValueError, i + 1 >= end ? "Single '{' encountered in format string"
                            : "expected '}' before end of string");
                }
                field(i + 1, j - 1, depth, out);
                i = j;
            } else if (c == '}') {
                if (i + 1 < end && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.format(PyExc.ValueError, "Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private void field(int start, int end, int depth, StringBuilder out) {
        // field_name [! conversion] [: spec]; '[' ... ']' may contain '!' or ':'.
        int i = start;
        boolean inBracket = false;
        while (i < end) {
            char c = fmt.charAt(i);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (!inBracket && (c == '!' || c == ':')) {
                break;
            }
            i++;
        }
        String name = fmt.substring(start, i);
        char conversion = 0;
        if (i < end && fmt.charAt(i) == '!') {
            if (i + 1 >= end) {
                throw PyErr.format(PyExc.ValueError, "end of string while looking for conversion specifier");
            }
            conversion = fmt.charAt(i + 1);
            i += 2;
            if (i < end && fmt.charAt(i) != ':') {
                throw PyErr.format(PyExc.ValueError, "expected ':' after conversion specifier");
            }
        }
        String spec = "";
        if (i < end && fmt.charAt(i) == ':') {
            StringBuilder sb = new StringBuilder();
            render(i + 1, end, depth - 1, sb);
            spec = sb.toString();
        }
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
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (numbering == 1) {
                throw PyErr.format(PyExc.ValueError,
                        "cannot switch from automatic field numbering to manual field specification");
            }
            numbering = 2;
            obj = positional(Integer.parseInt(first));
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
                obj = Abstract.getItem(obj, key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key))
                        : PyStr.of(key));
            } else {
                throw PyErr.format(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private PyObject positional(int index) {
        if (index >= args.length) {
            throw PyErr.format(PyExc.IndexError, "Replacement index %d out of range for positional args tuple", index);
        }
        return args[index];
    }
}
