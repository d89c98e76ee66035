package dev.kaa.compiler.bytecode;

/**
 * A source span of an instruction, as CPython's {@code location}: 1-based lines, 0-based column offsets in
 * UTF-8 bytes (as the AST's); -1 means unknown. {@link #NO_LOCATION} marks compiler-made instructions with
 * no source line (shown by dis as "--").
 */
public record Location(int lineno, int endLineno, int colOffset, int endColOffset) {
    public static final Location NO_LOCATION = new Location(-1, -1, -1, -1);

    public boolean isNone() {
        return lineno < 0;
    }
}
