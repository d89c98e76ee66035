package dev.kaa.compiler.bytecode;

import java.util.Arrays;

/**
 * A frozenset in {@code co_consts}: the compiler turns {@code x in {1, 2, 3}} and {@code for x in {...}}
 * into a frozenset constant. The items are distinct and kept in the order CPython's frozenset would
 * iterate them ({@link SetOrder#compileTimeOrder}), so that dis prints them alike.
 */
public final class FrozensetConstant {
    private final Object[] items;
    /** The order CPython's last build of the frozenset inserted the items in (which fixes its table). */
    private final Object[] insertionOrder;

    public FrozensetConstant(Object[] items) {
        this(items, items);
    }

    /**
     * A frozenset whose items iterate as {@code items} after being inserted, into a fresh table, in the
     * order {@code insertionOrder}: the runtime rebuilds it that way to get CPython's exact table (an
     * update of a set from it depends on the slots, not only on the order).
     */
    public FrozensetConstant(Object[] items, Object[] insertionOrder) {
        this.items = items;
        this.insertionOrder = insertionOrder;
    }

    /** A copy of the items in the order to insert them for CPython's table. */
    public Object[] insertionOrder() {
        return insertionOrder.clone();
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
