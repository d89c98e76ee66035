package dev.kaa.compiler.flowgraph;

import java.util.HashMap;
import java.util.LinkedHashMap;

/**
 * What the code generator knows about a code unit besides its instructions (CPython's
 * {@code _PyCompile_CodeUnitMetadata}): names, argument counts and the name tables that become
 * {@code co_names}, {@code co_localsplusnames} and friends. Indices are insertion order.
 */
public final class CodeUnitMetadata {
    public String name;
    public String qualname;
    public final ConstList consts = new ConstList();
    public final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
    public final LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
    public final LinkedHashMap<String, Integer> cellvars = new LinkedHashMap<>();
    public final LinkedHashMap<String, Integer> freevars = new LinkedHashMap<>();
    /** Names made fast locals while compiling an inlined comprehension in a module or class body. */
    public final HashMap<String, Boolean> fasthidden = new HashMap<>();
    public int argcount;
    public int posonlyargcount;
    public int kwonlyargcount;
    public int firstlineno;

    /** dict_add_o: the index of a name in a table, adding it if new. */
    public static int addName(LinkedHashMap<String, Integer> dict, String name) {
        Integer i = dict.get(name);
        if (i != null) {
            return i;
        }
        int n = dict.size();
        dict.put(name, n);
        return n;
    }
}
