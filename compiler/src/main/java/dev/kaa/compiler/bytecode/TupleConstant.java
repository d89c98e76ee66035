package dev.kaa.compiler.bytecode;

import java.util.Arrays;

/**
 * A tuple in {@code co_consts}, as constant folding makes ({@code (1, 2)}, default-argument tuples, the
 * names tuple of {@code CALL_KW}, {@code from m import a, b}'s fromlist). Items are constants in the
 * compiler's representation (see {@link CodeObject#co_consts}). Immutable: the array is never changed after
 * construction, so do not change the one you pass in.
 */
public final class TupleConstant {
    private final Object[] items;

    public TupleConstant(Object[] items) {
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public Object[] toArray() {
        return items.clone();
    }

    /** Structural equality of the items (not Python's {@code ==}: the compiler keys constants by type). */
    @Override
    public boolean equals(Object o) {
        return o instanceof TupleConstant t && Arrays.deepEquals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(items);
    }

    @Override
    public String toString() {
        return ConstantRepr.repr(this);
    }
}
