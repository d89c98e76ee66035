package dev.kaa.compiler.codegen;

import dev.kaa.compiler.flowgraph.CodeUnitMetadata;
import dev.kaa.compiler.flowgraph.InstrSequence;
import dev.kaa.compiler.symtable.SymbolTableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The state of one code object being generated (CPython's {@code struct compiler_unit}): its symbol
 * table scope, the instruction sequence, the stack of open loops/try/with blocks ("frame blocks"), and
 * the metadata that becomes the code object's name tables.
 */
final class CompilerUnit {
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS }

    enum FBlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
    }

    /** A frame block (fblockinfo): what a break/continue/return has to unwind. */
    record FBlock(FBlockType type, int block, int exit, Object datum, dev.kaa.compiler.bytecode.Location loc) {
    }

    /** CPython's CO_MAXBLOCKS. */
    static final int MAX_BLOCKS = 21;

    final SymbolTableEntry ste;
    final ScopeType scopeType;
    String priv;
    final InstrSequence seq = new InstrSequence();
    final List<FBlock> fblocks = new ArrayList<>();
    int inInlinedComp;
    final CodeUnitMetadata md = new CodeUnitMetadata();
    /** For classes: attributes assigned as self.X in its methods (__static_attributes__), sorted. */
    final TreeSet<String> staticAttributes;

    CompilerUnit(SymbolTableEntry ste, ScopeType scopeType) {
        this.ste = ste;
        this.scopeType = scopeType;
        this.staticAttributes = scopeType == ScopeType.CLASS ? new TreeSet<>() : null;
    }
}
