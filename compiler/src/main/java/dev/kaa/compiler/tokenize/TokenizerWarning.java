package dev.kaa.compiler.tokenize;

/**
 * A SyntaxWarning the tokenizer issued (CPython calls PyErr_WarnExplicitObject at once; we collect
 * them): the line it is on and its message: "invalid escape sequence '\{'" (an f-string's literal
 * part, both modes) or "invalid decimal literal" for a number followed by a keyword ({@code 1if x}, the
 * parser's mode only).
 */
public record TokenizerWarning(int lineno, String message) {
}
