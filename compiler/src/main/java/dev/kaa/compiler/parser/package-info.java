/**
 * The PEG parser for CPython 3.13's {@code Grammar/python.gram}: one method per grammar rule, named after
 * it, with packrat memoization and left recursion as CPython's pegen generates them. Layers, one file each:
 * {@code ParserCore} (tokens, memo, positions, error reporting) ← {@code ExpressionRules} ←
 * {@code PatternRules} ← {@code StatementRules} ← {@link dev.kaa.compiler.parser.Parser} (entry points).
 * As in CPython, a failed parse is retried with the {@code invalid_*} rules enabled, which raise the
 * tailored SyntaxErrors ("expected ':'", "cannot assign to ...", "Perhaps you forgot a comma?").
 */
package dev.kaa.compiler.parser;
