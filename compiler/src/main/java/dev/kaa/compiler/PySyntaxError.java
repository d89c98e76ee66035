package dev.kaa.compiler;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) found by the tokenizer or parser,
 * with the fields CPython's SyntaxError carries. It has no Java stack trace: it is a Python error to
 * report, not a bug.
 *
 * @see #kind the Python exception class name
 */
public final class PySyntaxError extends RuntimeException {
    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    public final String msg;
    public final String filename;
    /**
     * Marks a position field that is None in CPython. (CPython also reports real negative values, such as
     * the end offset -1 of "unexpected indent", so -1 cannot stand for None.)
     */
    public static final int NONE = Integer.MIN_VALUE;

    /** 1-based; offsets are 1-based code-point offsets in the line, as CPython reports them; {@link #NONE} for None. */
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The source line, or null. */
    public final String text;

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }
}
