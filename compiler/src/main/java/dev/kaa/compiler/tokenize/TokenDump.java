package dev.kaa.compiler.tokenize;

import dev.kaa.compiler.PySyntaxError;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code kaa --dump-tokens}: prints what {@code python3.13 -m tokenize -e FILE} prints. */
public final class TokenDump {
    private TokenDump() {
    }

    /** Prints the tokens of {@code source}; returns the exit status (1 on a tokenize error). */
    public static int run(byte[] source, String filename, PrintStream out, PrintStream err) {
        StringBuilder sb = new StringBuilder(source.length * 4 + 64);
        StringBuilder warnings = new StringBuilder();
        try {
            format(source, filename, sb, warnings);
        } catch (PySyntaxError e) {
            // tokenize.main() builds the whole token list before printing: nothing reaches stdout.
            warnings.append(errorLine(e, filename)).append('\n');
            byte[] b = bytes(warnings.toString());
            err.write(b, 0, b.length);
            err.flush();
            return 1;
        }
        if (!warnings.isEmpty()) {
            byte[] b = bytes(warnings.toString());
            err.write(b, 0, b.length);
            err.flush();
        }
        byte[] b = bytes(sb.toString());
        out.write(b, 0, b.length);
        out.flush();
        return 0;
    }

    /**
     * The token lines (each ending in '\n') tokenize -e prints, and the SyntaxWarnings it writes to
     * stderr (from a tokenizer named "&lt;string&gt;"); throws the tokenize error.
     */
    public static void format(byte[] source, String filename, StringBuilder sb, StringBuilder warnings)
            throws PySyntaxError {
        Tokenizer t = Tokenizer.forTokenizeModule(source, filename);
        try {
            while (true) {
                Token tok = t.next();
                appendLine(sb, tok);
                if (tok.type() == TokenType.ENDMARKER) {
                    break;
                }
            }
        } finally {
            for (TokenizerWarning w : t.warnings()) {
                warnings.append("<string>:").append(w.lineno()).append(": SyntaxWarning: ")
                        .append(w.message()).append('\n');
            }
        }
    }

    /** The line tokenize.main() writes to stderr for an error. */
    public static String errorLine(PySyntaxError e, String filename) {
        if (!e.kind.equals("SyntaxError") && !e.kind.equals("IndentationError") && !e.kind.equals("TabError")) {
            // tokenize.main()'s "except Exception" (CPython then re-raises and prints a traceback).
            return "unexpected error: " + e.msg;
        }
        if (e.lineno == -1 && e.offset == -1) {
            // A SyntaxError without location (detect_encoding): error(err, filename).
            return filename + ": error: " + e.msg;
        }
        String msg = e.msg;
        if (e.kind.equals("SyntaxError") && msg.contains("unterminated triple-quoted string literal")) {
            // tokenize._transform_msg
            msg = "EOF in multi-line string";
        }
        return filename + ":" + e.lineno + ":" + e.offset + ": error: " + msg;
    }

    /** One line: "%-20s%-15s%-15r" of the range, the exact type's name and the string. */
    static void appendLine(StringBuilder sb, Token tok) {
        int mark = sb.length();
        sb.append(tok.lineno()).append(',').append(tok.charCol()).append('-')
                .append(tok.endLineno()).append(',').append(tok.endCharCol()).append(':');
        pad(sb, mark, 20);
        mark = sb.length();
        TokenType type = tok.type();
        if (type.isOperator() || type == TokenType.OP) {
            type = Operators.exactType(tok.string());
        }
        sb.append(type.name());
        pad(sb, mark, 15);
        mark = sb.length();
        sb.append(PyRepr.str(tok.string()));
        pad(sb, mark, 15);
        sb.append('\n');
    }

    private static void pad(StringBuilder sb, int from, int width) {
        int n = sb.codePointCount(from, sb.length());
        for (; n < width; n++) {
            sb.append(' ');
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
