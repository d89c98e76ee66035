package dev.kaa.runtime.objects;

import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;

import java.io.ByteArrayOutputStream;

/**
 * {@code str.encode(encoding, errors)} for the codecs CPython implements in C: UTF-8 (and -sig), ASCII,
 * Latin-1, UTF-16 and UTF-32 (with and without a BOM), unicode_escape, raw_unicode_escape, and the JDK's
 * single-byte code pages as CPython's charmap codecs. Unencodable characters go to the error handler
 * (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
 * surrogatepass) as CPython's encoders hand them over: runs of them for ASCII, Latin-1, UTF-8 and charmap,
 * one at a time for UTF-16/32. An unknown handler is only an error once a character needs it.
 */
final class StrEncoder {
    private StrEncoder() {
    }

    private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("hex", "hex-codec", "base64",
            "base64-codec", "rot13", "rot-13", "zlib", "zlib-codec", "bz2", "bz2-codec", "quopri", "quopri-codec",
            "quotedprintable", "uu", "uu-codec");

    /** Which characters a codec can encode, and how. */
    private interface Codec {
        /** Whether code point c can be encoded. */
        boolean canEncode(int c);

        /** Appends the encoding of an encodable code point. */
        void put(ByteArrayOutputStream out, int c);
    }

    static PyBytes encode(PyStr s, String encoding, String errors) {
        String enc = BytesOps.normalizeEncoding(encoding);
        int[] cps = s.codePoints();
        switch (enc) {
            case "utf-8", "utf8", "u8", "utf", "cp65001", "utf-8-sig", "utf8-sig": {
                boolean plain = true;
                for (int c : cps) {
                    if (c >= 0xd800 && c <= 0xdfff) {
                        plain = false;
                        break;
                    }
                }
                boolean sig = enc.endsWith("sig");
                if (plain) {
                    byte[] b = s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    if (sig) {
                        byte[] r = new byte[b.length + 3];
                        r[0] = (byte) 0xef;
                        r[1] = (byte) 0xbb;
                        r[2] = (byte) 0xbf;
                        System.arraycopy(b, 0, r, 3, b.length);
                        b = r;
                    }
                    return new PyBytes(b);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (sig) {
                    out.write(0xef);
                    out.write(0xbb);
                    out.write(0xbf);
                }
                return runs(s, cps, out, "utf-8", "surrogates not allowed", errors, UTF8);
            }
            case "ascii", "us-ascii", "646":
                return runs(s, cps, new ByteArrayOutputStream(), "ascii", "ordinal not in range(128)", errors,
                        limited(0x80));
            case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100":
                return runs(s, cps, new ByteArrayOutputStream(), "latin-1", "ordinal not in range(256)", errors,
                        limited(0x100));
            case "utf-16", "utf16", "u16":
                return units(s, cps, "utf-16", errors, 2, true, true);
            case "utf-16-le", "utf-16le":
                return units(s, cps, "utf-16-le", errors, 2, true, false);
            case "utf-16-be", "utf-16be":
                return units(s, cps, "utf-16-be", errors, 2, false, false);
            case "utf-32", "utf32", "u32":
                return units(s, cps, "utf-32", errors, 4, true, true);
            case "utf-32-le", "utf-32le":
                return units(s, cps, "utf-32-le", errors, 4, true, false);
            case "utf-32-be", "utf-32be":
                return units(s, cps, "utf-32-be", errors, 4, false, false);
            case "unicode-escape", "unicodeescape":
                return escape(cps, false);
            case "raw-unicode-escape", "rawunicodeescape":
                return escape(cps, true);
            case "utf-7", "utf7", "u7", "unicode-1-1-utf-7":
                return Utf7Codec.encode(cps);
            default:
                break;
        }
        if (NOT_TEXT.contains(enc)) {
            throw PyErr.format(PyExc.LookupError,
                    "'%s' is not a text encoding; use codecs.encode() to handle arbitrary codecs", encoding);
        }
        java.nio.charset.Charset cs = charmap(enc);
        if (cs == null) {
            throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
        java.nio.charset.CharsetEncoder ce = cs.newEncoder();
        Codec codec = new Codec() {
            @Override
            public boolean canEncode(int c) {
                return c < 0x10000 && !(c >= 0xd800 && c <= 0xdfff) && ce.canEncode((char) c);
            }

            @Override
            public void put(ByteArrayOutputStream out, int c) {
                out.writeBytes(String.valueOf((char) c).getBytes(cs));
            }
        };
        return runs(s, cps, new ByteArrayOutputStream(), "charmap", "character maps to <undefined>", errors,
                codec);
    }

    /** The JDK's single-byte code page for a Python codec name, or null. */
    private static java.nio.charset.Charset charmap(String enc) {
        String jname = null;
        if (enc.length() == 6 && enc.startsWith("cp125") && enc.charAt(5) >= '0' && enc.charAt(5) <= '8') {
            jname = "windows-" + enc.substring(2);
        } else if (enc.startsWith("windows-125") && enc.length() == 12) {
            jname = enc;
        } else if (enc.startsWith("iso-8859-") || enc.startsWith("iso8859-")) {
            jname = "ISO-8859-" + enc.substring(enc.lastIndexOf('-') + 1);
        } else if (enc.equals("koi8-r") || enc.equals("koi8-u")) {
            jname = enc.toUpperCase(java.util.Locale.ROOT);
        } else if (enc.equals("mac-roman") || enc.equals("macroman")) {
            jname = "x-MacRoman";
        } else if (enc.length() == 5 && enc.startsWith("cp") && "437 737 775 850 852 855 857 858 860 861 862 863 864 865 866 869".contains(enc.substring(2))) {
            jname = "IBM" + enc.substring(2);
        }
        if (jname == null) {
            return null;
        }
        try {
            return java.nio.charset.Charset.forName(jname);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final Codec UTF8 = new Codec() {
        @Override
        public boolean canEncode(int c) {
            return !(c >= 0xd800 && c <= 0xdfff);
        }

        @Override
        public void put(ByteArrayOutputStream out, int c) {
            putUtf8(out, c);
        }
    };

    private static void putUtf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | (c >> 6));
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xe0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xf0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3f));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    private static Codec limited(int limit) {
        return new Codec() {
            @Override
            public boolean canEncode(int c) {
                return c < limit;
            }

            @Override
            public void put(ByteArrayOutputStream out, int c) {
                out.write(c);
            }
        };
    }

    private static PyException encodeError(String codec, PyStr s, int start, int end, String reason) {
        return PyErr.newException(PyExc.UnicodeEncodeError, PyStr.of(codec), s, PyInt.of(start), PyInt.of(end),
                PyStr.of(reason));
    }

    /**
     * The encoders that hand runs of unencodable characters to the error handler (ASCII, Latin-1, UTF-8,
     * charmap); the replacement text of a handler must itself be encodable.
     */
    private static PyBytes runs(PyStr s, int[] cps, ByteArrayOutputStream out, String name, String reason,
            String errors, Codec codec) {
        int n = cps.length;
        int i = 0;
        while (i < n) {
            int c = cps[i];
            if (codec.canEncode(c)) {
                codec.put(out, c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && !codec.canEncode(cps[end])) {
                end++;
            }
            switch (errors) {
                case "strict" -> throw encodeError(name, s, i, end, reason);
                case "ignore" -> {
                }
                case "replace" -> {
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                }
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        writeAscii(out, backslash(cps[k]));
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < end; k++) {
                        writeAscii(out, "&#" + cps[k] + ";");
                    }
                }
                case "namereplace" -> {
                    for (int k = i; k < end; k++) {
                        writeAscii(out, nameReplace(cps[k]));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        int u = cps[k];
                        if (u < 0xdc80 || u > 0xdcff) {
                            throw encodeError(name, s, k, end, reason);
                        }
                        out.write(u - 0xdc00);
                    }
                }
                case "surrogatepass" -> {
                    if (codec != UTF8) {
                        throw encodeError(name, s, i, end, reason);
                    }
                    for (int k = i; k < end; k++) {
                        putUtf8(out, cps[k]);
                    }
                }
                default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
            }
            i = end;
        }
        return new PyBytes(out.toByteArray());
    }

    private static void writeAscii(ByteArrayOutputStream out, String text) {
        for (int k = 0; k < text.length(); k++) {
            out.write(text.charAt(k));
        }
    }

    private static String backslash(int c) {
        if (c < 0x100) {
            return String.format("\\x%02x", c);
        }
        if (c < 0x10000) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    /** namereplace: {@code \N{NAME}}, or the backslash escape for characters without a name. */
    private static String nameReplace(int c) {
        String nm = Character.isDefined(c) && !(c >= 0xd800 && c <= 0xdfff) && Character.getType(c) != Character.CONTROL
                && Character.getType(c) != Character.PRIVATE_USE ? Character.getName(c) : null;
        return nm == null ? backslash(c) : "\\N{" + nm + "}";
    }

    /** UTF-16 and UTF-32: code units of {@code width} bytes, a BOM first if asked; errors one at a time. */
    private static PyBytes units(PyStr s, int[] cps, String name, String errors, int width, boolean le,
            boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length * width + width);
        if (bom) {
            unit(out, 0xfeff, width, le);
        }
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c < 0xd800 || c > 0xdfff) {
                if (width == 2 && c >= 0x10000) {
                    unit(out, 0xd800 + ((c - 0x10000) >> 10), 2, le);
                    unit(out, 0xdc00 + ((c - 0x10000) & 0x3ff), 2, le);
                } else {
                    unit(out, c, width, le);
                }
                continue;
            }
            String rep;
            switch (errors) {
                case "strict" -> throw encodeError(name, s, i, i + 1, "surrogates not allowed");
                case "ignore" -> rep = "";
                case "replace" -> rep = "?";
                case "backslashreplace" -> rep = backslash(c);
                case "xmlcharrefreplace" -> rep = "&#" + c + ";";
                case "namereplace" -> rep = nameReplace(c);
                case "surrogatepass" -> {
                    unit(out, c, width, le);
                    continue;
                }
                case "surrogateescape" -> throw encodeError(name, s, i, i + 1, "surrogates not allowed");
                default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
            }
            for (int k = 0; k < rep.length(); k++) {
                unit(out, rep.charAt(k), width, le);
            }
        }
        return new PyBytes(out.toByteArray());
    }

    private static void unit(ByteArrayOutputStream out, int u, int width, boolean le) {
        if (width == 2) {
            if (le) {
                out.write(u & 0xff);
                out.write((u >> 8) & 0xff);
            } else {
                out.write((u >> 8) & 0xff);
                out.write(u & 0xff);
            }
        } else if (le) {
            out.write(u & 0xff);
            out.write((u >> 8) & 0xff);
            out.write((u >> 16) & 0xff);
            out.write((u >>> 24) & 0xff);
        } else {
            out.write((u >>> 24) & 0xff);
            out.write((u >> 16) & 0xff);
            out.write((u >> 8) & 0xff);
            out.write(u & 0xff);
        }
    }

    /** unicode_escape (raw: only characters above U+00FF are escaped, as \\uXXXX or \\UXXXXXXXX). */
    private static PyBytes escape(int[] cps, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        for (int c : cps) {
            if (raw) {
                if (c < 0x100) {
                    out.write(c);
                } else {
                    writeAscii(out, backslash(c));
                }
                continue;
            }
            switch (c) {
                case '\\' -> writeAscii(out, "\\\\");
                case '\t' -> writeAscii(out, "\\t");
                case '\n' -> writeAscii(out, "\\n");
                case '\r' -> writeAscii(out, "\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.write(c);
                    } else {
                        writeAscii(out, backslash(c));
                    }
                }
            }
        }
        return new PyBytes(out.toByteArray());
    }
}
