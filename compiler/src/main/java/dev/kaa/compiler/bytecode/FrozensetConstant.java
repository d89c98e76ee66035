package dev.kaa.compiler.bytecode;

import java.util.Arrays;

/**
 * A frozenset in {@code co_consts}: the compiler turns {@code x in {1, 2, 3}} and {@code for x in {...}}
 * into a frozenset constant. The items are distinct and kept in the order CPython's frozenset would
 * iterate them ({@link SetOrder#compileTimeOrder}), so that dis prints them alike.
 */
public final class FrozensetConstant {
    private final Object[] items;

    public FrozensetConstant(Object[] items) {
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** A copy of the items, in iteration order. */
    public Object[] toArray() {
        return items.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrozensetConstant t && Arrays.deepEquals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(items) ^ 0x5a5a;
    }

    @Override
    public String toString() {
        return ConstantRepr.repr(this);
    }
}
