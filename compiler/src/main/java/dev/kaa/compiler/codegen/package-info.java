/**
 * From the AST to instruction sequences: the AST optimizer ({@link dev.kaa.compiler.codegen.AstOptimizer},
 * Python/ast_opt.c: constant folding with {@link dev.kaa.compiler.codegen.ConstFold}, {@code %}-formatting to
 * f-strings, {@code __debug__}) and code generation ({@link dev.kaa.compiler.codegen.CodeGen}, the codegen half
 * of CPython 3.13's Python/compile.c; {@link dev.kaa.compiler.codegen.PatternCompiler} for {@code match}).
 * CodeGen hands each code unit to {@link dev.kaa.compiler.flowgraph} and collects SyntaxWarnings as
 * {@link dev.kaa.compiler.codegen.CompileWarning}s. Entry point: {@link dev.kaa.compiler.Compiler}.
 */
package dev.kaa.compiler.codegen;
