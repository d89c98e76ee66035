package dev.kaa.compiler.tokenize;

/** Python's repr() of a str, as the tokenize module prints token strings with {@code %r}, and of bytes. */
public final class PyRepr {
    private PyRepr() {
    }

    /** repr(s) for a Python str held in a Java String (code points; lone surrogates allowed). */
    public static String str(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').append((char) cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (UnicodeTables.isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        }
        b.append(quote);
        return b.toString();
    }

    /** repr(b) for bytes held one per char (ISO-8859-1) in a Java String. */
    public static String bytes(String latin1) {
        boolean hasSingle = latin1.indexOf('\'') >= 0;
        boolean hasDouble = latin1.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(latin1.length() + 3);
        b.append('b').append(quote);
        for (int i = 0; i < latin1.length(); i++) {
            int c = latin1.charAt(i) & 0xff;
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        b.append(quote);
        return b.toString();
    }
}
