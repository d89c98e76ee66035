package dev.kaa.runtime.objects;

import dev.kaa.runtime.PyErr;

/**
 * Decoding with the {@code unicode_escape} and {@code raw_unicode_escape} codecs
 * ({@code _PyUnicode_DecodeUnicodeEscapeInternal} and {@code PyUnicode_DecodeRawUnicodeEscape}): bytes
 * other than escapes are Latin-1; malformed escapes go to the error handler with CPython's messages and
 * positions. (Encoding is {@link StrEncoder}'s.)
 */
final class EscapeCodecs {
    private EscapeCodecs() {
    }

    /** Whether {@code enc} (a normalized codec name) is one of these codecs. */
    static boolean isEscapeCodec(String enc) {
        return enc.equals("unicode-escape") || enc.equals("unicodeescape") || enc.equals("raw-unicode-escape")
                || enc.equals("rawunicodeescape");
    }

    static PyStr decode(byte[] b, String enc, String errors, PyObject obj) {
        boolean raw = enc.startsWith("raw");
        String codec = raw ? "rawunicodeescape" : "unicodeescape";
        StringBuilder sb = new StringBuilder(b.length);
        int end = b.length;
        int s = 0;
        while (s < end) {
            int c = b[s] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                s++;
                continue;
            }
            int start = s;
            String message;
            if (raw) {
                // u and U escapes are only interpreted after an odd number of backslashes
                int bs = s;
                while (s < end && b[s] == '\\') {
                    sb.append('\\');
                    s++;
                }
                int u = s < end ? b[s] & 0xff : -1;
                if (((s - bs) & 1) == 0 || (u != 'u' && u != 'U')) {
                    continue;
                }
                sb.setLength(sb.length() - 1);
                start = s - 1;
                s++;
                int count = u == 'u' ? 4 : 8;
                message = u == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                long ch = 0;
                boolean ok = true;
                for (; count > 0; s++, count--) {
                    int d = s < end ? Character.digit(b[s] & 0xff, 16) : -1;
                    if (d < 0 || (b[s] & 0xff) > 0x7f) {
                        ok = false;
                        break;
                    }
                    ch = (ch << 4) + d;
                }
                if (ok && ch > 0x10ffff) {
                    message = "\\Uxxxxxxxx out of range";
                    ok = false;
                }
                if (ok) {
                    sb.appendCodePoint((int) ch);
                    continue;
                }
                s = handle(sb, b, start, Math.min(s, end), errors, codec, message, obj);
                continue;
            }
            s++;
            if (s >= end) {
                s = handle(sb, b, start, end, errors, codec, "\\ at end of string", obj);
                continue;
            }
            c = b[s++] & 0xff;
            switch (c) {
                case '\n' -> {
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'v' -> sb.append('\u000b');
                case 'a' -> sb.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (s < end && b[s] >= '0' && b[s] <= '7') {
                        ch = (ch << 3) + b[s++] - '0';
                        if (s < end && b[s] >= '0' && b[s] <= '7') {
                            ch = (ch << 3) + b[s++] - '0';
                        }
                    }
                    sb.append((char) ch);
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    boolean ok = true;
                    for (; count > 0; s++, count--) {
                        int d = s < end && (b[s] & 0xff) < 0x80 ? Character.digit(b[s], 16) : -1;
                        if (d < 0) {
                            ok = false;
                            break;
                        }
                        ch = (ch << 4) + d;
                    }
                    if (ok && ch > 0x10ffff) {
                        message = "illegal Unicode character";
                        ok = false;
                    }
                    if (ok) {
                        sb.appendCodePoint((int) ch);
                    } else {
                        s = handle(sb, b, start, Math.min(s, end), errors, codec, message, obj);
                    }
                }
                case 'N' -> {
                    message = "malformed \\N character escape";
                    if (s < end && b[s] == '{') {
                        int nameStart = ++s;
                        while (s < end && b[s] != '}') {
                            s++;
                        }
                        if (s < end && s > nameStart) {
                            String name = new String(b, nameStart, s - nameStart,
                                    java.nio.charset.StandardCharsets.ISO_8859_1);
                            s++;
                            int cp = lookupName(name);
                            if (cp >= 0) {
                                sb.appendCodePoint(cp);
                                break;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    s = handle(sb, b, start, Math.min(s, end), errors, codec, message, obj);
                }
                default -> {
                    // an unknown escape is kept as it is
                    sb.append('\\').append((char) c);
                }
            }
        }
        return PyStr.of(sb.toString());
    }

    /** {@code unicodedata.lookup} for \N{...}: a character name (case-insensitive), or -1. */
    private static int lookupName(String name) {
        for (int k = 0; k < name.length(); k++) {
            char ch = name.charAt(k);
            if (!(ch == ' ' || ch == '-' || (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z')
                    || (ch >= 'a' && ch <= 'z'))) {
                return -1;
            }
        }
        try {
            return Character.codePointOf(name.trim().equals(name) ? name : "\u0000");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
    static int handle(StringBuilder sb, byte[] b, int start, int end, String errors, String codec,
            String reason, PyObject obj) {
        switch (errors) {
            case "strict" -> throw PyErr.newException(PyExc.UnicodeDecodeError, PyStr.of(codec), obj,
                    PyInt.of(start), PyInt.of(end), PyStr.of(reason));
            case "ignore" -> {
            }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    if ((b[k] & 0xff) < 0x80) {
                        throw PyErr.newException(PyExc.UnicodeDecodeError, PyStr.of(codec), obj, PyInt.of(start),
                                PyInt.of(end), PyStr.of(reason));
                    }
                }
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xdc00 + (b[k] & 0xff)));
                }
            }
            case "surrogatepass", "xmlcharrefreplace", "namereplace" -> throw PyErr.newException(
                    PyExc.UnicodeDecodeError, PyStr.of(codec), obj, PyInt.of(start), PyInt.of(end), PyStr.of(reason));
            default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
        }
        return end;
    }
}
