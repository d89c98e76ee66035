package dev.kaa.compiler.tokenize;

/**
 * Python's repr() of a str and of bytes (CPython's unicode_repr and bytes_repr): the tokenize module's
 * {@code %r} of token strings, and, through {@link dev.kaa.compiler.ast.AstRepr}, ast.dump's constants.
 */
public final class PyRepr {
    private PyRepr() {
    }

    /** repr(s) for a Python str held in a Java String (code points; lone surrogates allowed). */
    public static String str(String s) {
        char quote = quote(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendStrChar(b, cp, quote);
        }
        return b.append(quote).toString();
    }

    /** Appends repr() of the str made of these code points (for strs a Java String cannot hold exactly). */
    public static void str(StringBuilder b, int[] codePoints) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int c : codePoints) {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = quote(hasSingle, hasDouble);
        b.append(quote);
        for (int c : codePoints) {
            appendStrChar(b, c, quote);
        }
        b.append(quote);
    }

    /** repr(b) for bytes held one per char (ISO-8859-1) in a Java String. */
    public static String bytes(String latin1) {
        char quote = quote(latin1.indexOf('\'') >= 0, latin1.indexOf('"') >= 0);
        StringBuilder b = new StringBuilder(latin1.length() + 3);
        b.append('b').append(quote);
        for (int i = 0; i < latin1.length(); i++) {
            appendByte(b, latin1.charAt(i) & 0xff, quote);
        }
        return b.append(quote).toString();
    }

    /** Appends repr(b). */
    public static void bytes(StringBuilder b, byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte c : bytes) {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = quote(hasSingle, hasDouble);
        b.append('b').append(quote);
        for (byte c : bytes) {
            appendByte(b, c & 0xff, quote);
        }
        b.append(quote);
    }

    /** CPython's choice: single quotes unless the text has a single quote and no double quote. */
    private static char quote(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    private static void appendStrChar(StringBuilder b, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            b.append('\\').append((char) cp);
        } else if (cp == '\t') {
            b.append("\\t");
        } else if (cp == '\n') {
            b.append("\\n");
        } else if (cp == '\r') {
            b.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            hex(b, "\\x", cp, 2);
        } else if (cp < 0x7f) {
            b.append((char) cp);
        } else if (UnicodeTables.isPrintable(cp)) {
            b.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hex(b, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            hex(b, "\\u", cp, 4);
        } else {
            hex(b, "\\U", cp, 8);
        }
    }

    private static void appendByte(StringBuilder b, int c, char quote) {
        if (c == quote || c == '\\') {
            b.append('\\').append((char) c);
        } else if (c == '\t') {
            b.append("\\t");
        } else if (c == '\n') {
            b.append("\\n");
        } else if (c == '\r') {
            b.append("\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            hex(b, "\\x", c, 2);
        } else {
            b.append((char) c);
        }
    }

    private static void hex(StringBuilder b, String prefix, int c, int width) {
        String h = Integer.toHexString(c);
        b.append(prefix);
        b.repeat('0', width - h.length());
        b.append(h);
    }
}
