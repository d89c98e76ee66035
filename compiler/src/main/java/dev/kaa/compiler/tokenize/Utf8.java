package dev.kaa.compiler.tokenize;

/**
 * UTF-8 decoding as CPython's codec does it (Objects/stringlib/codecs.h): which bytes are an error, the
 * UnicodeDecodeError message, and how many characters the "replace" error handler yields.
 */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * A decoding error: where it is (relative to the decoded range), and str() of CPython's
     * UnicodeDecodeError, e.g. "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
     */
    public record DecodeError(int start, int end, String message) {
    }

    private static final String INVALID_START = "invalid start byte";
    private static final String INVALID_CONTINUATION = "invalid continuation byte";
    private static final String END_OF_DATA = "unexpected end of data";

    /**
     * The length of the UTF-8 sequence at s[i] (1 to 4), or, if it is invalid, minus the number of bytes
     * the error covers (the maximal invalid subpart; the rest of the input for a truncated sequence).
     */
    public static int sequence(byte[] s, int i, int end) {
        int ch = s[i] & 0xff;
        if (ch < 0x80) {
            return 1;
        }
        if (ch < 0xC2 || ch > 0xF4) {
            return -1;
        }
        int need = ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
        for (int k = 1; k < need; k++) {
            if (i + k >= end) {
                return -(end - i);
            }
            int b = s[i + k] & 0xff;
            boolean ok;
            if (k == 1) {
                int lo = 0x80;
                int hi = 0xBF;
                if (ch == 0xE0) {
                    lo = 0xA0;
                } else if (ch == 0xED) {
                    hi = 0x9F;
                } else if (ch == 0xF0) {
                    lo = 0x90;
                } else if (ch == 0xF4) {
                    hi = 0x8F;
                }
                ok = b >= lo && b <= hi;
            } else {
                ok = b >= 0x80 && b <= 0xBF;
            }
            if (!ok) {
                return -k;
            }
        }
        return need;
    }

    /** The first decoding error in s[from, to), positions relative to from, or null if it is valid UTF-8. */
    public static DecodeError check(byte[] s, int from, int to) {
        int i = from;
        while (i < to) {
            if (s[i] >= 0) {
                i++;
                continue;
            }
            int n = sequence(s, i, to);
            if (n > 0) {
                i += n;
                continue;
            }
            int ch = s[i] & 0xff;
            String reason;
            if (ch < 0xC2 || ch > 0xF4) {
                reason = INVALID_START;
            } else if (i - n == to && isPrefixOk(s, i, to)) {
                reason = END_OF_DATA;
            } else {
                reason = INVALID_CONTINUATION;
            }
            int st = i - from;
            int en = st - n;
            String msg = en - st == 1
                    ? String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", ch, st, reason)
                    : String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", st, en - 1, reason);
            return new DecodeError(st, en, msg);
        }
        return null;
    }

    private static boolean isPrefixOk(byte[] s, int i, int to) {
        // sequence() returned -(to - i) either for a truncated valid prefix or an invalid byte at to - 1;
        // tell them apart by checking the prefix once more with one byte less.
        int len = to - i;
        int ch = s[i] & 0xff;
        for (int k = 1; k < len; k++) {
            int b = s[i + k] & 0xff;
            int lo = 0x80;
            int hi = 0xBF;
            if (k == 1) {
                if (ch == 0xE0) {
                    lo = 0xA0;
                } else if (ch == 0xED) {
                    hi = 0x9F;
                } else if (ch == 0xF0) {
                    lo = 0x90;
                } else if (ch == 0xF4) {
                    hi = 0x8F;
                }
            }
            if (b < lo || b > hi) {
                return false;
            }
        }
        return true;
    }

    /** How many characters s[from, to) decodes to with errors="replace". */
    public static int countCharsReplace(byte[] s, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            if (s[i] >= 0) {
                i++;
            } else {
                int n = sequence(s, i, to);
                i += n > 0 ? n : -n;
            }
            count++;
        }
        return count;
    }

    /** True if s[from, to) is valid UTF-8. */
    public static boolean isValid(byte[] s, int from, int to) {
        for (int i = from; i < to; ) {
            if (s[i] >= 0) {
                i++;
                continue;
            }
            int n = sequence(s, i, to);
            if (n < 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /** s[from, to) decoded with errors="replace" (one U+FFFD per error, as CPython). */
    public static String decodeReplace(byte[] s, int from, int to) {
        if (isValid(s, from, to)) {
            return new String(s, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            if (s[i] >= 0) {
                sb.append((char) s[i]);
                i++;
                continue;
            }
            int n = sequence(s, i, to);
            if (n > 0) {
                sb.append(new String(s, i, n, java.nio.charset.StandardCharsets.UTF_8));
                i += n;
            } else {
                sb.append('\uFFFD');
                i -= n;
            }
        }
        return sb.toString();
    }
}
