package dev.kaa.compiler.tokenize;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The punycode and idna codecs (Lib/encodings/punycode.py, idna.py) as a coding declaration can name
 * them; see {@link PythonCodecs}. idna does not apply nameprep, which CPython needs only for labels that
 * decode to non-ASCII text.
 */
final class IdnaCodecs {
    private IdnaCodecs() {
    }

    /**
     * punycode_decode(text, errors); errors are raised as the codec {@code codec} with positions moved by
     * {@code offset}, in an object ending at {@code objEnd} (idna's use).
     */
    static String punycode(byte[] b, int from, int to, boolean replace, String codec, int offset,
                                   int objEnd) throws PythonCodecs.CodecError {
        int pos = -1;
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '-') {
                pos = i - from;
                break;
            }
        }
        StringBuilder base = new StringBuilder();
        int extFrom;
        if (pos == -1) {
            extFrom = from;
        } else {
            for (int i = from; i < from + pos; i++) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    base.append((char) c);
                } else if (replace) {
                    base.append('\uFFFD');
                } else {
                    // re-raised as the ascii codec, positions in the whole text
                    throw PythonCodecs.decodeError(codec.equals("punycode") ? "ascii" : codec, b, from - offset, objEnd,
                            i - from + offset, i - from + 1 + offset, "ordinal not in range(128)");
                }
            }
            extFrom = from + pos + 1;
        }
        int extLen = to - extFrom;
        int[] extended = new int[extLen];
        for (int i = 0; i < extLen; i++) {
            int c = b[extFrom + i] & 0xff;
            extended[i] = c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        int errOffset = pos + 1 + offset;
        // insertion_sort
        int[] cps = base.codePoints().toArray();
        int n = cps.length;
        long ch = 0x80;
        BigInteger bigPos = BigInteger.valueOf(-1);
        int bias = 72;
        int extpos = 0;
        while (extpos < extLen) {
            // decode_generalized_number
            BigInteger result = BigInteger.ZERO;
            BigInteger w = BigInteger.ONE;
            int j = 0;
            int p = extpos;
            BigInteger delta = null;
            while (true) {
                if (p >= extLen) {
                    if (!replace) {
                        throw PythonCodecs.decodeError(codec, b, from - offset, objEnd, p + errOffset,
                                p + 1 + errOffset,
                                "incomplete punycode string");
                    }
                    break;
                }
                int c = extended[p++];
                int digit;
                if (c >= 0x41 && c <= 0x5A) {
                    digit = c - 0x41;
                } else if (c >= 0x30 && c <= 0x39) {
                    digit = c - 22;
                } else {
                    if (!replace) {
                        throw PythonCodecs.decodeError(codec, b, from - offset, objEnd, p - 1 + errOffset,
                                p + errOffset,
                                "Invalid extended code point '" + c + "'");
                    }
                    break;
                }
                int t = Math.max(1, Math.min(26, 36 * (j + 1) - bias));
                result = result.add(w.multiply(BigInteger.valueOf(digit)));
                if (digit < t) {
                    delta = result;
                    break;
                }
                w = w.multiply(BigInteger.valueOf(36 - t));
                j++;
            }
            if (delta == null) {
                break; // synchronization lost (errors="replace")
            }
            bigPos = bigPos.add(delta).add(BigInteger.ONE);
            BigInteger[] qr = bigPos.divideAndRemainder(BigInteger.valueOf(n + 1));
            BigInteger bigCh = BigInteger.valueOf(ch).add(qr[0]);
            int insertAt = qr[1].intValue();
            if (bigCh.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                if (!replace) {
                    int ip = bigPos.min(BigInteger.valueOf(Integer.MAX_VALUE / 2)).intValue();
                    throw PythonCodecs.decodeError(codec, b, from - offset, objEnd, ip - 1 + errOffset, ip + errOffset,
                            "Invalid character U+" + bigCh.toString(16));
                }
                ch = '?';
            } else {
                ch = bigCh.longValue();
            }
            bigPos = BigInteger.valueOf(insertAt);
            int[] grown = new int[n + 1];
            System.arraycopy(cps, 0, grown, 0, insertAt);
            grown[insertAt] = (int) ch;
            System.arraycopy(cps, insertAt, grown, insertAt + 1, n - insertAt);
            cps = grown;
            n++;
            // adapt(delta, extpos == 0, n)
            BigInteger d = extpos == 0 ? delta.divide(BigInteger.valueOf(700)) : delta.shiftRight(1);
            d = d.add(d.divide(BigInteger.valueOf(n)));
            int divisions = 0;
            BigInteger limit = BigInteger.valueOf(455);
            while (d.compareTo(limit) > 0) {
                d = d.divide(BigInteger.valueOf(35));
                divisions += 36;
            }
            int dv = d.intValue();
            bias = divisions + (36 * dv / (dv + 38));
            extpos = p;
        }
        return new String(cps, 0, n);
    }

    static String idna(byte[] b, int from, int to, boolean replace) throws PythonCodecs.CodecError {
        if (replace) {
            throw new PythonCodecs.CodecError("UnicodeError", "Unsupported error handling: replace");
        }
        if (from == to) {
            return "";
        }
        boolean ace = false;
        for (int i = from; i + 4 <= to; i++) {
            if ((b[i] | 0x20) == 'x' && (b[i + 1] | 0x20) == 'n' && b[i + 2] == '-' && b[i + 3] == '-') {
                ace = true;
                break;
            }
        }
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (!ace && ascii) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder();
        int labelStart = from;
        boolean first = true;
        while (true) {
            int dot = labelStart;
            while (dot < to && b[dot] != '.') {
                dot++;
            }
            if (dot == to && labelStart == to && !first) {
                sb.append('.'); // trailing dot
                break;
            }
            if (!first) {
                sb.append('.');
            }
            sb.append(idnaToUnicode(b, from, to, labelStart, dot));
            first = false;
            if (dot == to) {
                break;
            }
            labelStart = dot + 1;
        }
        return sb.toString();
    }

    /** idna.ToUnicode for a bytes label (no nameprep: CPython needs it only for non-ASCII results). */
    private static String idnaToUnicode(byte[] b, int from, int to, int ls, int le)
            throws PythonCodecs.CodecError {
        int offset = ls - from;
        if (le - ls > 1024) {
            throw PythonCodecs.decodeError("idna", b, from, to, offset, offset + le - ls, "label way too long");
        }
        boolean aceLabel = le - ls >= 4 && (b[ls] | 0x20) == 'x' && (b[ls + 1] | 0x20) == 'n' && b[ls + 2] == '-'
                && b[ls + 3] == '-';
        if (!aceLabel) {
            for (int i = ls; i < le; i++) {
                if (b[i] < 0) {
                    throw PythonCodecs.decodeError("idna", b, from, to, i - from, i - from + 1,
                            "ordinal not in range(128)");
                }
            }
            return new String(b, ls, le - ls, StandardCharsets.ISO_8859_1);
        }
        String result = punycode(b, ls + 4, le, false, "idna", offset + 4, to);
        boolean asciiResult = result.chars().allMatch(c -> c < 128);
        if (asciiResult) {
            // ToASCII returns an ASCII label as it is (if 0 < len < 64), so the round trip compares it
            // with the label's own "xn--..." spelling
            if (result.isEmpty()) {
                throw PythonCodecs.decodeError("idna", b, from, to, offset, offset + 1, "label empty");
            }
            if (result.length() >= 64) {
                throw PythonCodecs.decodeError("idna", b, from, to, offset, offset + result.length(),
                        "label too long");
            }
            String label = new String(b, ls, le - ls, StandardCharsets.ISO_8859_1);
            if (!label.toLowerCase(java.util.Locale.ROOT).equals(result)) {
                throw PythonCodecs.decodeError("idna", b, from, to, offset, offset + le - ls,
                        "IDNA does not round-trip, '" + PyRepr.bytes(label) + "' != '" + PyRepr.bytes(result) + "'");
            }
        }
        return result;
    }
}
