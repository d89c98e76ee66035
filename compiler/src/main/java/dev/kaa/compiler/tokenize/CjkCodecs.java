package dev.kaa.compiler.tokenize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The CJK codecs (Modules/cjkcodecs) as a coding declaration can name them; see {@link PythonCodecs}.
 * The byte structure and error reporting follow CPython; the character tables are the JDK's charsets for
 * the same standards, so a rare or vendor-specific character may decode differently.
 */
final class CjkCodecs {
    private CjkCodecs() {
    }

    /** hz (_codecs_cn.c): ASCII with "~{" ... "~}" around GB2312 pairs written with bit 7 clear. */
    static void hz(PythonCodecs.Out out) throws PythonCodecs.CodecError {
        byte[] b = out.b;
        int s = out.base;
        int e = out.end;
        boolean gb = false;
        CharsetDecoder dec = charset("gb2312").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        while (s < e) {
            int c = b[s] & 0xff;
            if (c == '~') {
                if (e - s < 2) {
                    out.error("hz", s, e, "incomplete multibyte sequence");
                    break;
                }
                int c2 = b[s + 1] & 0xff;
                if (c2 == '~' && !gb) {
                    out.sb.append('~');
                } else if (c2 == '{' && !gb) {
                    gb = true;
                } else if (c2 == '\n' && !gb) {
                    // line continuation
                } else if (c2 == '}' && gb) {
                    gb = false;
                } else {
                    out.error("hz", s, s + 1, "illegal multibyte sequence");
                    s++;
                    continue;
                }
                s += 2;
                continue;
            }
            if ((c & 0x80) != 0) {
                out.error("hz", s, s + 1, "illegal multibyte sequence");
                s++;
                continue;
            }
            if (!gb) {
                out.sb.append((char) c);
                s++;
                continue;
            }
            if (e - s < 2) {
                out.error("hz", s, e, "incomplete multibyte sequence");
                break;
            }
            String pair = decodePair(dec, c | 0x80, (b[s + 1] & 0xff) | 0x80);
            if (pair == null) {
                out.error("hz", s, s + 1, "illegal multibyte sequence");
                s++;
                continue;
            }
            out.sb.append(pair);
            s += 2;
        }
    }

    private static String decodePair(CharsetDecoder dec, int c1, int c2) {
        dec.reset();
        CharBuffer cb = CharBuffer.allocate(4);
        CoderResult r = dec.decode(ByteBuffer.wrap(new byte[] {(byte) c1, (byte) c2}), cb, true);
        if (r.isError()) {
            return null;
        }
        cb.flip();
        return cb.length() > 0 ? cb.toString() : null;
    }

    /** The JDK charset for a CJK codec module. */
    private static Charset charset(String module) throws PythonCodecs.CodecError {
        String name = switch (module) {
            case "big5" -> "Big5";
            case "big5hkscs" -> "Big5-HKSCS";
            case "cp932" -> "windows-31j";
            case "cp949" -> "x-windows-949";
            case "cp950" -> "x-windows-950";
            case "euc_jp", "euc_jis_2004", "euc_jisx0213" -> "EUC-JP";
            case "euc_kr" -> "EUC-KR";
            case "gb18030" -> "GB18030";
            case "gb2312" -> "GB2312";
            case "gbk" -> "GBK";
            case "iso2022_jp" -> "ISO-2022-JP";
            case "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext" -> "ISO-2022-JP-2";
            case "iso2022_kr" -> "ISO-2022-KR";
            case "johab" -> "x-Johab";
            case "shift_jis" -> "Shift_JIS";
            case "shift_jis_2004", "shift_jisx0213" -> "x-SJIS_0213";
            default -> module;
        };
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw new PythonCodecs.CodecError("LookupError", "unknown encoding: " + module);
        }
    }

    /**
     * A CJK codec through the JDK's charset. As multibytecodec.c reports them: a sequence the end of input
     * cuts short is an "incomplete multibyte sequence" up to the end, anything else an "illegal multibyte
     * sequence" of one byte (decoding resumes after it).
     */
    static void multibyte(PythonCodecs.Out out, String module) throws PythonCodecs.CodecError {
        if (module.startsWith("shift_jis") || module.equals("cp932")) {
            shiftJis(out, module);
            return;
        }
        Charset cs = charset(module);
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean iso2022 = module.startsWith("iso2022");
        int p = out.base;
        while (p < out.end) {
            int stop = out.end;
            if (iso2022) {
                // the ISO-2022 codecs are 7-bit: CPython rejects any byte with bit 7 set (the JDK passes it)
                for (int i = p; i < out.end; i++) {
                    if (out.b[i] < 0) {
                        stop = i;
                        break;
                    }
                }
            }
            int bad = decodeRun(out, dec, p, stop, stop == out.end);
            if (bad < 0) {
                if (stop == out.end) {
                    break;
                }
                bad = stop;
            }
            boolean incomplete = bad < stop && isTruncated(cs, out.b, bad, out.end);
            int errEnd = incomplete ? out.end : bad + 1;
            out.error(module, bad, errEnd, incomplete ? "incomplete multibyte sequence" : "illegal multibyte sequence");
            p = errEnd;
            if (!iso2022) {
                dec.reset();
            }
        }
    }

    /**
     * The Shift_JIS family (_codecs_jp.c), whose byte structure the JDK's decoders do not report as
     * CPython does: single bytes (ASCII, half-width katakana, cp932's private-use extras), else a lead byte
     * and a trail byte, the pair looked up in the JDK's table.
     */
    private static void shiftJis(PythonCodecs.Out out, String module) throws PythonCodecs.CodecError {
        boolean cp932 = module.equals("cp932");
        int leadMax = module.equals("shift_jis") ? 0xEA : 0xFC;
        CharsetDecoder dec = charset(module).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] b = out.b;
        int s = out.base;
        while (s < out.end) {
            int c = b[s] & 0xff;
            if (c < 0x80 || (cp932 && c == 0x80)) {
                out.sb.append((char) c);
                s++;
            } else if (c >= 0xA1 && c <= 0xDF) {
                out.sb.append((char) (0xFEC0 + c));
                s++;
            } else if (cp932 && c == 0xA0) {
                out.sb.append('\uF8F0');
                s++;
            } else if (cp932 && c >= 0xFD) {
                out.sb.append((char) (0xF8F1 - 0xFD + c));
                s++;
            } else if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= leadMax)) {
                if (s + 1 >= out.end) {
                    out.error(module, s, out.end, "incomplete multibyte sequence");
                    break;
                }
                int c2 = b[s + 1] & 0xff;
                String pair = c2 < 0x40 || c2 == 0x7F || c2 > 0xFC ? null : decodePair(dec, c, c2);
                if (pair == null) {
                    out.error(module, s, s + 1, "illegal multibyte sequence");
                    s++;
                } else {
                    out.sb.append(pair);
                    s += 2;
                }
            } else {
                out.error(module, s, s + 1, "illegal multibyte sequence");
                s++;
            }
        }
    }

    /** Decodes b[from, to) into out; returns the offset of the first undecodable byte, or -1. */
    private static int decodeRun(PythonCodecs.Out out, CharsetDecoder dec, int from, int to, boolean last) {
        ByteBuffer in = ByteBuffer.wrap(out.b, from, to - from);
        CharBuffer cb = CharBuffer.allocate(Math.max(16, to - from + 16));
        int bad = -1;
        while (true) {
            CoderResult r = dec.decode(in, cb, last);
            if (r.isUnderflow() && last) {
                r = dec.flush(cb);
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(cb.capacity() * 2);
                cb.flip();
                bigger.put(cb);
                cb = bigger;
                continue;
            }
            if (r.isError()) {
                bad = in.position();
            } else if (!last && in.hasRemaining()) {
                bad = in.position(); // a sequence cut by the next 8-bit byte
            }
            break;
        }
        cb.flip();
        out.sb.append(cb);
        return bad;
    }

    /** Whether b[p, end) is the start of a valid sequence that the end of input cuts short. */
    private static boolean isTruncated(Charset cs, byte[] b, int p, int end) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, p, end - p);
        CoderResult r = d.decode(in, CharBuffer.allocate(end - p + 16), false);
        return r.isUnderflow() && in.position() == p;
    }
}
