package dev.kaa.compiler.oracle;

import dev.kaa.compiler.AstDumpFormat;
import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.parser.Parser;

/**
 * One line saying how parsing a source ended, in the form tools/oracle_dump.py's {@code error_outcome}
 * gives CPython's: {@code OK}, the syntax-error line {@code Kind 'msg' lineno offset end_lineno end_offset},
 * or {@code Kind: message} for another Python exception. A Java exception (a bug: it must never happen)
 * gives {@code JAVA <class>: <message>} and {@link #javaException} set.
 */
record Outcome(String line, Throwable javaException) {

    static final String OK = "OK";

    boolean isError() {
        return !line.equals(OK);
    }

    /** Parses {@code source} with Kaa's parser, as {@code ast.parse(source, filename)}. */
    static Outcome parse(byte[] source, String filename) {
        try {
            Parser.parseFile(source, filename);
            return new Outcome(OK, null);
        } catch (PySyntaxError e) {
            return new Outcome(AstDumpFormat.errorLine(e), null);
        } catch (Throwable e) { // StackOverflowError and OutOfMemoryError too: all are bugs here
            return javaBug(e);
        }
    }

    static Outcome javaBug(Throwable e) {
        String msg = e.getMessage();
        if (msg != null && msg.length() > 200) {
            msg = msg.substring(0, 200) + "...";
        }
        return new Outcome("JAVA " + e.getClass().getName() + (msg == null ? "" : ": " + msg.replace('\n', ' ')), e);
    }

    /** The first frames of a Java exception's stack, for a report. */
    static String where(Throwable e) {
        StringBuilder sb = new StringBuilder();
        StackTraceElement[] st = e.getStackTrace();
        for (int i = 0; i < Math.min(st.length, 6); i++) {
            sb.append("        at ").append(st[i]).append('\n');
        }
        return sb.toString();
    }
}
