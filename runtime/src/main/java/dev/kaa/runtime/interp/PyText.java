package dev.kaa.runtime.interp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few Python {@code str} operations the traceback printer performs, on Java strings with Python's
 * semantics: indices and lengths count code points (not UTF-16 units), whitespace is
 * {@code str.isspace()}'s, line breaks are {@code str.splitlines()}'s, and {@code dedent}/{@code indent}
 * are {@code textwrap}'s. Tracebacks are rare, so these favour being exactly right over being fast.
 */
final class PyText {
    private PyText() {
    }

    /** {@code len(s)}. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s.isascii()}. */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The UTF-16 index of code point index {@code cp} (clamped to the string). */
    private static int index(String s, int cp) {
        if (cp <= 0) {
            return 0;
        }
        int n = s.length();
        int i = 0;
        while (cp > 0 && i < n) {
            i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                    ? 2 : 1;
            cp--;
        }
        return i;
    }

    /** {@code s[start:end]} with Python's clamping of negative and out-of-range indices. */
    static String slice(String s, int start, int end) {
        int n = len(s);
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        start = Math.min(start, n);
        end = Math.min(end, n);
        if (start >= end) {
            return "";
        }
        return s.substring(index(s, start), index(s, end));
    }

    /** {@code s[:end]}. */
    static String prefix(String s, int end) {
        return slice(s, 0, end);
    }

    /** {@code s[start:]}. */
    static String suffix(String s, int start) {
        return slice(s, start, Integer.MAX_VALUE);
    }

    /** The code points of {@code s}. */
    static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    /** {@code Py_UNICODE_ISSPACE}. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** The line boundaries of {@code str.splitlines()}. */
    static boolean isLineBreak(int c) {
        return switch (c) {
            case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    /** {@code s.strip()}. */
    static String strip(String s) {
        return rstrip(lstrip(s));
    }

    /** {@code s.lstrip()}. */
    static String lstrip(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            int c = s.codePointAt(i);
            if (!isSpace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return s.substring(i);
    }

    /** {@code s.rstrip()}. */
    static String rstrip(String s) {
        int j = s.length();
        while (j > 0) {
            int c = s.codePointBefore(j);
            if (!isSpace(c)) {
                break;
            }
            j -= Character.charCount(c);
        }
        return s.substring(0, j);
    }

    /** {@code s.lstrip(chars)} for BMP {@code chars}. */
    static String lstrip(String s, String chars) {
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    /** {@code s.rstrip(chars)} for BMP {@code chars}. */
    static String rstrip(String s, String chars) {
        int j = s.length();
        while (j > 0 && chars.indexOf(s.charAt(j - 1)) >= 0) {
            j--;
        }
        return s.substring(0, j);
    }

    /** {@code s.splitlines(keepends)}. */
    static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.add(s.substring(i, eol));
            i = j;
        }
        return out;
    }

    /**
     * {@code textwrap.dedent(text)}: lines of only blanks and tabs are emptied, then the longest run of
     * blanks and tabs common to the start of every other line is removed. Lines are what the regular
     * expressions' {@code re.MULTILINE} sees: separated by '\n' only.
     */
    static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        String margin = null;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i == line.length()) {
                lines[k] = "";
                continue;
            }
            String indent = line.substring(0, i);
            if (margin == null) {
                margin = indent;
            } else if (indent.startsWith(margin)) {
                // deeper than the current margin: no change
            } else if (margin.startsWith(indent)) {
                margin = indent;
            } else {
                int m = 0;
                while (m < margin.length() && m < indent.length() && margin.charAt(m) == indent.charAt(m)) {
                    m++;
                }
                margin = margin.substring(0, m);
            }
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                b.append('\n');
            }
            String line = lines[k];
            if (margin != null && !margin.isEmpty() && line.startsWith(margin)) {
                line = line.substring(margin.length());
            }
            b.append(line);
        }
        return b.toString();
    }

    /**
     * {@code textwrap.indent(text, prefix)} ({@code allLines} false: lines of only whitespace get no
     * prefix) or {@code textwrap.indent(text, prefix, lambda line: True)}.
     */
    static String indent(String text, String prefix, boolean allLines) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (String line : splitlines(text, true)) {
            if (allLines || !strip(line).isEmpty()) {
                b.append(prefix);
            }
            b.append(line);
        }
        return b.toString();
    }

    /** {@code _byte_offset_to_character_offset}: code points in the first {@code offset} UTF-8 bytes. */
    static int byteOffsetToCharOffset(String s, int offset) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int end = Math.max(0, Math.min(offset, utf8.length));
        int count = 0;
        int i = 0;
        while (i < end) {
            int b = utf8[i] & 0xff;
            int size = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
            // A character cut by the offset decodes (errors="replace") to one U+FFFD.
            i += size;
            count++;
        }
        return count;
    }

    /**
     * {@code _display_width(line, offset)}: the terminal columns of {@code line[:offset]}, where East Asian
     * wide and fullwidth characters take two ({@code offset} -1: the whole line). ASCII lines answer
     * {@code offset} itself, even past the end, as traceback.py does.
     */
    static int displayWidth(String line, int offset) {
        if (offset < 0) {
            offset = len(line);
        }
        if (isAscii(line)) {
            return offset;
        }
        int width = 0;
        int n = 0;
        for (int i = 0; i < line.length() && n < offset; n++) {
            int c = line.codePointAt(i);
            width += EastAsianWidth.isWide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }
}
