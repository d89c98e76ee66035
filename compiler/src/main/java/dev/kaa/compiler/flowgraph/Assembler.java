package dev.kaa.compiler.flowgraph;

import static dev.kaa.compiler.bytecode.Opcode.*;

import dev.kaa.compiler.bytecode.ByteSink;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.ExceptionTable;
import dev.kaa.compiler.bytecode.LineTable;
import dev.kaa.compiler.bytecode.Location;
import dev.kaa.compiler.bytecode.Opcode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the optimized graph as a code object (CPython Python/assemble.c and the tail of
 * flowgraph.c): flattens the blocks, resolves {@code JUMP} pseudo-instructions to
 * {@code JUMP_FORWARD}/{@code JUMP_BACKWARD}, computes relative jump opargs (re-running while
 * {@code EXTENDED_ARG} prefixes change sizes), writes {@code co_code} with zeroed inline caches, the
 * location table, the exception table and the localsplus names and kinds.
 */
public final class Assembler {
    private Assembler() {
    }

    /** One laid-out instruction. */
    private static final class Flat {
        int opcode;
        int oparg;
        Location loc;
        int target = -1;
        int offset;
        int handler = -1;
        int handlerDepth;
        boolean handlerLasti;
    }

    static int instrSize(int opcode, int oparg) {
        int extended = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return extended + 1 + Opcode.cacheEntries(opcode);
    }

    /**
     * Finishes the optimized graph (_PyCfg_OptimizedCfgToInstructionSequence) and assembles the code
     * object (_PyAssemble_MakeCodeObject).
     */
    public static CodeObject assemble(Cfg g, CodeUnitMetadata umd, int codeFlags, String filename) {
        // CPython 3.13's co_stacksize is never 0 ("def f(): pass" and "def f(): raise" report 1)
        int maxdepth = Math.max(1, g.stackdepth());
        int nlocals = umd.varnames.size();
        int[] cellVarIndex = new int[umd.cellvars.size()];
        for (Map.Entry<String, Integer> e : umd.cellvars.entrySet()) {
            Integer vi = umd.varnames.get(e.getKey());
            cellVarIndex[e.getValue()] = vi == null ? -1 : vi;
        }
        boolean generator = (codeFlags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE
                | CodeObject.CO_ASYNC_GENERATOR)) != 0;
        int nlocalsplus = g.prepareLocalsplus(nlocals, cellVarIndex, umd.freevars.size(), umd.firstlineno,
                generator);
        g.convertPseudoOps();
        g.normalizeJumps();

        // flatten (_PyCfg_ToInstructionSequence + ApplyLabelMap)
        List<BasicBlock> blocks = g.blocks();
        Map<BasicBlock, Integer> start = new IdentityHashMap<>();
        int n = 0;
        for (BasicBlock b : blocks) {
            start.put(b, n);
            n += b.size();
        }
        List<Flat> instrs = new ArrayList<>(n);
        for (BasicBlock b : blocks) {
            for (Instr in : b.instrs) {
                Flat f = new Flat();
                f.opcode = in.opcode;
                f.oparg = in.oparg;
                f.loc = in.loc;
                if (in.hasTarget()) {
                    f.target = start.get(in.target);
                }
                if (in.except != null) {
                    f.handler = start.get(in.except);
                    f.handlerDepth = in.except.startdepth;
                    f.handlerLasti = in.except.preserveLasti;
                }
                instrs.add(f);
            }
        }
        resolveUnconditionalJumps(instrs);
        resolveJumpOffsets(instrs);

        // co_code
        ByteSink code = new ByteSink(instrs.size() * 2);
        for (Flat f : instrs) {
            writeInstr(code, f);
        }
        // co_linetable
        LineTable.Builder lines = new LineTable.Builder(umd.firstlineno);
        Location loc = Location.NO_LOCATION;
        int size = 0;
        boolean first = true;
        for (Flat f : instrs) {
            if (first || !loc.equals(f.loc)) {
                if (!first) {
                    lines.emit(loc, size);
                }
                first = false;
                loc = f.loc;
                size = 0;
            }
            size += instrSize(f.opcode, f.oparg);
        }
        if (!first) {
            lines.emit(loc, size);
        }
        // co_exceptiontable
        ExceptionTable.Builder exc = new ExceptionTable.Builder();
        int ioffset = 0;
        int handler = -1;
        int hDepth = 0;
        boolean hLasti = false;
        int startOff = -1;
        for (Flat f : instrs) {
            if (f.handler != handler) {
                if (handler >= 0) {
                    emitHandler(exc, startOff, ioffset, instrs.get(handler).offset, hDepth, hLasti);
                }
                startOff = ioffset;
                handler = f.handler;
                hDepth = f.handlerDepth;
                hLasti = f.handlerLasti;
            }
            ioffset += instrSize(f.opcode, f.oparg);
        }
        if (handler >= 0) {
            emitHandler(exc, startOff, ioffset, instrs.get(handler).offset, hDepth, hLasti);
        }

        // localsplus (compute_localsplus_info)
        String[] lpNames = new String[nlocalsplus];
        byte[] lpKinds = new byte[nlocalsplus];
        for (Map.Entry<String, Integer> e : umd.varnames.entrySet()) {
            int offset = e.getValue();
            byte kind = CodeObject.CO_FAST_LOCAL;
            if (umd.fasthidden.containsKey(e.getKey())) {
                kind |= CodeObject.CO_FAST_HIDDEN;
            }
            if (umd.cellvars.containsKey(e.getKey())) {
                kind |= CodeObject.CO_FAST_CELL;
            }
            lpNames[offset] = e.getKey();
            lpKinds[offset] = kind;
        }
        int numdropped = 0;
        for (Map.Entry<String, Integer> e : umd.cellvars.entrySet()) {
            if (umd.varnames.containsKey(e.getKey())) {
                numdropped++;
                continue;
            }
            int offset = e.getValue() + nlocals - numdropped;
            lpNames[offset] = e.getKey();
            lpKinds[offset] = CodeObject.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : umd.freevars.entrySet()) {
            int offset = e.getValue() + nlocals - numdropped;
            lpNames[offset] = e.getKey();
            lpKinds[offset] = CodeObject.CO_FAST_FREE;
        }

        // co_argcount counts the positional-only parameters too
        return new CodeObject(umd.posonlyargcount + umd.argcount, umd.posonlyargcount, umd.kwonlyargcount, maxdepth,
                codeFlags,
                umd.firstlineno, code.toByteArray(), umd.consts.values().toArray(),
                umd.names.keySet().toArray(new String[0]), lpNames, lpKinds, filename, umd.name,
                umd.qualname != null ? umd.qualname : umd.name,
                lines.toByteArray(), exc.toByteArray());
    }

    private static void emitHandler(ExceptionTable.Builder exc, int start, int end, int target, int startdepth,
                                    boolean lasti) {
        int depth = startdepth - 1;
        if (lasti) {
            depth -= 1;
        }
        exc.add(start, end, target, depth, lasti);
    }

    private static void resolveUnconditionalJumps(List<Flat> instrs) {
        for (int i = 0; i < instrs.size(); i++) {
            Flat f = instrs.get(i);
            boolean isForward = f.target > i;
            if (f.opcode == JUMP) {
                f.opcode = isForward ? JUMP_FORWARD : JUMP_BACKWARD;
            } else if (f.opcode == JUMP_NO_INTERRUPT) {
                f.opcode = isForward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
            }
        }
    }

    private static void resolveJumpOffsets(List<Flat> instrs) {
        boolean recompile;
        do {
            int totsize = 0;
            for (Flat f : instrs) {
                f.offset = totsize;
                totsize += instrSize(f.opcode, f.oparg);
            }
            recompile = false;
            int offset = 0;
            for (Flat f : instrs) {
                int isize = instrSize(f.opcode, f.oparg);
                offset += isize;
                if (Opcode.hasJump(f.opcode)) {
                    int targetOffset = instrs.get(f.target).offset;
                    if (targetOffset < offset) {
                        f.oparg = offset - targetOffset;
                    } else {
                        f.oparg = targetOffset - offset;
                    }
                    if (instrSize(f.opcode, f.oparg) != isize) {
                        recompile = true;
                    }
                }
            }
        } while (recompile);
    }

    private static void writeInstr(ByteSink out, Flat f) {
        int opcode = f.opcode;
        int oparg = f.oparg;
        int caches = Opcode.cacheEntries(opcode);
        int ilen = instrSize(opcode, oparg) - caches;
        if (ilen >= 4) {
            out.write(EXTENDED_ARG);
            out.write((oparg >> 24) & 0xFF);
        }
        if (ilen >= 3) {
            out.write(EXTENDED_ARG);
            out.write((oparg >> 16) & 0xFF);
        }
        if (ilen >= 2) {
            out.write(EXTENDED_ARG);
            out.write((oparg >> 8) & 0xFF);
        }
        out.write(opcode);
        out.write(oparg & 0xFF);
        for (int i = 0; i < caches; i++) {
            out.write(CACHE);
            out.write(0);
        }
    }
}
