package dev.kaa.compiler.tokenize;

import dev.kaa.compiler.PySyntaxError;

/**
 * Python 3.13's tokenizer (CPython Parser/lexer.c and Parser/tokenizer/), producing tokens on demand.
 *
 * <p>Two modes, as in CPython: the parser's (exact operator types; no COMMENT, NL or ENCODING tokens) and
 * the {@code tokenize} module's (extra tokens, as {@code _tokenize.TokenizerIter(extra_tokens=True)}).
 * Errors are thrown as {@link PySyntaxError} when the tokenizer reaches them, with CPython's messages.
 *
 * <p>PLACEHOLDER API — being written; the contract the parser relies on is the set of public methods.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** A tokenizer in the parser's mode over raw source bytes (decoded per PEP 263 / BOM). */
    public static Tokenizer forParser(byte[] source, String filename) {
        throw new UnsupportedOperationException("tokenizer not written yet");
    }

    /** A tokenizer in the tokenize module's mode (COMMENT, NL, ENCODING tokens included). */
    public static Tokenizer forTokenizeModule(byte[] source, String filename) {
        throw new UnsupportedOperationException("tokenizer not written yet");
    }

    /** The next token; ENDMARKER repeats at the end. */
    public Token next() throws PySyntaxError {
        throw new UnsupportedOperationException();
    }

    /** The text of physical line {@code lineno} (1-based) including its newline, or "" past the end. */
    public String lineText(int lineno) {
        throw new UnsupportedOperationException();
    }

    /** How many brackets are open at the current position (CPython's tok->level). */
    public int parenDepth() {
        throw new UnsupportedOperationException();
    }

    /** The i-th open bracket (0 = outermost): its character, line and 0-based byte column. */
    public OpenBracket openBracket(int i) {
        throw new UnsupportedOperationException();
    }
}
