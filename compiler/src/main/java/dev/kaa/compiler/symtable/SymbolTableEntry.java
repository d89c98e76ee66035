package dev.kaa.compiler.symtable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * One scope of the symbol table (CPython's {@code PySTEntryObject}): its names with their flags, its
 * parameters, its child scopes and the facts the code generator needs (generator, coroutine,
 * comprehension kind, whether a class needs a {@code __class__} cell ...). Filled in by
 * {@link SymbolTable}; read-only once {@link SymbolTable#build} has returned.
 */
public final class SymbolTableEntry {
    /** The AST node (or key) the scope belongs to. */
    public final Object ste_id;
    public final String ste_name;
    public final BlockType ste_type;
    /** name -> flags ({@link Symbols}), in first-seen order, as CPython's dict. */
    public final LinkedHashMap<String, Integer> ste_symbols = new LinkedHashMap<>();
    /** The parameters, in order. */
    public final List<String> ste_varnames = new ArrayList<>();
    public final List<SymbolTableEntry> ste_children = new ArrayList<>();
    /** global/nonlocal statements: (mangled name, location), for error positions. */
    List<Object[]> ste_directives;
    /** Type parameter names mangled inside a generic class's type-parameter scope, or null. */
    Set<String> ste_mangled_names;
    /** What a TypeVariableBlock evaluates ("a TypeVar bound", ...), for error messages. */
    public String ste_scope_info;

    public boolean ste_nested;
    public boolean ste_free;
    public boolean ste_child_free;
    public boolean ste_generator;
    public boolean ste_coroutine;
    public ComprehensionType ste_comprehension = ComprehensionType.NoComprehension;
    public boolean ste_varargs;
    public boolean ste_varkeywords;
    public boolean ste_returns_value;
    public boolean ste_needs_class_closure;
    public boolean ste_needs_classdict;
    public boolean ste_comp_inlined;
    boolean ste_comp_iter_target;
    public boolean ste_can_see_class_scope;
    int ste_comp_iter_expr;
    public final int ste_lineno;
    public final int ste_col_offset;
    public final int ste_end_lineno;
    public final int ste_end_col_offset;

    SymbolTableEntry(Object id, String name, BlockType type, int lineno, int colOffset, int endLineno,
                     int endColOffset) {
        this.ste_id = id;
        this.ste_name = name;
        this.ste_type = type;
        this.ste_lineno = lineno;
        this.ste_col_offset = colOffset;
        this.ste_end_lineno = endLineno;
        this.ste_end_col_offset = endColOffset;
    }

    /** The flags of a name, 0 if absent (_PyST_GetSymbol). */
    public int getSymbol(String name) {
        Integer f = ste_symbols.get(name);
        return f == null ? 0 : f;
    }

    /** The scope of a name, 0 if absent (_PyST_GetScope). */
    public int getScope(String name) {
        return Symbols.scope(getSymbol(name));
    }

    /** Functions and the function-like annotation and type scopes (_PyST_IsFunctionLike). */
    public boolean isFunctionLike() {
        return ste_type == BlockType.FunctionBlock || ste_type == BlockType.AnnotationBlock
                || ste_type == BlockType.TypeVariableBlock || ste_type == BlockType.TypeAliasBlock
                || ste_type == BlockType.TypeParametersBlock;
    }

    /** Names whose mangling is restricted (the type parameters of a generic class), or null. */
    public Set<String> mangledNames() {
        return ste_mangled_names;
    }

    @Override
    public String toString() {
        return "<symtable entry " + ste_name + ", line " + ste_lineno + ">";
    }
}
