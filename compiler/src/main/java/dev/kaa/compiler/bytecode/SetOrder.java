package dev.kaa.compiler.bytecode;

/**
 * The order in which CPython iterates a set built by adding items one by one. Placeholder: source order
 * until hashing is emulated.
 */
final class SetOrder {
    private SetOrder() {
    }

    static Object[] iterationOrder(Object[] items) {
        return items;
    }
}
