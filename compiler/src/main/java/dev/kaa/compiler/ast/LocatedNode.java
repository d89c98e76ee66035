package dev.kaa.compiler.ast;

/**
 * A node with CPython's position attributes: 1-based line numbers and 0-based column offsets counted in
 * UTF-8 bytes of the source line, as CPython's parser records them.
 */
public abstract class LocatedNode extends Node {
    public final int lineno;
    public final int col_offset;
    public final int end_lineno;
    public final int end_col_offset;

    protected LocatedNode(int lineno, int col_offset, int end_lineno, int end_col_offset) {
        this.lineno = lineno;
        this.col_offset = col_offset;
        this.end_lineno = end_lineno;
        this.end_col_offset = end_col_offset;
    }

    @Override
    boolean dumpAttributes(StringBuilder sb, boolean first) {
        first = dumpInt(sb, first, "lineno", lineno);
        first = dumpInt(sb, first, "col_offset", col_offset);
        first = dumpInt(sb, first, "end_lineno", end_lineno);
        return dumpInt(sb, first, "end_col_offset", end_col_offset);
    }
}
