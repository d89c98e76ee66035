package dev.kaa.compiler.tokenize;

/** An open bracket on the tokenizer's stack (CPython's tok->parenstack, parenlinenostack, parencolstack). */
public record OpenBracket(char bracket, int lineno, int col) {
}
