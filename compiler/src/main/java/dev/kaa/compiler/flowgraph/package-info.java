/**
 * The control-flow-graph optimizer and the assembler (CPython 3.13's Python/flowgraph.c and
 * Python/assemble.c): an {@link dev.kaa.compiler.flowgraph.InstrSequence} with labels becomes a
 * {@link dev.kaa.compiler.flowgraph.Cfg} of {@link dev.kaa.compiler.flowgraph.BasicBlock}s, which is
 * optimized (exception-handler labelling, jump threading, dead code removal, constant folding of
 * tuples/lists/sets, {@code RETURN_CONST}, superinstructions such as {@code LOAD_FAST_LOAD_FAST}, cold-block
 * placement, stack depth) and assembled by {@link dev.kaa.compiler.flowgraph.Assembler} into a
 * {@link dev.kaa.compiler.bytecode.CodeObject}: co_code with EXTENDED_ARG and inline caches, the location
 * table, the exception table, localsplus kinds.
 */
package dev.kaa.compiler.flowgraph;
