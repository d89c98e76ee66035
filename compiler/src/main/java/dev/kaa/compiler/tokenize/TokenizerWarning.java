package dev.kaa.compiler.tokenize;

/**
 * A SyntaxWarning the tokenizer issued (CPython calls PyErr_WarnExplicitObject at once; we collect
 * them): the line it is on and its message, e.g. "invalid escape sequence '\{'".
 */
public record TokenizerWarning(int lineno, String message) {
}
