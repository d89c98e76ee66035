package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.PyStr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decoding of string and bytes literals, as CPython's Parser/string_parser.c (_PyPegen_parse_string,
 * decode_unicode_with_escapes, decode_bytes_with_escapes) and the 'unicode_escape' codec it relies on.
 * Decoding errors are reported with CPython's codec messages so the parser can raise
 * "(unicode error) ..." / "(value error) ..." SyntaxErrors. Invalid escape sequences are only warnings
 * in CPython; they are accepted here.
 */
public final class StrLiteral {
    private StrLiteral() {
    }

    /** A codec error: {@code errtype} is "unicode error" or "value error". */
    static final class DecodeError extends RuntimeException {
        final String errtype;

        DecodeError(String errtype, String msg) {
            super(msg, null, false, false);
            this.errtype = errtype;
        }
    }

    /** "bytes can only contain ASCII literal characters" (the caller raises it at the token). */
    static final class NonAsciiBytes extends RuntimeException {
        NonAsciiBytes() {
            super(null, null, false, false);
        }
    }

    /** The value of a STRING token's text (prefix and quotes included): a String/PyStr, or byte[]. */
    static Object parseString(String s) {
        int i = 0;
        boolean bytesmode = false;
        boolean rawmode = false;
        char quote = s.charAt(0);
        while (Character.isLetter(quote) && quote < 0x80) {
            if (quote == 'b' || quote == 'B') {
                bytesmode = true;
            } else if (quote == 'r' || quote == 'R') {
                rawmode = true;
            } else if (quote != 'u' && quote != 'U') {
                break;
            }
            quote = s.charAt(++i);
        }
        int start = i + 1;
        int end = s.length() - 1;
        if (end - start >= 4 && s.charAt(start) == quote && s.charAt(start + 1) == quote) {
            start += 2;
            end -= 2;
        }
        String body = s.substring(start, end);
        boolean raw = rawmode || body.indexOf('\\') < 0;
        if (bytesmode) {
            for (int k = 0; k < body.length(); k++) {
                if (body.charAt(k) >= 0x80) {
                    throw new NonAsciiBytes();
                }
            }
            if (raw) {
                return body.getBytes(StandardCharsets.ISO_8859_1);
            }
            return decodeBytesWithEscapes(body);
        }
        return decodeString(raw, body);
    }

    /** _PyPegen_decode_string: the text as is when raw, else with escapes decoded. */
    static Object decodeString(boolean raw, String s) {
        if (raw) {
            return s;
        }
        return decodeUnicodeWithEscapes(s);
    }

    /**
     * decode_unicode_with_escapes: non-ASCII characters are first rewritten as \UXXXXXXXX (and a
     * backslash before one, or at the end, as \u005c), then the ASCII buffer goes through the
     * unicode_escape codec — so error positions are positions in that rewritten buffer, as in CPython.
     */
    static Object decodeUnicodeWithEscapes(String s) {
        StringBuilder buf = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                buf.append('\\');
                i++;
                if (i >= n || s.charAt(i) >= 0x80) {
                    buf.append("u005c");
                    if (i >= n) {
                        break;
                    }
                }
                c = s.charAt(i);
            }
            if (c >= 0x80) {
                while (i < n && s.charAt(i) >= 0x80) {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    buf.append("\\U");
                    String hex = Integer.toHexString(cp);
                    for (int k = hex.length(); k < 8; k++) {
                        buf.append('0');
                    }
                    buf.append(hex);
                }
            } else {
                buf.append(c);
                i++;
            }
        }
        return unicodeEscapeDecode(buf);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static DecodeError codecError(CharSequence buf, int startinpos, int endinpos, String message) {
        String m;
        if (endinpos == startinpos + 1) {
            m = String.format("'unicodeescape' codec can't decode byte 0x%02x in position %d: %s",
                    (int) buf.charAt(startinpos), startinpos, message);
        } else {
            m = "'unicodeescape' codec can't decode bytes in position " + startinpos + "-" + (endinpos - 1)
                    + ": " + message;
        }
        return new DecodeError("unicode error", m);
    }

    /** _PyUnicode_DecodeUnicodeEscapeInternal over an ASCII buffer, strict errors. */
    private static Object unicodeEscapeDecode(CharSequence buf) {
        int n = buf.length();
        int[] out = new int[n];
        int o = 0;
        boolean surrogate = false;
        int s = 0;
        while (s < n) {
            char c = buf.charAt(s);
            if (c != '\\') {
                out[o++] = c;
                s++;
                continue;
            }
            int startinpos = s;
            s++;
            if (s >= n) {
                throw codecError(buf, startinpos, s, "\\ at end of string");
            }
            c = buf.charAt(s++);
            switch (c) {
                case '\n' -> {
                }
                case '\\' -> out[o++] = '\\';
                case '\'' -> out[o++] = '\'';
                case '"' -> out[o++] = '"';
                case 'b' -> out[o++] = '\b';
                case 'f' -> out[o++] = '\f';
                case 't' -> out[o++] = '\t';
                case 'n' -> out[o++] = '\n';
                case 'r' -> out[o++] = '\r';
                case 'v' -> out[o++] = 0x0b;
                case 'a' -> out[o++] = 0x07;
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (s < n && buf.charAt(s) >= '0' && buf.charAt(s) <= '7') {
                        ch = (ch << 3) + buf.charAt(s++) - '0';
                        if (s < n && buf.charAt(s) >= '0' && buf.charAt(s) <= '7') {
                            ch = (ch << 3) + buf.charAt(s++) - '0';
                        }
                    }
                    out[o++] = ch;
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String message = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (; count > 0; ++s, --count) {
                        if (s >= n) {
                            throw codecError(buf, startinpos, s, message);
                        }
                        int d = hexValue(buf.charAt(s));
                        if (d < 0) {
                            throw codecError(buf, startinpos, s, message);
                        }
                        ch = (ch << 4) + d;
                    }
                    if (ch > 0x10FFFF) {
                        throw codecError(buf, startinpos, s, "illegal Unicode character");
                    }
                    if (ch >= 0xD800 && ch <= 0xDFFF) {
                        surrogate = true;
                    }
                    out[o++] = (int) ch;
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (s >= n) {
                        throw codecError(buf, startinpos, s, message);
                    }
                    if (buf.charAt(s) == '{') {
                        int nameStart = ++s;
                        while (s < n && buf.charAt(s) != '}') {
                            s++;
                        }
                        if (s >= n) {
                            throw codecError(buf, startinpos, s, message);
                        }
                        if (s > nameStart) {
                            String name = buf.subSequence(nameStart, s).toString();
                            s++;
                            int cp = StrUnicodeNames.lookup(name);
                            if (cp >= 0) {
                                out[o++] = cp;
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw codecError(buf, startinpos, s, message);
                }
                default -> {
                    // an invalid escape: kept as is (CPython warns)
                    out[o++] = '\\';
                    out[o++] = c;
                }
            }
        }
        if (surrogate) {
            return new PyStr(java.util.Arrays.copyOf(out, o));
        }
        return new String(out, 0, o);
    }

    /** _PyBytes_DecodeEscape, strict: invalid \x is a ValueError. */
    static byte[] decodeBytesWithEscapes(String s) {
        int n = s.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw new DecodeError("value error", "Trailing \\ in string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        ch = (ch << 3) + s.charAt(i++) - '0';
                        if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                            ch = (ch << 3) + s.charAt(i++) - '0';
                        }
                    }
                    out.write(ch & 0xFF);
                }
                case 'x' -> {
                    if (i + 1 < n) {
                        int d1 = hexValue(s.charAt(i));
                        int d2 = hexValue(s.charAt(i + 1));
                        if (d1 >= 0 && d2 >= 0) {
                            out.write((d1 << 4) + d2);
                            i += 2;
                            break;
                        }
                    }
                    throw new DecodeError("value error", "invalid \\x escape at position " + (i - 2));
                }
                default -> {
                    out.write('\\');
                    out.write(c);
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * CPython's {@code warn_invalid_escape_sequence}: the SyntaxWarning message for the first invalid escape
     * of a (non-raw) string or bytes literal token, or null.
     */
    static String invalidEscapeWarning(String token) {
        int q = 0;
        boolean bytes = false;
        while (q < token.length() && token.charAt(q) != '\'' && token.charAt(q) != '"') {
            char c = Character.toLowerCase(token.charAt(q));
            if (c == 'r') {
                return null;
            }
            if (c == 'b') {
                bytes = true;
            }
            q++;
        }
        int quoteLen = token.startsWith("\"\"\"", q) || token.startsWith("\'\'\'", q) ? 3 : 1;
        int end = token.length() - quoteLen;
        for (int i = q + quoteLen; i < end - 1; i++) {
            if (token.charAt(i) != '\\') {
                continue;
            }
            char c = token.charAt(++i);
            switch (c) {
                case '\n', '\r', '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v', 'x' -> {
                }
                case 'N', 'u', 'U' -> {
                    if (bytes) {
                        return "invalid escape sequence '\\" + c + "'";
                    }
                }
                default -> {
                    if (c >= '0' && c <= '7') {
                        int j = i;
                        int v = 0;
                        while (j < end && j < i + 3 && token.charAt(j) >= '0' && token.charAt(j) <= '7') {
                            v = v * 8 + token.charAt(j) - '0';
                            j++;
                        }
                        if (v > 0377) {
                            return "invalid octal escape sequence '\\" + token.substring(i, j) + "'";
                        }
                        i = j - 1;
                    } else {
                        return "invalid escape sequence '\\" + new String(Character.toChars(token.codePointAt(i))) + "'";
                    }
                }
            }
        }
        return null;
    }
}
