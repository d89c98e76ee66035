package dev.kaa.compiler.tokenize;

/**
 * One token. Positions are given twice, because CPython's parser and its {@code tokenize} module disagree
 * slightly:
 * <ul>
 *   <li>{@code lineno}, {@code col}/{@code endCol}, {@code endLineno}: what the PEG parser's token carries
 *   (CPython's {@code Token.col_offset}/{@code end_col_offset}), in UTF-8 bytes of the line, as the AST
 *   counts them. {@code col} is where the token starts; {@code endCol} is where the tokenizer's cursor
 *   stood after it, so for an FSTRING_MIDDLE that ends in {@code {{} or {@code }}} it includes the second
 *   brace, which the token's text leaves out. Tokens CPython gives no position (INDENT, DEDENT,
 *   ENDMARKER in the parser's mode) have {@code col == endCol == -1}.</li>
 *   <li>{@code charCol}/{@code endCharCol}: what {@code tokenize} prints, in code points, computed from the
 *   token's text span. In the tokenize module's mode {@code lineno}/{@code endLineno} are also tokenize's
 *   (the trailing DEDENTs and ENDMARKER are put on the line after the last one).</li>
 * </ul>
 * Lines are 1-based, columns 0-based.
 *
 * @param type       the token type (exact operator types, never OP except for unknown characters such as
 *                   {@code $} or {@code ?}, which CPython's tokenizer also types OP)
 * @param string     the token's text. In the parser's mode NEWLINE is "" (as CPython's parser sees it); in
 *                   the tokenize module's mode it is "\n", "\r\n" or "" as tokenize shows it. FSTRING_MIDDLE
 *                   text keeps its escapes and, for {@code {{}/{@code }}}, exactly one brace (as CPython)
 * @param line       the text of the physical line(s) the token is on, as tokenize's {@code line}; null in
 *                   the parser's mode (use {@link Tokenizer#lineText(int)})
 * @param start      offset of the token's first byte in {@link Tokenizer#source()}, or -1
 * @param end        offset just past the token's text in {@link Tokenizer#source()}, or -1
 * @param metadata   for the {@code }}, {@code !} or {@code :} closing an f-string replacement field that
 *                   has a {@code =} debug specifier: the expression's source text up to (excluding) this
 *                   token, which CPython puts in the debug string; otherwise null
 */
public record Token(TokenType type, String string,
                    int lineno, int col, int endLineno, int endCol,
                    int charCol, int endCharCol, String line,
                    int start, int end, String metadata) {

    /** A token without source offsets or metadata. */
    public Token(TokenType type, String string, int lineno, int col, int endLineno, int endCol,
                 int charCol, int endCharCol, String line) {
        this(type, string, lineno, col, endLineno, endCol, charCol, endCharCol, line, -1, -1, null);
    }
}
