package dev.kaa.compiler.tokenize;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Python codec names (as in a PEP 263 coding declaration) to Java charsets, following
 * {@code encodings.normalize_encoding} and the common entries of {@code encodings.aliases}.
 */
final class PythonCodecs {
    private PythonCodecs() {
    }

    /** Python codec name (normalized) to Java charset name, for names Java does not spell alike. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf_8", "UTF-8"), Map.entry("utf8", "UTF-8"), Map.entry("u8", "UTF-8"),
            Map.entry("utf", "UTF-8"), Map.entry("utf8_ucs2", "UTF-8"), Map.entry("utf8_ucs4", "UTF-8"),
            Map.entry("cp65001", "UTF-8"),
            Map.entry("latin_1", "ISO-8859-1"), Map.entry("latin1", "ISO-8859-1"), Map.entry("latin", "ISO-8859-1"),
            Map.entry("l1", "ISO-8859-1"), Map.entry("iso_8859_1", "ISO-8859-1"), Map.entry("iso8859_1", "ISO-8859-1"),
            Map.entry("8859", "ISO-8859-1"), Map.entry("cp819", "ISO-8859-1"), Map.entry("iso_ir_100", "ISO-8859-1"),
            Map.entry("ascii", "US-ASCII"), Map.entry("us_ascii", "US-ASCII"), Map.entry("646", "US-ASCII"),
            Map.entry("us", "US-ASCII"), Map.entry("ansi_x3.4_1968", "US-ASCII"),
            Map.entry("utf_16", "UTF-16"), Map.entry("utf16", "UTF-16"), Map.entry("u16", "UTF-16"),
            Map.entry("utf_16_le", "UTF-16LE"), Map.entry("utf_16le", "UTF-16LE"),
            Map.entry("utf_16_be", "UTF-16BE"), Map.entry("utf_16be", "UTF-16BE"),
            Map.entry("utf_32", "UTF-32"), Map.entry("utf32", "UTF-32"), Map.entry("u32", "UTF-32"),
            Map.entry("utf_32_le", "UTF-32LE"), Map.entry("utf_32le", "UTF-32LE"),
            Map.entry("utf_32_be", "UTF-32BE"), Map.entry("utf_32be", "UTF-32BE"),
            Map.entry("koi8_r", "KOI8-R"), Map.entry("koi8_u", "KOI8-U"),
            Map.entry("mac_roman", "x-MacRoman"), Map.entry("macroman", "x-MacRoman"),
            Map.entry("mac_cyrillic", "x-MacCyrillic"), Map.entry("maccyrillic", "x-MacCyrillic"),
            Map.entry("mac_greek", "x-MacGreek"), Map.entry("mac_turkish", "x-MacTurkish"),
            Map.entry("mac_latin2", "x-MacCentralEurope"),
            Map.entry("euc_jp", "EUC-JP"), Map.entry("eucjp", "EUC-JP"), Map.entry("ujis", "EUC-JP"),
            Map.entry("shift_jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"), Map.entry("s_jis", "Shift_JIS"),
            Map.entry("cp932", "windows-31j"), Map.entry("ms932", "windows-31j"), Map.entry("mskanji", "windows-31j"),
            Map.entry("euc_kr", "EUC-KR"), Map.entry("euckr", "EUC-KR"), Map.entry("cp949", "x-windows-949"),
            Map.entry("gb2312", "GB2312"), Map.entry("gbk", "GBK"), Map.entry("cp936", "GBK"),
            Map.entry("gb18030", "GB18030"), Map.entry("big5", "Big5"), Map.entry("cp950", "x-windows-950"),
            Map.entry("big5hkscs", "Big5-HKSCS"), Map.entry("iso2022_jp", "ISO-2022-JP"),
            Map.entry("iso2022_kr", "ISO-2022-KR"), Map.entry("euc_jis_2004", "x-euc-jp-linux"));

    /** encodings.normalize_encoding, lower-cased as the search function does. */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && b.length() > 0) {
                    b.append('_');
                }
                b.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isUtf8(String name) {
        return "UTF-8".equals(ALIASES.get(normalize(name)));
    }

    /** The Java charset for a Python codec name, or null if Python would not know it. */
    static Charset lookup(String name) {
        String n = normalize(name);
        String javaName = ALIASES.get(n);
        if (javaName == null) {
            String cp = null;
            if (n.matches("cp\\d+|windows_\\d+")) {
                String num = n.startsWith("cp") ? n.substring(2) : n.substring(8);
                cp = num.startsWith("125") ? "windows-" + num : "IBM" + num;
            } else if (n.matches("iso_?8859_\\d+|iso_8859_\\d+|latin\\d")) {
                String num = n.substring(n.lastIndexOf('_') + 1);
                cp = "ISO-8859-" + num;
            }
            javaName = cp;
        }
        if (javaName == null) {
            return null;
        }
        try {
            return Charset.forName(javaName);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** str() of the UnicodeDecodeError Python's codec raises for the byte at {@code position}. */
    static String decodeErrorMessage(String enc, Charset cs, int bad, int position, int length) {
        String n = normalize(enc);
        if (cs.equals(StandardCharsets.US_ASCII)) {
            return String.format("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                    bad, position);
        }
        if (cs.newEncoder().maxBytesPerChar() == 1.0f) {
            return String.format("'charmap' codec can't decode byte 0x%02x in position %d: "
                    + "character maps to <undefined>", bad, position);
        }
        return String.format("'%s' codec can't decode byte 0x%02x in position %d: illegal multibyte sequence",
                n, bad, position);
    }
}
