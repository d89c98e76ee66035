package dev.kaa.compiler.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Python's codecs as a PEP 263 coding declaration uses them: {@code PyUnicode_Decode(s, size, encoding,
 * errors)} with the registry of CPython 3.13's encodings package ({@link PythonCodecTables}, generated),
 * strict (the parser's {@code decode_str}) or with errors="replace" (the tokenize module, line by line).
 * Failures carry the Python exception's type and {@code str()}, since CPython turns them into the
 * SyntaxError message: "unknown encoding: x", "'rot13' is not a text encoding; ...", "'utf-8' codec can't
 * decode byte 0xe9 in position 20: invalid continuation byte", ...
 *
 * <p>Here: the registry and the codecs of Objects/unicodeobject.c (UTF-8, UTF-16, UTF-32, UTF-7, ASCII,
 * Latin-1, charmap tables); {@link EscapeCodecs}, {@link IdnaCodecs} and {@link CjkCodecs} have the others.
 * All are exact but for two approximations: the CJK codecs use the JDK's tables (a rare or vendor-specific
 * character may differ) and idna skips nameprep (needed only for labels that decode to non-ASCII text).
 */
final class PythonCodecs {
    private PythonCodecs() {
    }

    /** How a codec module decodes. ORDER CODEC-KINDS (tools/gen_codec_tables.py) */
    enum Kind {
        NON_TEXT, CHARMAP, ASCII, LATIN_1, UTF_8, UTF_8_SIG, UTF_16, UTF_16_LE, UTF_16_BE, UTF_32, UTF_32_LE,
        UTF_32_BE, UTF_7, UNICODE_ESCAPE, RAW_UNICODE_ESCAPE, PUNYCODE, IDNA, UNDEFINED, HZ, MULTIBYTE
    }

    /** A codec of the registry: its module in the encodings package and how it decodes. */
    record Codec(String module, Kind kind) {
    }

    /** A Python exception raised by a codec: its type name (UnicodeDecodeError, LookupError, ...) and str(). */
    static final class CodecError extends Exception {
        final String type;

        CodecError(String type, String message) {
            super(message, null, false, false);
            this.type = type;
        }
    }

    /** The registry, built once (immutable). */
    private static final class Registry {
        static final Map<String, String> ALIASES = pairs(PythonCodecTables.ALIASES);
        static final Map<String, Kind> MODULES;

        static {
            Map<String, Kind> m = new HashMap<>();
            String[] a = PythonCodecTables.MODULES;
            for (int i = 0; i < a.length; i += 2) {
                m.put(a[i], Kind.valueOf(a[i + 1]));
            }
            MODULES = Map.copyOf(m);
        }

        private static Map<String, String> pairs(String[] a) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < a.length; i += 2) {
                m.put(a[i], a[i + 1]);
            }
            return Map.copyOf(m);
        }
    }

    /**
     * _Py_normalize_encoding: ASCII letters and digits and '.' kept (lower-cased), every other run of
     * characters between them one '_'.
     */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = c < 128 && (Character.isLetterOrDigit(c));
            if (alnum || c == '.') {
                if (punct && b.length() > 0) {
                    b.append('_');
                }
                punct = false;
                b.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return b.toString();
    }

    /**
     * codecs.lookup(name) as encodings.search_function answers it: the alias table (also with '.' read as
     * '_'), then the module of that name. Null for "unknown encoding".
     */
    static Codec lookup(String name) {
        String norm = normalize(name);
        String aliased = Registry.ALIASES.get(norm);
        if (aliased == null) {
            aliased = Registry.ALIASES.get(norm.replace('.', '_'));
        }
        for (String module : new String[] {aliased, norm}) {
            if (module == null || module.isEmpty() || module.indexOf('.') >= 0) {
                continue;
            }
            Kind k = Registry.MODULES.get(module);
            if (k != null) {
                return new Codec(module, k);
            }
        }
        return null;
    }

    /** Whether {@code name} names the UTF-8 codec. */
    static boolean isUtf8(String name) {
        Codec c = lookup(name);
        return c != null && c.kind() == Kind.UTF_8;
    }

    /**
     * PyUnicode_Decode(b[from, to), encoding, errors) with errors "strict" or, if {@code replace},
     * "replace": the registry lookup (LookupError for an unknown or a non-text encoding), then the codec.
     */
    static String decode(String encoding, byte[] b, int from, int to, boolean replace) throws CodecError {
        if (from == to) {
            return ""; // PyUnicode_Decode answers b"" before looking the codec up
        }
        Codec c = lookup(encoding);
        if (c == null) {
            throw new CodecError("LookupError", "unknown encoding: " + encoding);
        }
        if (c.kind() == Kind.NON_TEXT) {
            throw new CodecError("LookupError", "'" + encoding
                    + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
        }
        return decode(c, b, from, to, replace);
    }

    static String decode(Codec c, byte[] b, int from, int to, boolean replace) throws CodecError {
        Out out = new Out(b, from, to, replace);
        switch (c.kind()) {
            case UTF_8 -> utf8(out, from);
            case UTF_8_SIG -> {
                int start = from;
                if (to - from >= 3 && (b[from] & 0xff) == 0xEF && (b[from + 1] & 0xff) == 0xBB
                        && (b[from + 2] & 0xff) == 0xBF) {
                    start += 3;
                }
                out = new Out(b, start, to, replace);
                utf8(out, start);
            }
            case ASCII -> ascii(out, "ascii");
            case LATIN_1 -> {
                return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
            }
            case CHARMAP -> charmap(out, PythonCodecTables.charmapTable(c.module()));
            case UTF_16 -> utf16(out, 0);
            case UTF_16_LE -> utf16(out, -1);
            case UTF_16_BE -> utf16(out, 1);
            case UTF_32 -> utf32(out, 0);
            case UTF_32_LE -> utf32(out, -1);
            case UTF_32_BE -> utf32(out, 1);
            case UTF_7 -> utf7(out);
            case UNICODE_ESCAPE -> EscapeCodecs.unicodeEscape(out);
            case RAW_UNICODE_ESCAPE -> EscapeCodecs.rawUnicodeEscape(out);
            case PUNYCODE -> {
                return IdnaCodecs.punycode(b, from, to, replace, "punycode", 0, to);
            }
            case IDNA -> {
                return IdnaCodecs.idna(b, from, to, replace);
            }
            case UNDEFINED -> throw new CodecError("UnicodeError", "undefined encoding");
            case HZ -> CjkCodecs.hz(out);
            case MULTIBYTE -> CjkCodecs.multibyte(out, c.module());
            case NON_TEXT -> throw new IllegalStateException(c.module());
        }
        return out.sb.toString();
    }

    /**
     * str.encode("utf-8") of decoded text: a lone surrogate (utf-7, unicode-escape and punycode can make
     * one) is a UnicodeEncodeError.
     */
    static byte[] encodeUtf8(String s) throws CodecError {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isSurrogate(ch)) {
                continue;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            // a run of lone surrogates, in code points
            int pos = s.codePointCount(0, i);
            int j = i + 1;
            while (j < s.length() && Character.isSurrogate(s.charAt(j))
                    && !(Character.isHighSurrogate(s.charAt(j)) && j + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(j + 1)))) {
                j++;
            }
            String msg = j == i + 1
                    ? String.format("'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates "
                    + "not allowed", (int) ch, pos)
                    : "'utf-8' codec can't encode characters in position " + pos + "-" + (pos + j - i - 1)
                    + ": surrogates not allowed";
            throw new CodecError("UnicodeEncodeError", msg);
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------
    // Output and errors

    /** The decoder's output and its error handling (strict: throw; replace: U+FFFD). */
    static final class Out {
        final byte[] b;
        /** The decoded object is b[base, end); error positions are relative to base. */
        final int base;
        final int end;
        final boolean replace;
        final StringBuilder sb;

        Out(byte[] b, int base, int end, boolean replace) {
            this.b = b;
            this.base = base;
            this.end = end;
            this.replace = replace;
            this.sb = new StringBuilder(end - base);
        }

        /** An error over b[start, stop) (absolute offsets): raise, or write U+FFFD. */
        void error(String codec, int start, int stop, String reason) throws CodecError {
            if (!replace) {
                throw decodeError(codec, b, base, end, start - base, stop - base, reason);
            }
            sb.append('\uFFFD');
        }
    }

    /** str() of UnicodeDecodeError(codec, b[base, end), start, stop, reason). */
    static CodecError decodeError(String codec, byte[] b, int base, int end, int start, int stop, String reason) {
        String msg;
        if (start >= 0 && start < end - base && stop == start + 1) {
            msg = String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec,
                    b[base + start] & 0xff, start, reason);
        } else {
            msg = "'" + codec + "' codec can't decode bytes in position " + start + "-" + (stop - 1) + ": " + reason;
        }
        return new CodecError("UnicodeDecodeError", msg);
    }

    // ------------------------------------------------------------------------------------------------
    // Byte-oriented codecs

    private static void utf8(Out out, int from) throws CodecError {
        if (!out.replace) {
            Utf8.DecodeError e = Utf8.check(out.b, from, out.end);
            if (e != null) {
                throw new CodecError("UnicodeDecodeError", e.message());
            }
        }
        out.sb.append(Utf8.decodeReplace(out.b, from, out.end));
    }

    private static void ascii(Out out, String codec) throws CodecError {
        for (int i = out.base; i < out.end; i++) {
            int c = out.b[i] & 0xff;
            if (c < 0x80) {
                out.sb.append((char) c);
            } else {
                out.error(codec, i, i + 1, "ordinal not in range(128)");
            }
        }
    }

    private static void charmap(Out out, String table) throws CodecError {
        int shift = table.length() == 128 ? 128 : 0;
        for (int i = out.base; i < out.end; i++) {
            int c = out.b[i] & 0xff;
            char ch = c < shift ? (char) c : table.charAt(c - shift);
            if (ch == '\uFFFE') {
                out.error("charmap", i, i + 1, "character maps to <undefined>");
            } else {
                out.sb.append(ch);
            }
        }
    }

    /** PyUnicode_DecodeUTF16Stateful; byteorder -1 little, 1 big, 0 from the BOM (else native: little). */
    private static void utf16(Out out, int byteorder) throws CodecError {
        byte[] b = out.b;
        int q = out.base;
        int e = out.end;
        if (byteorder == 0 && e - q >= 2) {
            int bom = ((b[q] & 0xff) << 8) | (b[q + 1] & 0xff);
            if (bom == 0xFFFE) {
                q += 2;
                byteorder = -1;
            } else if (bom == 0xFEFF) {
                q += 2;
                byteorder = 1;
            }
        }
        boolean big = byteorder == 1;
        String codec = big ? "utf-16-be" : "utf-16-le";
        while (q < e) {
            if (e - q < 2) {
                out.error(codec, q, e, "truncated data");
                q = e;
                break;
            }
            int ch = unit16(b, q, big);
            q += 2;
            if (!Character.isSurrogate((char) ch)) {
                out.sb.append((char) ch);
                continue;
            }
            if (!Character.isHighSurrogate((char) ch)) {
                out.error(codec, q - 2, q, "illegal encoding");
                continue;
            }
            if (e - q < 2) {
                out.error(codec, q - 2, e, "unexpected end of data");
                q = e;
                break;
            }
            int ch2 = unit16(b, q, big);
            if (!Character.isLowSurrogate((char) ch2)) {
                out.error(codec, q - 2, q, "illegal UTF-16 surrogate");
                continue;
            }
            q += 2;
            out.sb.append((char) ch).append((char) ch2);
        }
    }

    private static int unit16(byte[] b, int q, boolean big) {
        return big ? ((b[q] & 0xff) << 8) | (b[q + 1] & 0xff) : ((b[q + 1] & 0xff) << 8) | (b[q] & 0xff);
    }

    /** PyUnicode_DecodeUTF32Stateful. */
    private static void utf32(Out out, int byteorder) throws CodecError {
        byte[] b = out.b;
        int q = out.base;
        int e = out.end;
        if (byteorder == 0 && e - q >= 4) {
            long bom = unit32(b, q, true);
            if (bom == 0xFFFE0000L) {
                q += 4;
                byteorder = -1;
            } else if (bom == 0x0000FEFFL) {
                q += 4;
                byteorder = 1;
            }
        }
        boolean big = byteorder == 1;
        String codec = big ? "utf-32-be" : "utf-32-le";
        while (q < e) {
            if (e - q < 4) {
                out.error(codec, q, e, "truncated data");
                break;
            }
            long ch = unit32(b, q, big);
            if (ch >= 0xD800 && ch < 0xE000) {
                out.error(codec, q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)");
            } else if (ch >= 0x110000) {
                out.error(codec, q, q + 4, "code point not in range(0x110000)");
            } else {
                out.sb.appendCodePoint((int) ch);
            }
            q += 4;
        }
    }

    private static long unit32(byte[] b, int q, boolean big) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            int byteVal = b[big ? q + k : q + 3 - k] & 0xff;
            v = (v << 8) | byteVal;
        }
        return v;
    }

    // ------------------------------------------------------------------------------------------------
    // UTF-7 (PyUnicode_DecodeUTF7Stateful)

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static int fromBase64(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : 63;
    }

    private static void utf7(Out out) throws CodecError {
        byte[] b = out.b;
        int s = out.base;
        int e = out.end;
        StringBuilder sb = out.sb;
        boolean inShift = false;
        int base64bits = 0;
        long base64buffer = 0;
        int surrogate = 0;
        int startinpos = 0;
        while (s < e) {
            int ch = b[s] & 0xff;
            String errmsg = null;
            if (inShift) {
                if (isBase64(ch)) {
                    base64buffer = (base64buffer << 6) | fromBase64(ch);
                    base64bits += 6;
                    s++;
                    if (base64bits >= 16) {
                        int outCh = (int) (base64buffer >>> (base64bits - 16)) & 0xFFFF;
                        base64bits -= 16;
                        base64buffer &= (1L << base64bits) - 1;
                        if (surrogate != 0) {
                            if (Character.isLowSurrogate((char) outCh)) {
                                sb.append((char) surrogate).append((char) outCh);
                                surrogate = 0;
                                continue;
                            }
                            sb.append((char) surrogate);
                            surrogate = 0;
                        }
                        if (Character.isHighSurrogate((char) outCh)) {
                            surrogate = outCh;
                        } else {
                            sb.append((char) outCh);
                        }
                    }
                } else {
                    inShift = false;
                    if (base64bits > 0) {
                        if (base64bits >= 6) {
                            s++;
                            errmsg = "partial character in shift sequence";
                        } else if (base64buffer != 0) {
                            s++;
                            errmsg = "non-zero padding bits in shift sequence";
                        }
                    }
                    if (errmsg == null) {
                        if (surrogate != 0 && ch <= 127 && ch != '+') {
                            sb.append((char) surrogate);
                        }
                        surrogate = 0;
                        if (ch == '-') {
                            s++; // '-' is absorbed; other terminating characters are kept
                        }
                    }
                }
            } else if (ch == '+') {
                startinpos = s;
                s++;
                if (s < e && b[s] == '-') {
                    s++;
                    sb.append('+');
                } else if (s < e && !isBase64(b[s] & 0xff)) {
                    s++;
                    errmsg = "ill-formed sequence";
                } else {
                    inShift = true;
                    surrogate = 0;
                    base64bits = 0;
                    base64buffer = 0;
                }
            } else if (ch <= 127) {
                s++;
                sb.append((char) ch);
            } else {
                startinpos = s;
                s++;
                errmsg = "unexpected special character";
            }
            if (errmsg != null) {
                out.error("utf7", startinpos, s, errmsg);
            }
        }
        if (inShift && (surrogate != 0 || base64bits >= 6 || (base64bits > 0 && base64buffer != 0))) {
            out.error("utf7", startinpos, e, "unterminated shift sequence");
        }
    }

}
