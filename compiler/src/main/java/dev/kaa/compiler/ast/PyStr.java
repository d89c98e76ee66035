package dev.kaa.compiler.ast;

/**
 * A Python str constant that a Java String cannot hold exactly: one with a lone surrogate code point
 * (Python's {@code '\ud83d\ude00'} is two code points; Java would read the pair as one character).
 * Ordinary strings are plain {@link String}s; this is the rare exact form, as an array of code points.
 */
public record PyStr(int[] codePoints) {
}
