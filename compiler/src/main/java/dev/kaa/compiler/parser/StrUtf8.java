package dev.kaa.compiler.parser;

/**
 * The first UTF-8 decoding error in a byte range, described as str() of the UnicodeDecodeError CPython's
 * strict UTF-8 decoder raises (Objects/unicodeobject.c unicode_decode_utf8). Needed because a string
 * literal may hold bytes that are not UTF-8 (the tokenizer lets them through; decoding the literal fails).
 */
final class StrUtf8 {
    private StrUtf8() {
    }

    /** The error message for bytes [from, to) of {@code b}, positions counted from {@code from}; null if valid. */
    static String firstError(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return message(b, from, i, i + 1, "invalid start byte");
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= to) {
                    return message(b, from, i, to, "unexpected end of data");
                }
                int d = b[i + k] & 0xFF;
                int l = k == 1 ? lo : 0x80;
                int h = k == 1 ? hi : 0xBF;
                if (d < l || d > h) {
                    return message(b, from, i, i + k, "invalid continuation byte");
                }
            }
            i += need + 1;
        }
        return null;
    }

    private static String message(byte[] b, int base, int start, int end, String reason) {
        if (end == start + 1) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[start] & 0xFF,
                    start - base, reason);
        }
        return "'utf-8' codec can't decode bytes in position " + (start - base) + "-" + (end - 1 - base) + ": "
                + reason;
    }

    /**
     * The decoding error of a STRING token's raw bytes as CPython's _PyPegen_parse_string meets it, or
     * null: raw literals decode their whole body; others decode each run of non-ASCII bytes on its own.
     */
    static String stringLiteralError(byte[] b, int start, int end) {
        int i = start;
        boolean raw = false;
        while (i < end && Character.isLetter(b[i]) && (b[i] & 0x80) == 0) {
            if (b[i] == 'r' || b[i] == 'R') {
                raw = true;
            }
            i++;
        }
        byte quote = b[i];
        int from = i + 1;
        int to = end - 1;
        if (to - from >= 4 && b[from] == quote && b[from + 1] == quote) {
            from += 2;
            to -= 2;
        }
        boolean backslash = false;
        for (int k = from; k < to; k++) {
            if (b[k] == '\\') {
                backslash = true;
                break;
            }
        }
        if (raw || !backslash) {
            return firstError(b, from, to);
        }
        int k = from;
        while (k < to) {
            if ((b[k] & 0x80) == 0) {
                k++;
                continue;
            }
            int runStart = k;
            while (k < to && (b[k] & 0x80) != 0) {
                k++;
            }
            String e = firstError(b, runStart, k);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** bytes.decode('utf-8', 'replace'): each maximal invalid part becomes one U+FFFD, as CPython does. */
    static String decodeReplace(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                sb.append('\uFFFD');
                i++;
                continue;
            }
            int cp = c & (0x3F >> need);
            int k = 1;
            boolean bad = false;
            for (; k <= need; k++) {
                if (i + k >= to) {
                    // unexpected end of data: the rest is one replacement
                    sb.append('\uFFFD');
                    return sb.toString();
                }
                int d = b[i + k] & 0xFF;
                int l = k == 1 ? lo : 0x80;
                int h = k == 1 ? hi : 0xBF;
                if (d < l || d > h) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (bad) {
                sb.append('\uFFFD');
                i += k;
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }
}
