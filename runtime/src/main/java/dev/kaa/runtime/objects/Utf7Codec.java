package dev.kaa.runtime.objects;

import java.io.ByteArrayOutputStream;

/**
 * The UTF-7 codec as CPython's {@code _PyUnicode_EncodeUTF7} (Set O and whitespace direct) and
 * {@code PyUnicode_DecodeUTF7Stateful}, with CPython's error messages.
 */
final class Utf7Codec {
    private Utf7Codec() {
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** {@code utf7_category}: 0 Set D, 1 Set O, 2 whitespace, 3 special, for the ASCII characters. */
    private static final String CATEGORY = "3333333332233233" + "3333333333333333" + "2111111000130000"
            + "0000000000011110" + "1000000000000000" + "0000000000013111" + "1000000000000000"
            + "0000000000011133";

    static boolean isUtf7(String enc) {
        return enc.equals("utf-7") || enc.equals("utf7") || enc.equals("u7") || enc.equals("unicode-1-1-utf-7");
    }

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    /** {@code ENCODE_DIRECT(c, 1, 1)}: Set D, Set O and whitespace are written as themselves. */
    private static boolean encodeDirect(int c) {
        return c < 128 && c > 0 && CATEGORY.charAt(c) != '3';
    }

    static PyBytes encode(int[] cps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int ch : cps) {
            if (inShift) {
                if (encodeDirect(ch)) {
                    if (bits > 0) {
                        out.write(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') {
                        out.write('-');
                    }
                    out.write(ch);
                    continue;
                }
            } else if (ch == '+') {
                out.write('+');
                out.write('-');
                continue;
            } else if (encodeDirect(ch)) {
                out.write(ch);
                continue;
            } else {
                out.write('+');
                inShift = true;
            }
            if (ch >= 0x10000) {
                bits += 16;
                buffer = (buffer << 16) | (0xd800 + ((ch - 0x10000) >> 10));
                while (bits >= 6) {
                    out.write(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                    bits -= 6;
                }
                ch = 0xdc00 + ((ch - 0x10000) & 0x3ff);
            }
            bits += 16;
            buffer = (buffer << 16) | ch;
            while (bits >= 6) {
                out.write(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) {
            out.write(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
        }
        if (inShift) {
            out.write('-');
        }
        return new PyBytes(out.toByteArray());
    }

    static PyStr decode(byte[] b, String errors, PyObject obj) {
        StringBuilder sb = new StringBuilder(b.length);
        int e = b.length;
        int s = 0;
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int startinpos = 0;
        while (s < e) {
            int ch = b[s] & 0xff;
            String errmsg = null;
            if (inShift) {
                if (isBase64(ch)) {
                    buffer = (buffer << 6) | B64.indexOf(ch);
                    bits += 6;
                    s++;
                    if (bits >= 16) {
                        int outCh = (int) (buffer >> (bits - 16)) & 0xffff;
                        bits -= 16;
                        buffer &= (1L << bits) - 1;
                        if (surrogate != 0) {
                            if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                                sb.appendCodePoint(0x10000 + ((surrogate - 0xd800) << 10) + (outCh - 0xdc00));
                                surrogate = 0;
                                continue;
                            }
                            sb.append((char) surrogate);
                            surrogate = 0;
                        }
                        if (outCh >= 0xd800 && outCh <= 0xdbff) {
                            surrogate = outCh;
                        } else {
                            sb.append((char) outCh);
                        }
                    }
                    continue;
                }
                inShift = false;
                if (bits >= 6) {
                    s++;
                    errmsg = "partial character in shift sequence";
                } else if (buffer != 0) {
                    s++;
                    errmsg = "non-zero padding bits in shift sequence";
                } else {
                    if (surrogate != 0 && ch <= 127 && ch != '+') {
                        sb.append((char) surrogate);
                    }
                    surrogate = 0;
                    if (ch == '-') {
                        s++;
                    }
                    continue;
                }
            } else if (ch == '+') {
                startinpos = s;
                s++;
                if (s < e && b[s] == '-') {
                    s++;
                    sb.append('+');
                    continue;
                } else if (s < e && !isBase64(b[s] & 0xff)) {
                    s++;
                    errmsg = "ill-formed sequence";
                } else {
                    inShift = true;
                    surrogate = 0;
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            } else if (ch <= 127) {
                s++;
                sb.append((char) ch);
                continue;
            } else {
                startinpos = s;
                s++;
                errmsg = "unexpected special character";
            }
            s = EscapeCodecs.handle(sb, b, startinpos, s, errors, "utf7", errmsg, obj);
        }
        if (inShift && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))) {
            EscapeCodecs.handle(sb, b, startinpos, e, errors, "utf7", "unterminated shift sequence", obj);
        }
        return PyStr.of(sb.toString());
    }
}
