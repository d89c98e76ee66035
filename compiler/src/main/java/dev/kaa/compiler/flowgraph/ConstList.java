package dev.kaa.compiler.flowgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants of a code unit in index order (co_consts in the making). The code generator adds them
 * without duplicates ({@link #add}); the optimizer appends folded constants and drops unused ones.
 */
public final class ConstList {
    final ArrayList<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();

    /** The index of an equal constant (by {@link ConstKey}), adding it if new (compiler_add_const). */
    public int add(Object value) {
        Object key = ConstKey.of(value);
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        int n = values.size();
        values.add(value);
        index.put(key, n);
        return n;
    }

    public Object get(int i) {
        return values.get(i);
    }

    public int size() {
        return values.size();
    }

    public List<Object> values() {
        return values;
    }

    /** Replaces the contents (after unused constants are removed); rebuilds the index. */
    void reset(List<Object> newValues) {
        values.clear();
        index.clear();
        for (Object v : newValues) {
            Object key = ConstKey.of(v);
            index.putIfAbsent(key, values.size());
            values.add(v);
        }
    }
}
