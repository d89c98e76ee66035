package dev.kaa.compiler.tokenize;

/**
 * One entry of the tokenizer's mode stack (CPython's {@code tokenizer_mode}): the regular mode at the
 * bottom, one entry per f-string being read above it. Offsets are into the tokenizer's byte buffer.
 */
final class FStringMode {
    /** True while reading the literal part of an f-string (TOK_FSTRING_MODE), false in an expression. */
    boolean fstringKind;
    int quote;
    int quoteSize;
    boolean raw;
    /** Offset of the f-string's first byte (its prefix), its line's start, and its line number. */
    int fstringStart;
    int fstringMultiLineStart;
    int fstringLineStart;
    /** Brackets open inside this f-string's replacement fields (curly_bracket_depth). */
    int curlyBracketDepth;
    /** curly_bracket_expr_start_depth: -1 outside replacement fields. */
    int curlyBracketExprStartDepth;
    /** last_expr_buffer: -1 when there is none, else the offset just after the '{' it starts at. */
    int lastExprStart;
    /** last_expr_end: -1 while unset, else the offset of the token that ended the expression. */
    int lastExprEnd;
    boolean debug;
    boolean inFormatSpec;

    void reset() {
        fstringKind = true;
        quote = 0;
        quoteSize = 0;
        raw = false;
        fstringStart = 0;
        fstringMultiLineStart = 0;
        fstringLineStart = 0;
        curlyBracketDepth = 0;
        curlyBracketExprStartDepth = -1;
        lastExprStart = -1;
        lastExprEnd = -1;
        debug = false;
        inFormatSpec = false;
    }
}
