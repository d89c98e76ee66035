package dev.kaa.compiler.symtable;

/** Which comprehension a function scope is (CPython's {@code _Py_comprehension_ty}). */
public enum ComprehensionType {
    NoComprehension,
    ListComprehension,
    DictComprehension,
    SetComprehension,
    GeneratorExpression
}
