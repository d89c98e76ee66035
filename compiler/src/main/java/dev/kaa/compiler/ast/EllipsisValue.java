package dev.kaa.compiler.ast;

/** The value of the constant {@code ...} in a {@code Constant} node. */
public enum EllipsisValue {
    INSTANCE
}
