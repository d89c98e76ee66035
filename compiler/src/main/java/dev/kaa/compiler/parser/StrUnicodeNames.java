package dev.kaa.compiler.parser;

import java.util.Locale;

/**
 * Unicode character names for {@code \N{...}} escapes (CPython's unicodedata getcode): case-insensitive
 * names, algorithmic "CJK UNIFIED IDEOGRAPH-XXXX" and Hangul syllable names. Built on the JDK's name
 * table, plus the formal aliases of {@link StrNameAliases}.
 */
final class StrUnicodeNames {
    private StrUnicodeNames() {
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
        "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '-')) {
                return -1;
            }
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = upper.substring("CJK UNIFIED IDEOGRAPH-".length());
            if (hex.length() != 4 && hex.length() != 5) {
                return -1;
            }
            int cp;
            try {
                cp = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                return -1;
            }
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            if (b != null && b.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS") && Character.isDefined(cp)) {
                return cp;
            }
            return -1;
        }
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring("HANGUL SYLLABLE ".length()));
        }
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return StrNameAliases.lookup(upper);
        }
        String real = Character.getName(cp);
        if (real == null || !real.equals(upper)) {
            return StrNameAliases.lookup(upper);
        }
        return cp;
    }

    private static int hangul(String s) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!s.startsWith(JAMO_L[l])) {
                continue;
            }
            for (int v = 0; v < JAMO_V.length; v++) {
                if (!s.startsWith(JAMO_V[v], JAMO_L[l].length())) {
                    continue;
                }
                String rest = s.substring(JAMO_L[l].length() + JAMO_V[v].length());
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (rest.equals(JAMO_T[t])) {
                        return 0xAC00 + (l * 21 + v) * 28 + t;
                    }
                }
            }
        }
        return -1;
    }
}
