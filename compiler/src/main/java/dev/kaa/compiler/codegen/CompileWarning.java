package dev.kaa.compiler.codegen;

/**
 * A SyntaxWarning the compiler issued (CPython's compiler_warn calls PyErr_WarnExplicitObject at once; Kaa
 * collects them for the caller to report): "\"is\" with 'int' literal. Did you mean \"==\"?", "'tuple'
 * object is not callable; perhaps you missed a comma?", "assertion is always true, perhaps remove
 * parentheses?"... Under {@code -W error} CPython turns one into a SyntaxError with this message and
 * position, which is why the position is kept as a SyntaxError's: 1-based offsets (UTF-8 byte column +
 * 1, as the compiler's errors), end included.
 */
public record CompileWarning(String message, String filename, int lineno, int offset, int endLineno,
                             int endOffset) {
}
