package dev.kaa.compiler.tokenize;

/**
 * One token. Positions are given twice: {@code col}/{@code endCol} in UTF-8 bytes of the line, as
 * CPython's C tokenizer and the AST count them, and {@code charCol}/{@code endCharCol} in code points,
 * as the {@code tokenize} module reports them. Lines are 1-based, columns 0-based.
 *
 * @param type      the token type (exact operator types, never OP)
 * @param string    the token's text as the tokenize module shows it
 * @param line      the text of the physical line(s) the token is on, as tokenize's {@code line}
 */
public record Token(TokenType type, String string,
                    int lineno, int col, int endLineno, int endCol,
                    int charCol, int endCharCol, String line) {
}
