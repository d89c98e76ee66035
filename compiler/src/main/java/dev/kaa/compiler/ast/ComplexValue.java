package dev.kaa.compiler.ast;

/** A complex constant, as made by an imaginary literal such as {@code 2j}. */
public record ComplexValue(double real, double imag) {
}
