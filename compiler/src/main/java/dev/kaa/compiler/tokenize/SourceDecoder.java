package dev.kaa.compiler.tokenize;

import dev.kaa.compiler.PySyntaxError;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Source bytes to the UTF-8 buffer the tokenizer reads: PEP 263 coding declarations and the UTF-8 BOM,
 * as CPython's string tokenizer does it for the parser ({@code decode_str}: newlines translated) and as
 * {@code tokenize.detect_encoding} does it for the tokenize module (line ends kept).
 */
final class SourceDecoder {
    private SourceDecoder() {
    }

    /**
     * The decoded source.
     *
     * @param bytes           UTF-8, ending in '\n' unless empty
     * @param length          valid bytes in {@code bytes}
     * @param implicitNewline whether the final '\n' was added
     * @param encoding        the ENCODING token's text (tokenize mode); in the parser's mode the encoding a
     *                        coding spec named (CPython's tok->encoding, "utf-8" after a BOM), or null
     * @param lineEnds        null, or (tokenize mode with a codec other than UTF-8) where each line that
     *                        readline() gave ends: the tokenizer's lines, which may hold other '\n's
     * @param addedNewlines   null, or with {@code lineEnds}: the offsets of the '\n's added to decoded
     *                        lines that did not end in one (CPython's tok->implicit_newline)
     */
    record Decoded(byte[] bytes, int length, boolean implicitNewline, String encoding, int[] lineEnds,
                   java.util.BitSet addedNewlines) {
        Decoded(byte[] bytes, int length, boolean implicitNewline, String encoding) {
            this(bytes, length, implicitNewline, encoding, null, null);
        }
    }

    static Decoded empty() {
        return new Decoded(new byte[0], 0, false, "utf-8");
    }

    // ------------------------------------------------------------------------------------------------
    // The parser's way (Parser/tokenizer/string_tokenizer.c decode_str)

    static Decoded forParser(byte[] source, String filename) {
        return forParser(source, filename, true, false);
    }

    /**
     * As CPython's string tokenizers for the parser: {@code execInput} (the start rule is
     * {@code file_input}) adds a final newline when missing, as {@code _PyTokenizer_translate_newlines}
     * does only for exec input (eval and single input end without one, which shows in SyntaxError
     * texts and offsets); {@code ignoreCookie} ({@code PyCF_IGNORE_COOKIE}, a str source:
     * {@code _PyTokenizer_FromUTF8}) takes the bytes as UTF-8 without looking for a BOM or coding spec.
     */
    static Decoded forParser(byte[] source, String filename, boolean execInput, boolean ignoreCookie) {
        boolean hasCr = false;
        for (byte b : source) {
            if (b <= '\r') {
                if (b == 0) {
                    // compile() refuses these before tokenizing.
                    throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes",
                            filename, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE,
                            null);
                }
                if (b == '\r') {
                    hasCr = true;
                }
            }
        }
        byte[] str;
        if (!hasCr && (!execInput || source.length > 0 && source[source.length - 1] == '\n')) {
            str = source; // nothing to translate: no copy (the tokenizer never writes to its buffer)
        } else {
            str = translateNewlines(source, 0, source.length, execInput);
        }
        int len = str.length;
        if (ignoreCookie) {
            return new Decoded(str, len, false, null);
        }
        int pos = 0;
        boolean bom = false;
        if (len >= 3 && (str[0] & 0xff) == 0xEF && (str[1] & 0xff) == 0xBB && (str[2] & 0xff) == 0xBF) {
            bom = true;
            pos = 3;
        }
        // Look for a coding spec on lines 1 and 2.
        int nl0 = indexOf(str, (byte) '\n', pos, len);
        String enc = null;
        // tok->encoding: what the coding spec said, or "utf-8" after a BOM
        String declared = bom ? "utf-8" : null;
        if (nl0 >= 0) {
            CodingSpec spec = checkCodingSpec(str, pos, nl0 - pos);
            if (spec.error == null && spec.name == null && !spec.stop) {
                int nl1 = indexOf(str, (byte) '\n', nl0 + 1, len);
                if (nl1 >= 0) {
                    spec = checkCodingSpec(str, nl0 + 1, nl1 - nl0);
                }
            }
            if (spec.name != null) {
                declared = spec.name;
                if (bom) {
                    if (!spec.name.equals("utf-8")) {
                        throw initError(filename, "encoding problem: " + spec.name + " with BOM");
                    }
                } else if (!spec.name.equals("utf-8")) {
                    enc = spec.name;
                }
            }
        }
        if (enc == null) {
            if (pos == 0) {
                return new Decoded(str, len, false, declared);
            }
            byte[] rest = new byte[len - pos];
            System.arraycopy(str, pos, rest, 0, rest.length);
            return new Decoded(rest, rest.length, false, declared);
        }
        // _PyTokenizer_translate_into_utf8: a strict decode; any codec failure (unknown or non-text
        // encoding, undecodable bytes, a lone surrogate) becomes the SyntaxError's message.
        try {
            String text = PythonCodecs.decode(enc, str, pos, len, false);
            byte[] utf8 = PythonCodecs.encodeUtf8(text);
            return new Decoded(utf8, utf8.length, false, declared);
        } catch (PythonCodecs.CodecError e) {
            throw initError(filename, e.getMessage());
        }
    }

    /** _PyPegen_raise_tokenizer_init_error: a SyntaxError at line 0, offset -1, no end, without text. */
    private static PySyntaxError initError(String filename, String msg) {
        return new PySyntaxError("SyntaxError", msg, filename, 0, -1, PySyntaxError.NONE, PySyntaxError.NONE, null);
    }

    /**
     * _PyTokenizer_translate_newlines: \r\n and \r become \n; for exec input a final \n is added if
     * missing.
     */
    static byte[] translateNewlines(byte[] s, int from, int to, boolean execInput) {
        byte[] out = new byte[to - from + 1];
        int n = 0;
        byte last = 0;
        for (int i = from; i < to; i++) {
            byte c = s[i];
            if (c == '\r') {
                c = '\n';
                if (i + 1 < to && s[i + 1] == '\n') {
                    i++;
                }
            }
            out[n++] = c;
            last = c;
        }
        if (execInput && last != '\n' && last != 0) {
            out[n++] = '\n';
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static int indexOf(byte[] s, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Result of check_coding_spec on one line. */
    private record CodingSpec(String name, boolean stop, String error) {
    }

    /**
     * check_coding_spec + get_coding_spec: a coding spec in a comment that is the only thing on the line;
     * {@code stop} when the line has something other than a comment (line 2 is then not looked at).
     */
    private static CodingSpec checkCodingSpec(byte[] s, int off, int size) {
        String spec = getCodingSpec(s, off, size);
        if (spec == null) {
            for (int i = 0; i < size; i++) {
                byte c = s[off + i];
                if (c == '#' || c == '\n' || c == '\r') {
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\014') {
                    return new CodingSpec(null, true, null);
                }
            }
            return new CodingSpec(null, false, null);
        }
        return new CodingSpec(spec, true, null);
    }

    private static String getCodingSpec(byte[] s, int off, int size) {
        int end = s.length;
        int i;
        for (i = 0; i < size - 6; i++) {
            byte c = s[off + i];
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\014') {
                return null;
            }
        }
        for (; i < size - 6; i++) {
            int t = off + i;
            if (t + 6 <= end && s[t] == 'c' && s[t + 1] == 'o' && s[t + 2] == 'd' && s[t + 3] == 'i'
                    && s[t + 4] == 'n' && s[t + 5] == 'g') {
                t += 6;
                if (t >= end || (s[t] != ':' && s[t] != '=')) {
                    continue;
                }
                do {
                    t++;
                } while (t < end && (s[t] == ' ' || s[t] == '\t'));
                int begin = t;
                while (t < end && (isAlnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) {
                    t++;
                }
                if (begin < t) {
                    return getNormalName(new String(s, begin, t - begin, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return null;
    }

    private static boolean isAlnum(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** get_normal_name (helpers.c): "utf-8" and "iso-8859-1" for their spellings, else the name. */
    static String getNormalName(String s) {
        StringBuilder b = new StringBuilder(12);
        for (int i = 0; i < 12 && i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = b.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------------
    // The tokenize module's way (Lib/tokenize.py detect_encoding, then lines decoded with "replace")

    static Decoded forTokenizeModule(byte[] source, String filename) {
        int len = source.length;
        int pos = 0;
        boolean bomFound = false;
        String dflt = "utf-8";
        if (len >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB && (source[2] & 0xff) == 0xBF) {
            bomFound = true;
            pos = 3;
            dflt = "utf-8-sig";
        }
        String encoding = dflt;
        if (pos < len) {
            int end1 = lineEnd(source, pos, len);
            String enc = findCookie(source, pos, end1, filename, bomFound);
            if (enc != null) {
                encoding = enc;
            } else if (isBlankLine(source, pos, end1) && end1 < len) {
                int end2 = lineEnd(source, end1, len);
                enc = findCookie(source, end1, end2, filename, bomFound);
                if (enc != null) {
                    encoding = enc;
                }
            }
        }
        String shown = encoding.equals("utf-8-sig") ? "utf-8" : encoding;
        byte[] utf8;
        int n;
        String codec = encoding.equals("utf-8-sig") ? "utf-8" : encoding;
        if (PythonCodecs.isUtf8(codec)) {
            if (Utf8.isValid(source, pos, len)) {
                if (pos == 0) {
                    utf8 = source;
                    n = len;
                } else {
                    utf8 = java.util.Arrays.copyOfRange(source, pos, len);
                    n = utf8.length;
                }
            } else {
                utf8 = Utf8.decodeReplace(source, pos, len).getBytes(StandardCharsets.UTF_8);
                n = utf8.length;
            }
        } else {
            return decodeLines(source, pos, len, codec, shown, filename);
        }
        boolean implicit = false;
        if (n > 0 && utf8[n - 1] != '\n') {
            byte[] b = java.util.Arrays.copyOf(utf8, n + 1);
            b[n++] = '\n';
            utf8 = b;
            implicit = true;
        }
        return new Decoded(utf8, n, implicit, shown);
    }

    /**
     * The tokenize module with a codec other than UTF-8: the C tokenizer decodes each line readline()
     * gives it (split after b'\\n') on its own, with errors="replace", and adds a '\\n' to a decoded line
     * without one (tok_underflow_readline). A codec that fails even so (non-text, "undefined", idna)
     * stops tokenize.
     */
    private static Decoded decodeLines(byte[] source, int pos, int len, String codec, String shown,
                                       String filename) {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(len - pos + 16);
        int[] ends = new int[16];
        int count = 0;
        java.util.BitSet added = new java.util.BitSet();
        try {
            int ls = pos;
            while (ls < len) {
                int le = lineEnd(source, ls, len);
                byte[] line = PythonCodecs.encodeUtf8(PythonCodecs.decode(codec, source, ls, le, true));
                if (line.length == 0) {
                    break; // a line that decodes to nothing reads as the end of input
                }
                buf.writeBytes(line);
                if (line[line.length - 1] != '\n') {
                    added.set(buf.size());
                    buf.write('\n');
                }
                if (count == ends.length) {
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = buf.size();
                ls = le;
            }
        } catch (PythonCodecs.CodecError e) {
            throw new PySyntaxError(e.type, e.getMessage(), filename, -1, -1, -1, -1, null);
        }
        byte[] utf8 = buf.toByteArray();
        boolean implicit = utf8.length > 0 && added.get(utf8.length - 1);
        return new Decoded(utf8, utf8.length, implicit, shown, java.util.Arrays.copyOf(ends, count), added);
    }

    private static int lineEnd(byte[] s, int from, int to) {
        int i = indexOf(s, (byte) '\n', from, to);
        return i < 0 ? to : i + 1;
    }

    /** blank_re: {@code ^[ \t\f]*(?:[#\r\n]|$)}. */
    private static boolean isBlankLine(byte[] s, int from, int to) {
        int i = from;
        while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) {
            i++;
        }
        return i == to || s[i] == '#' || s[i] == '\r' || s[i] == '\n';
    }

    /** detect_encoding's find_cookie. */
    private static String findCookie(byte[] s, int from, int to, String filename, boolean bomFound) {
        if (!Utf8.isValid(s, from, to)) {
            throw new PySyntaxError("SyntaxError", "invalid or missing encoding declaration for "
                    + PyRepr.str(filename), filename, -1, -1, -1, -1, null);
        }
        String name = cookieMatch(s, from, to);
        if (name == null) {
            return null;
        }
        String encoding = tokenizeNormalName(name);
        if (PythonCodecs.lookup(encoding) == null) {
            throw new PySyntaxError("SyntaxError", "unknown encoding for " + PyRepr.str(filename) + ": "
                    + encoding, filename, -1, -1, -1, -1, null);
        }
        if (bomFound) {
            if (!encoding.equals("utf-8")) {
                throw new PySyntaxError("SyntaxError", "encoding problem for " + PyRepr.str(filename)
                        + ": utf-8", filename, -1, -1, -1, -1, null);
            }
            encoding += "-sig";
        }
        return encoding;
    }

    /** cookie_re: {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)} (ASCII), on one line. */
    private static String cookieMatch(byte[] s, int from, int to) {
        int i = from;
        while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) {
            i++;
        }
        if (i >= to || s[i] != '#') {
            return null;
        }
        i++;
        for (; i + 6 < to; i++) {
            if (s[i] == '\n') {
                return null;
            }
            if (s[i] == 'c' && s[i + 1] == 'o' && s[i + 2] == 'd' && s[i + 3] == 'i' && s[i + 4] == 'n'
                    && s[i + 5] == 'g' && (s[i + 6] == ':' || s[i + 6] == '=')) {
                int t = i + 7;
                while (t < to && (s[t] == ' ' || s[t] == '\t')) {
                    t++;
                }
                int begin = t;
                while (t < to && (isAlnum(s[t]) || s[t] == '_' || s[t] == '-' || s[t] == '.')) {
                    t++;
                }
                if (t > begin) {
                    return new String(s, begin, t - begin, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    /** tokenize._get_normal_name. */
    private static String tokenizeNormalName(String orig) {
        String enc = orig.substring(0, Math.min(12, orig.length())).toLowerCase(Locale.ROOT).replace('_', '-');
        if (enc.equals("utf-8") || enc.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (enc.equals("latin-1") || enc.equals("iso-8859-1") || enc.equals("iso-latin-1")
                || enc.startsWith("latin-1-") || enc.startsWith("iso-8859-1-") || enc.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return orig;
    }
}
