package dev.kaa.compiler.tokenize;

import java.nio.charset.StandardCharsets;

/**
 * The unicode_escape and raw_unicode_escape codecs (Objects/unicodeobject.c
 * {@code _PyUnicode_DecodeUnicodeEscapeInternal2}, {@code _PyUnicode_DecodeRawUnicodeEscapeStateful}) as a
 * coding declaration can name them; see {@link PythonCodecs}.
 */
final class EscapeCodecs {
    private EscapeCodecs() {
    }

    private static int hexDigit(int c) {
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

    static void unicodeEscape(PythonCodecs.Out out) throws PythonCodecs.CodecError {
        byte[] b = out.b;
        int s = out.base;
        int end = out.end;
        StringBuilder sb = out.sb;
        while (s < end) {
            int c = b[s++] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                continue;
            }
            int startinpos = s - 1;
            String message;
            if (s >= end) {
                out.error("unicodeescape", startinpos, s, "\\ at end of string");
                continue;
            }
            c = b[s++] & 0xff;
            int count;
            switch (c) {
                case '\n' -> {
                    continue;
                }
                case '\\', '\'', '"' -> {
                    sb.append((char) c);
                    continue;
                }
                case 'b' -> {
                    sb.append('\b');
                    continue;
                }
                case 'f' -> {
                    sb.append('\f');
                    continue;
                }
                case 't' -> {
                    sb.append('\t');
                    continue;
                }
                case 'n' -> {
                    sb.append('\n');
                    continue;
                }
                case 'r' -> {
                    sb.append('\r');
                    continue;
                }
                case 'v' -> {
                    sb.append('\u000b');
                    continue;
                }
                case 'a' -> {
                    sb.append('\u0007');
                    continue;
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (s < end && b[s] >= '0' && b[s] <= '7') {
                        ch = (ch << 3) + b[s++] - '0';
                        if (s < end && b[s] >= '0' && b[s] <= '7') {
                            ch = (ch << 3) + b[s++] - '0';
                        }
                    }
                    sb.append((char) ch);
                    continue;
                }
                case 'x' -> {
                    count = 2;
                    message = "truncated \\xXX escape";
                }
                case 'u' -> {
                    count = 4;
                    message = "truncated \\uXXXX escape";
                }
                case 'U' -> {
                    count = 8;
                    message = "truncated \\UXXXXXXXX escape";
                }
                case 'N' -> {
                    message = "malformed \\N character escape";
                    if (s < end && b[s] == '{') {
                        int start = ++s;
                        while (s < end && b[s] != '}') {
                            s++;
                        }
                        if (s < end && s > start) {
                            String name = new String(b, start, s - start, StandardCharsets.ISO_8859_1);
                            s++;
                            int cp = unicodeName(name);
                            if (cp >= 0) {
                                sb.appendCodePoint(cp);
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    out.error("unicodeescape", startinpos, s, message);
                    continue;
                }
                default -> {
                    sb.append('\\').append((char) c);
                    continue;
                }
            }
            long ch = 0;
            boolean bad = false;
            for (; count > 0; s++, count--) {
                int d = s < end ? hexDigit(b[s] & 0xff) : -1;
                if (d < 0) {
                    bad = true;
                    break;
                }
                ch = (ch << 4) | d;
            }
            if (!bad && ch > 0x10FFFF) {
                message = "illegal Unicode character";
                bad = true;
            }
            if (bad) {
                out.error("unicodeescape", startinpos, s, message);
                continue;
            }
            sb.appendCodePoint((int) ch);
        }
    }

    /** unicodedata's lookup for \N{...} (approximated by the JDK's names, which differ only in rare aliases). */
    private static int unicodeName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '-')) {
                return -1;
            }
        }
        if (name.startsWith(" ") || name.endsWith(" ")) {
            return -1;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    static void rawUnicodeEscape(PythonCodecs.Out out) throws PythonCodecs.CodecError {
        byte[] b = out.b;
        int s = out.base;
        int end = out.end;
        StringBuilder sb = out.sb;
        while (s < end) {
            int c = b[s++] & 0xff;
            if (c != '\\' || s >= end) {
                sb.append((char) c);
                continue;
            }
            int startinpos = s - 1;
            c = b[s++] & 0xff;
            int count;
            String message;
            if (c == 'u') {
                count = 4;
                message = "truncated \\uXXXX escape";
            } else if (c == 'U') {
                count = 8;
                message = "truncated \\UXXXXXXXX escape";
            } else {
                sb.append('\\').append((char) c);
                continue;
            }
            long ch = 0;
            boolean bad = false;
            for (; count > 0; s++, count--) {
                int d = s < end ? hexDigit(b[s] & 0xff) : -1;
                if (d < 0) {
                    bad = true;
                    break;
                }
                ch = (ch << 4) | d;
            }
            if (!bad && ch > 0x10FFFF) {
                message = "\\Uxxxxxxxx out of range";
                bad = true;
            }
            if (bad) {
                out.error("rawunicodeescape", startinpos, s, message);
                continue;
            }
            sb.appendCodePoint((int) ch);
        }
    }
}
