package dev.kaa.compiler.oracle;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where two outputs first differ, in a few lines: the line number and, for short lines, the differing line
 * and the next two of each side; for long lines (an AST dump is one line) a window around the difference.
 */
final class ShortDiff {
    private ShortDiff() {
    }

    private static final int WINDOW = 100;

    /** Null when equal. */
    static String of(String what, byte[] expected, byte[] actual) {
        int k = Arrays.mismatch(expected, actual);
        if (k < 0) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < k; i++) {
            if (expected[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("    ").append(what).append(" differs at line ").append(line)
                .append(" (expected ").append(expected.length).append(" bytes, got ").append(actual.length).append(")\n");
        int expEnd = lineEnd(expected, lineStart);
        int actEnd = lineEnd(actual, lineStart);
        if (expEnd - lineStart <= 300 && actEnd - lineStart <= 300) {
            sb.append(lines("      cpython: ", expected, lineStart, 3));
            sb.append(lines("      kaa:     ", actual, lineStart, 3));
        } else {
            int from = Math.max(lineStart, k - WINDOW);
            sb.append("      cpython: ...").append(text(expected, from, Math.min(expEnd, k + WINDOW))).append("...\n");
            sb.append("      kaa:     ...").append(text(actual, from, Math.min(actEnd, k + WINDOW))).append("...\n");
        }
        return sb.toString();
    }

    private static int lineEnd(byte[] b, int from) {
        int i = Math.min(from, b.length);
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private static String lines(String prefix, byte[] b, int from, int count) {
        StringBuilder sb = new StringBuilder();
        int start = Math.min(from, b.length);
        for (int n = 0; n < count; n++) {
            if (start >= b.length) {
                if (n == 0) {
                    sb.append(prefix).append("<end of output>\n");
                }
                break;
            }
            int end = lineEnd(b, start);
            String t = text(b, start, Math.min(end, start + 300));
            sb.append(n == 0 ? prefix : " ".repeat(prefix.length())).append(t).append('\n');
            start = end + 1;
        }
        return sb.toString();
    }

    private static String text(byte[] b, int from, int to) {
        from = Math.min(from, b.length);
        to = Math.max(from, Math.min(to, b.length));
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** The source as a Python-ish literal, shortened; bytes that are not UTF-8 show as \\xNN. */
    static String preview(byte[] src) {
        StringBuilder sb = new StringBuilder("'");
        int limit = 160;
        int i = 0;
        while (i < src.length) {
            if (sb.length() > limit) {
                return sb.append("...(").append(src.length).append(" bytes)").toString();
            }
            int b = src[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            String ch = null;
            if (len > 1 && i + len <= src.length) {
                java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
                try {
                    ch = d.decode(java.nio.ByteBuffer.wrap(src, i, len)).toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    ch = null;
                }
            }
            if (len == 1) {
                switch (b) {
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\\' -> sb.append("\\\\");
                    case '\'' -> sb.append("\\'");
                    default -> {
                        if (b < 0x20 || b == 0x7f) {
                            sb.append(String.format("\\x%02x", b));
                        } else {
                            sb.append((char) b);
                        }
                    }
                }
                i++;
            } else if (ch != null) {
                sb.append(ch);
                i += len;
            } else {
                sb.append(String.format("\\x%02x", b));
                i++;
            }
        }
        return sb.append('\'').toString();
    }
}
