/**
 * The symbol table pass (CPython's Python/symtable.c and Python/future.c): one
 * {@link dev.kaa.compiler.symtable.SymbolTableEntry} per module, class, function, lambda, comprehension,
 * annotation and type-parameter scope, each name with its DEF_* flags and resolved scope (local, global
 * explicit/implicit, free, cell), comprehension inlining (PEP 709), the implicit {@code __class__} cell,
 * and the SyntaxErrors of {@code global}/{@code nonlocal}/scoping with CPython's messages and positions.
 * Tested against CPython's {@code symtable} module (tools/dump_symtable.py).
 */
package dev.kaa.compiler.symtable;
