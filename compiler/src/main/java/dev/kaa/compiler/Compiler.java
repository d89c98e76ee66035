package dev.kaa.compiler;

import dev.kaa.compiler.ast.ModNode;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.codegen.AstOptimizer;
import dev.kaa.compiler.codegen.CodeGen;
import dev.kaa.compiler.codegen.CompileWarning;
import dev.kaa.compiler.flowgraph.InstrSequence;
import dev.kaa.compiler.symtable.FutureFeatures;
import dev.kaa.compiler.symtable.SymbolTable;
import java.util.List;
import java.util.function.Consumer;

/**
 * The compiler's entry point: an AST to a {@link CodeObject} of CPython 3.13's instruction set.
 *
 * <pre>
 * source bytes ─ decode (PEP 263) ─► tokenizer ─► PEG parser ─► AST      (dev.kaa.compiler.parser.Parser)
 *   ─► future ─► AST optimizer ─► symtable ─► codegen ─► flowgraph ─► assembler ─► CodeObject (here)
 * </pre>
 *
 * <p>The compiler makes several passes to build the code object (as CPython's Python/compile.c):
 * <ol>
 *   <li>Checks for future statements. See {@link FutureFeatures}.</li>
 *   <li>Optimizes the AST: constant folding and the like. See {@link AstOptimizer} (ast_opt.c).</li>
 *   <li>Builds a symbol table. See {@link SymbolTable} (symtable.c).</li>
 *   <li>Generates an instruction sequence per code unit. See {@link CodeGen} (codegen in compile.c).</li>
 *   <li>Builds a control flow graph and runs optimizations on it. See
 *       {@link dev.kaa.compiler.flowgraph.Cfg} (flowgraph.c).</li>
 *   <li>Assembles the basic blocks into the final code object: jump offsets, the location table, the
 *       exception table. See {@link dev.kaa.compiler.flowgraph.Assembler} (assemble.c).</li>
 * </ol>
 * The source text before that is the tokenizer's and the parser's ({@link dev.kaa.compiler.parser.Parser});
 * {@link dev.kaa.compiler.bytecode.Dis} prints the result as {@code python3.13 -m dis} does.
 *
 * <p>Errors in the program are {@link PySyntaxError}s carrying CPython's message and position. The
 * source line ({@code text}) is left {@code null}: CPython reads it from the file named by
 * {@code filename}, and so should the caller that reports the error. Compiler limits surface the same
 * way with {@link PySyntaxError#kind} {@code "RecursionError"} ("maximum recursion depth exceeded during
 * compilation"), at the depth where {@code python3.13 -m dis} gives up (CPython counts from its caller's C
 * recursion depth, so a plain {@code compile()} call goes a few levels deeper). SyntaxWarnings are collected
 * as {@link CompileWarning}s for the caller to report (or to raise, under {@code -W error}).
 *
 * <p>{@code kaa --dis FILE} is
 * {@code Dis.dis(Compiler.compile(Parser.parseFile(bytes, FILE), FILE, Mode.EXEC))}.
 */
public final class Compiler {
    private Compiler() {
    }

    /** {@code compile(source, filename, mode)}'s modes. */
    public enum Mode { EXEC, EVAL, SINGLE }

    /**
     * Compiles a module, expression or interactive statement (the AST of the matching mode) with
     * optimization level 0.
     */
    public static CodeObject compile(ModNode mod, String filename, Mode mode) {
        return compile(mod, filename, mode, 0, 0, null);
    }

    /**
     * Compiles with the given {@code -O} level (0, 1: no asserts, {@code __debug__} false; 2: also no
     * docstrings) and compiler flags (CO_FUTURE_* bits a caller's {@code compile(..., flags)} passes in).
     *
     * @param sequenceListener if not null, receives each code unit's instruction sequence before
     *                         optimization (for tests)
     */
    public static CodeObject compile(ModNode mod, String filename, Mode mode, int optimize, int flags,
                                     Consumer<InstrSequence> sequenceListener) {
        return compile(mod, filename, mode, optimize, flags, null, sequenceListener);
    }

    /**
     * As {@link #compile(ModNode, String, Mode, int, int, Consumer)}, adding the SyntaxWarnings the compiler
     * issues to {@code warnings} (unless null), in CPython's order. (The tokenizer's warnings, such as
     * invalid escape sequences, come from the parser.)
     */
    public static CodeObject compile(ModNode mod, String filename, Mode mode, int optimize, int flags,
                                     List<CompileWarning> warnings, Consumer<InstrSequence> sequenceListener) {
        FutureFeatures future = FutureFeatures.fromAst(mod, filename, flags);
        ModNode optimized = AstOptimizer.optimize(mod, optimize, future.features(), filename);
        SymbolTable st = SymbolTable.build(optimized, filename, future);
        try {
            return CodeGen.compileMod(optimized, filename, st, future, optimize, warnings, sequenceListener);
        } catch (StackOverflowError e) {
            throw new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                    filename, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE,
                    null);
        }
    }
}
