package dev.kaa.compiler.symtable;

/**
 * The kind of a scope (CPython's {@code _Py_block_ty}); the ordinals are {@code _symtable.TYPE_*}'s.
 */
public enum BlockType {
    FunctionBlock,
    ClassBlock,
    ModuleBlock,
    /** An annotation under {@code from __future__ import annotations}: never evaluated, binds nothing. */
    AnnotationBlock,
    /** The lazily evaluated value of a {@code type X = ...} statement (PEP 695). */
    TypeAliasBlock,
    /** The scope holding the type parameters of a generic function, class or type alias (PEP 695). */
    TypeParametersBlock,
    /** The bound, constraints or default of one type parameter, evaluated lazily. */
    TypeVariableBlock
}
