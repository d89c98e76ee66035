package dev.kaa.compiler.symtable;

/**
 * The symbol flag bits of a name in a scope (CPython Include/internal/pycore_symtable.h): what the first
 * pass saw (DEF_*, USE) in the low bits, and the scope the analysis decided (LOCAL ... CELL) in bits 12-15.
 */
public final class Symbols {
    private Symbols() {
    }

    /** global statement. */
    public static final int DEF_GLOBAL = 1;
    /** assignment in code block. */
    public static final int DEF_LOCAL = 2;
    /** formal parameter. */
    public static final int DEF_PARAM = 2 << 1;
    /** nonlocal statement. */
    public static final int DEF_NONLOCAL = 2 << 2;
    /** name is used. */
    public static final int USE = 2 << 3;
    /** name used but not defined in nested block. */
    public static final int DEF_FREE = 2 << 4;
    /** free variable from class's method. */
    public static final int DEF_FREE_CLASS = 2 << 5;
    /** assignment occurred via import. */
    public static final int DEF_IMPORT = 2 << 6;
    /** this name is annotated. */
    public static final int DEF_ANNOT = 2 << 7;
    /** this name is a comprehension iteration variable. */
    public static final int DEF_COMP_ITER = 2 << 8;
    /** this name is a type parameter. */
    public static final int DEF_TYPE_PARAM = 2 << 9;
    /** this name is a cell in an inlined comprehension. */
    public static final int DEF_COMP_CELL = 2 << 10;

    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public static final int SCOPE_OFFSET = 12;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    // scopes
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    /** The scope bits of a symbol's flags (SYMBOL_TO_SCOPE). */
    public static int scope(int flags) {
        return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
    }
}
