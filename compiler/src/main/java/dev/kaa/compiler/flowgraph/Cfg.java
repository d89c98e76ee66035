package dev.kaa.compiler.flowgraph;

import static dev.kaa.compiler.bytecode.Opcode.*;

import dev.kaa.compiler.bytecode.Location;
import dev.kaa.compiler.bytecode.Opcode;
import dev.kaa.compiler.bytecode.TupleConstant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The control flow graph of one code unit and the optimizer passes over it (CPython Python/flowgraph.c).
 *
 * <p>The code generator's {@link InstrSequence} is cut into basic blocks at labels and after jumps and
 * scope exits. {@link #optimizeCodeUnit} then runs, in CPython 3.13's order: labelling of exception
 * handlers, inlining of small exit blocks, removal of unreachable blocks, line-number propagation,
 * peephole rewrites per block (constant conditions, tuples of constants, {@code RETURN_CONST},
 * {@code TO_BOOL} elimination, jump threading, SWAP elimination), removal of redundant NOPs and jumps,
 * removal of unused constants, {@code LOAD_FAST_CHECK} for possibly unbound locals, superinstructions
 * ({@code LOAD_FAST_LOAD_FAST}, {@code STORE_FAST_LOAD_FAST}, {@code STORE_FAST_STORE_FAST}) and moving
 * cold blocks (exception handlers) to the end. {@link #finish} computes the stack depth, inserts the
 * prefix instructions (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR), lowers pseudo-instructions and
 * makes backward conditional jumps forward ones; the {@link Assembler} then lays out the bytes.
 */
public final class Cfg {
    private static final int MAX_COPY_SIZE = 4;
    private static final int STACK_USE_GUIDELINE = 30;

    BasicBlock entry;
    private BasicBlock cur;
    private int currentLabel = -1;
    /** Every block ever allocated (b_list). */
    private final List<BasicBlock> allBlocks = new ArrayList<>();

    private Cfg() {
        entry = newBlock();
        cur = entry;
    }

    private BasicBlock newBlock() {
        BasicBlock b = new BasicBlock();
        allBlocks.add(b);
        return b;
    }

    // ------------------------------------------------------------------ construction

    private boolean currentBlockIsTerminated() {
        Instr last = cur.last();
        if (last != null && BasicBlock.isTerminator(last.opcode)) {
            return true;
        }
        if (currentLabel >= 0) {
            if (last != null || cur.label >= 0) {
                return true;
            }
            cur.label = currentLabel; // current block is empty: label it
            currentLabel = -1;
        }
        return false;
    }

    private void maybeStartNewBlock() {
        if (currentBlockIsTerminated()) {
            BasicBlock b = newBlock();
            b.label = currentLabel;
            currentLabel = -1;
            cur.next = b;
            cur = b;
        }
    }

    private void useLabel(int lbl) {
        currentLabel = lbl;
        maybeStartNewBlock();
    }

    private void addop(int opcode, int oparg, Location loc) {
        maybeStartNewBlock();
        cur.addop(opcode, oparg, loc);
    }

    /** Builds the graph from the code generator's output; jump opargs become instruction indices. */
    public static Cfg fromSequence(InstrSequence seq) {
        Cfg g = new Cfg();
        int n = seq.size();
        boolean[] isTarget = new boolean[n + 1];
        List<Instr> instrs = seq.instrs;
        int[] jumpTarget = new int[n];
        for (int i = 0; i < n; i++) {
            Instr in = instrs.get(i);
            if (in.hasTarget()) {
                int t = seq.labelTarget(in.oparg);
                jumpTarget[i] = t;
                isTarget[t] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            Instr in = instrs.get(i);
            if (isTarget[i]) {
                g.useLabel(i);
            }
            g.addop(in.opcode, in.hasTarget() ? jumpTarget[i] : in.oparg, in.loc);
        }
        g.translateJumpLabelsToTargets();
        return g;
    }

    private void translateJumpLabelsToTargets() {
        int maxLabel = -1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            maxLabel = Math.max(maxLabel, b.label);
        }
        BasicBlock[] label2block = new BasicBlock[maxLabel + 1];
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.label >= 0) {
                label2block[b.label] = b;
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.hasTarget()) {
                    in.target = label2block[in.oparg];
                }
            }
        }
    }

    private int maxLabel() {
        int lbl = -1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            lbl = Math.max(lbl, b.label);
        }
        return lbl;
    }

    // ------------------------------------------------------------------ the pipeline

    /** _PyCfg_OptimizeCodeUnit. */
    public void optimizeCodeUnit(ConstList consts, int nlocals, int nparams, int firstlineno) {
        markExceptHandlers();
        labelExceptionTargets();
        optimizeCfg(consts, firstlineno);
        removeUnusedConsts(consts);
        addChecksForLoadsOfUninitializedVariables(nlocals, nparams);
        insertSuperinstructions();
        pushColdBlocksToEnd();
        resolveLineNumbers();
    }

    private void optimizeCfg(ConstList consts, int firstlineno) {
        inlineSmallOrNoLinenoBlocks();
        removeUnreachable();
        resolveLineNumbers();
        for (BasicBlock b = entry; b != null; b = b.next) {
            optimizeBasicBlock(b, consts);
        }
        removeRedundantNopsAndPairs();
        removeUnreachable();
        removeRedundantNopsAndJumps();
    }

    // ------------------------------------------------------------------ exception handlers

    private void markExceptHandlers() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.isBlockPush()) {
                    in.target.exceptHandler = true;
                }
            }
        }
    }

    private void clearVisited() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
    }

    private void labelExceptionTargets() {
        clearVisited();
        ArrayDeque<BasicBlock> todo = new ArrayDeque<>();
        ExceptStack es = new ExceptStack();
        entry.visited = true;
        entry.exceptStack = es;
        todo.push(entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            ExceptStack exceptStack = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = exceptStack.top();
            int lastYieldExceptDepth = -1;
            for (Instr in : b.instrs) {
                if (in.isBlockPush()) {
                    if (!in.target.visited) {
                        in.target.exceptStack = exceptStack.copy();
                        in.target.visited = true;
                        todo.push(in.target);
                    }
                    if (in.opcode == SETUP_WITH || in.opcode == SETUP_CLEANUP) {
                        in.target.preserveLasti = true;
                    }
                    handler = exceptStack.push(in.target);
                } else if (in.opcode == POP_BLOCK) {
                    handler = exceptStack.pop();
                    in.setOp0(NOP);
                } else if (in.isJump()) {
                    in.except = handler;
                    if (!in.target.visited) {
                        if (b.hasFallthrough()) {
                            in.target.exceptStack = exceptStack.copy();
                        } else {
                            in.target.exceptStack = exceptStack;
                            exceptStack = null;
                        }
                        in.target.visited = true;
                        todo.push(in.target);
                    }
                } else if (in.opcode == YIELD_VALUE) {
                    in.except = handler;
                    lastYieldExceptDepth = exceptStack.depth;
                } else if (in.opcode == RESUME) {
                    in.except = handler;
                    if (in.oparg != 0) {
                        if (lastYieldExceptDepth == 1) {
                            in.oparg |= 4; // RESUME_OPARG_DEPTH1_MASK
                        }
                        lastYieldExceptDepth = -1;
                    }
                } else {
                    in.except = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                b.next.exceptStack = exceptStack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    // ------------------------------------------------------------------ reachability and NOPs

    private void removeUnreachable() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.predecessors = 0;
        }
        clearVisited();
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        entry.visited = true;
        stack.push(entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    b.next.visited = true;
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr in : b.instrs) {
                if (in.isJump() || in.isBlockPush()) {
                    BasicBlock t = in.target;
                    if (!t.visited) {
                        t.visited = true;
                        stack.push(t);
                    }
                    t.predecessors++;
                }
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.exceptHandler = false;
            }
        }
    }

    private static BasicBlock nextNonemptyBlock(BasicBlock b) {
        while (b != null && b.instrs.isEmpty()) {
            b = b.next;
        }
        return b;
    }

    private static int basicblockRemoveRedundantNops(BasicBlock bb) {
        List<Instr> in = bb.instrs;
        int dest = 0;
        int prevLineno = -1;
        int n = in.size();
        for (int src = 0; src < n; src++) {
            Instr instr = in.get(src);
            int lineno = instr.loc.lineno();
            if (instr.opcode == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < n - 1) {
                    int nextLineno = in.get(src + 1).loc.lineno();
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        in.get(src + 1).loc = instr.loc;
                        continue;
                    }
                } else {
                    BasicBlock next = nextNonemptyBlock(bb.next);
                    if (next != null) {
                        Location nextLoc = Location.NO_LOCATION;
                        for (Instr ni : next.instrs) {
                            if (ni.opcode == NOP && ni.loc.lineno() < 0) {
                                continue;
                            }
                            nextLoc = ni.loc;
                            break;
                        }
                        if (lineno == nextLoc.lineno()) {
                            continue;
                        }
                    }
                }
            }
            if (dest != src) {
                in.set(dest, instr);
            }
            dest++;
            prevLineno = lineno;
        }
        int removed = n - dest;
        if (removed > 0) {
            in.subList(dest, n).clear();
        }
        return removed;
    }

    private int removeRedundantNops() {
        int changes = 0;
        for (BasicBlock b = entry; b != null; b = b.next) {
            changes += basicblockRemoveRedundantNops(b);
        }
        return changes;
    }

    private void removeRedundantNopsAndPairs() {
        boolean done = false;
        while (!done) {
            done = true;
            Instr prev;
            Instr instr = null;
            for (BasicBlock b = entry; b != null; b = b.next) {
                basicblockRemoveRedundantNops(b);
                if (b.label >= 0) {
                    instr = null; // a jump target: forget the previous instruction
                }
                for (Instr in : b.instrs) {
                    prev = instr;
                    instr = in;
                    int prevOpcode = prev != null ? prev.opcode : 0;
                    int prevOparg = prev != null ? prev.oparg : 0;
                    boolean redundantPair = false;
                    if (in.opcode == POP_TOP) {
                        if (prevOpcode == LOAD_CONST) {
                            redundantPair = true;
                        } else if (prevOpcode == COPY && prevOparg == 1) {
                            redundantPair = true;
                        }
                    }
                    if (redundantPair) {
                        prev.setOp0(NOP);
                        in.setOp0(NOP);
                        done = false;
                    }
                }
                if ((instr != null && instr.isJump()) || !b.hasFallthrough()) {
                    instr = null;
                }
            }
        }
    }

    private int removeRedundantJumps() {
        int changes = 0;
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (BasicBlock.isUnconditionalJump(last.opcode)) {
                BasicBlock jumpTarget = nextNonemptyBlock(last.target);
                BasicBlock next = nextNonemptyBlock(b.next);
                if (jumpTarget == next) {
                    changes++;
                    last.setOp0(NOP);
                }
            }
        }
        return changes;
    }

    private void removeRedundantNopsAndJumps() {
        int removedNops;
        int removedJumps;
        do {
            removedNops = removeRedundantNops();
            removedJumps = removeRedundantJumps();
        } while (removedNops + removedJumps > 0);
    }

    // ------------------------------------------------------------------ inlining exit blocks

    private static boolean inlineSmallOrNoLinenoBlock(BasicBlock bb) {
        Instr last = bb.last();
        if (last == null || !BasicBlock.isUnconditionalJump(last.opcode)) {
            return false;
        }
        BasicBlock target = last.target;
        boolean smallExitBlock = target.exitsScope() && target.size() <= MAX_COPY_SIZE;
        boolean noLinenoNoFallthrough = target.hasNoLineno() && !target.hasFallthrough();
        if (smallExitBlock || noLinenoNoFallthrough) {
            int removedJumpOpcode = last.opcode;
            last.setOp0(NOP);
            for (Instr in : target.instrs) {
                bb.instrs.add(in.copy());
            }
            if (noLinenoNoFallthrough) {
                last = bb.last();
                if (BasicBlock.isUnconditionalJump(last.opcode) && removedJumpOpcode == JUMP) {
                    last.opcode = JUMP; // keep the eval breaker check
                }
            }
            target.predecessors--;
            return true;
        }
        return false;
    }

    private void inlineSmallOrNoLinenoBlocks() {
        boolean changes;
        do {
            changes = false;
            for (BasicBlock b = entry; b != null; b = b.next) {
                if (inlineSmallOrNoLinenoBlock(b)) {
                    changes = true;
                }
            }
        } while (changes);
    }

    // ------------------------------------------------------------------ peephole

    /** Jump threading: a jump to an unconditional jump goes straight to the final target. */
    private static boolean jumpThread(BasicBlock bb, Instr inst, Instr target, int opcode) {
        if (inst.target != target.target) {
            inst.setOp0(NOP);
            bb.addJump(opcode, target.target, target.loc);
            return true;
        }
        return false;
    }

    private static boolean hasConst(int op) {
        return Opcode.hasConst(op);
    }

    private static Object constValue(ConstList consts, int oparg) {
        return consts.get(oparg);
    }

    /** fold_tuple_on_constants: n LOAD_CONSTs then BUILD_TUPLE n become one LOAD_CONST of a tuple. */
    private static void foldTupleOnConstants(List<Instr> ins, int start, int n, ConstList consts) {
        for (int i = 0; i < n; i++) {
            if (!hasConst(ins.get(start + i).opcode)) {
                return;
            }
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = constValue(consts, ins.get(start + i).oparg);
        }
        int index = consts.add(new TupleConstant(items));
        for (int i = 0; i < n; i++) {
            ins.get(start + i).setOp0(NOP);
        }
        ins.get(start + n).setOp1(LOAD_CONST, index);
    }

    private void optimizeBasicBlock(BasicBlock bb, ConstList consts) {
        List<Instr> ins = bb.instrs;
        Instr nop = new Instr(NOP, 0, Location.NO_LOCATION);
        int opcode = 0;
        int oparg = 0;
        Instr target = nop;
        for (int i = 0; i < ins.size(); i++) {
            Instr inst = ins.get(i);
            boolean isCopyOfLoadConst = opcode == LOAD_CONST && inst.opcode == COPY && inst.oparg == 1;
            if (!isCopyOfLoadConst) {
                opcode = inst.opcode;
                oparg = inst.oparg;
                if (inst.hasTarget()) {
                    target = inst.target.instrs.get(0);
                } else {
                    target = nop;
                }
            }
            int nextop = i + 1 < ins.size() ? ins.get(i + 1).opcode : 0;
            switch (opcode) {
                case LOAD_CONST -> {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            boolean isTrue = Truth.isTrue(constValue(consts, oparg));
                            inst.setOp0(NOP);
                            boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue) {
                                ins.get(i + 1).opcode = JUMP;
                            } else {
                                ins.get(i + 1).setOp0(NOP);
                            }
                        }
                        case IS_OP -> {
                            // LOAD_CONST None; IS_OP; [TO_BOOL;] POP_JUMP_IF_x  ->  POP_JUMP_IF_[NOT_]NONE
                            if (constValue(consts, oparg) != null) {
                                break;
                            }
                            if (ins.size() <= i + 2) {
                                break;
                            }
                            Instr isInstr = ins.get(i + 1);
                            Instr jumpInstr = ins.get(i + 2);
                            if (jumpInstr.opcode == TO_BOOL) {
                                jumpInstr.setOp0(NOP);
                                if (ins.size() <= i + 3) {
                                    break;
                                }
                                jumpInstr = ins.get(i + 3);
                            }
                            boolean invert = isInstr.oparg != 0;
                            if (jumpInstr.opcode == POP_JUMP_IF_FALSE) {
                                invert = !invert;
                            } else if (jumpInstr.opcode != POP_JUMP_IF_TRUE) {
                                break;
                            }
                            inst.setOp0(NOP);
                            isInstr.setOp0(NOP);
                            jumpInstr.opcode = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                        }
                        case RETURN_VALUE -> {
                            inst.setOp0(NOP);
                            ins.get(++i).setOp1(RETURN_CONST, oparg);
                        }
                        case TO_BOOL -> {
                            boolean isTrue = Truth.isTrue(constValue(consts, oparg));
                            int index = consts.add(isTrue);
                            inst.setOp0(NOP);
                            ins.get(i + 1).setOp1(LOAD_CONST, index);
                        }
                        default -> {
                        }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == ins.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.setOp0(NOP);
                            ins.get(i + 1).setOp0(NOP);
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.setOp0(NOP);
                            ins.get(i + 1).opcode = SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(ins, i - oparg, oparg, consts);
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(bb, inst, target, inst.opcode) ? 1 : 0;
                    }
                }
                case POP_JUMP_IF_FALSE -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(bb, inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                    }
                }
                case POP_JUMP_IF_TRUE -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(bb, inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                    }
                }
                case JUMP, JUMP_NO_INTERRUPT -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(bb, inst, target, JUMP) ? 1 : 0;
                    } else if (target.opcode == JUMP_NO_INTERRUPT) {
                        i -= jumpThread(bb, inst, target, opcode) ? 1 : 0;
                    }
                }
                case STORE_FAST -> {
                    if (opcode == nextop && oparg == ins.get(i + 1).oparg
                            && inst.loc.lineno() == ins.get(i + 1).loc.lineno()) {
                        inst.setOp0(POP_TOP);
                    }
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.setOp0(NOP);
                    }
                }
                case LOAD_GLOBAL -> {
                    if (nextop == PUSH_NULL && (oparg & 1) == 0) {
                        inst.setOp1(LOAD_GLOBAL, oparg | 1);
                        ins.get(i + 1).setOp0(NOP);
                    }
                }
                case COMPARE_OP -> {
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        ins.get(i + 1).setOp1(COMPARE_OP, oparg | 16);
                        continue;
                    }
                }
                case CONTAINS_OP, IS_OP -> {
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        ins.get(i + 1).setOp1(opcode, oparg);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setOp0(NOP);
                        ins.get(i + 1).setOp1(opcode, oparg ^ 1);
                        continue;
                    }
                }
                case TO_BOOL -> {
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        continue;
                    }
                }
                case UNARY_NOT -> {
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        ins.get(i + 1).setOp0(UNARY_NOT);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setOp0(NOP);
                        ins.get(i + 1).setOp0(NOP);
                        continue;
                    }
                }
                default -> {
                }
            }
        }
        for (int i = 0; i < ins.size(); i++) {
            if (ins.get(i).opcode == SWAP) {
                i = swaptimize(bb, i);
                applyStaticSwaps(bb, i);
            }
        }
    }

    /** Replaces a run of SWAPs and NOPs by an optimal one with the same effect; returns the new index. */
    private static int swaptimize(BasicBlock block, int ix) {
        List<Instr> ins = block.instrs;
        int depth = ins.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = ins.size() - ix;
        while (++len < limit) {
            int op = ins.get(ix + len).opcode;
            if (op == SWAP) {
                depth = Math.max(depth, ins.get(ix + len).oparg);
                more = true;
            } else if (op != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr in = ins.get(ix + i);
            if (in.opcode == SWAP) {
                int top = stack[0];
                stack[0] = stack[in.oparg - 1];
                stack[in.oparg - 1] = top;
            }
        }
        int current = len - 1;
        final int visited = -1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr in = ins.get(ix + current--);
                    in.opcode = SWAP;
                    in.oparg = j + 1;
                }
                if (stack[j] == visited) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (0 <= current) {
            ins.get(ix + current--).setOp0(NOP);
        }
        return ix + len - 1;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == STORE_FAST_MAYBE_NULL || op == POP_TOP;
    }

    private static int storesTo(Instr in) {
        return in.opcode == STORE_FAST || in.opcode == STORE_FAST_MAYBE_NULL ? in.oparg : -1;
    }

    private static int nextSwappableInstruction(BasicBlock block, int i, int lineno) {
        List<Instr> ins = block.instrs;
        while (++i < ins.size()) {
            Instr in = ins.get(i);
            if (0 <= lineno && in.loc.lineno() != lineno) {
                return -1;
            }
            if (in.opcode == NOP) {
                continue;
            }
            if (swappable(in.opcode)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** Applies SWAPs by reordering the following stores instead of stack items. */
    private static void applyStaticSwaps(BasicBlock block, int i) {
        List<Instr> ins = block.instrs;
        for (; 0 <= i; i--) {
            Instr swap = ins.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappableInstruction(block, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = ins.get(j).loc.lineno();
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappableInstruction(block, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(ins.get(j));
            int storeK = storesTo(ins.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(ins.get(idx));
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
                        return;
                    }
                }
            }
            swap.setOp0(NOP);
            Instr temp = ins.get(j);
            ins.set(j, ins.get(k));
            ins.set(k, temp);
        }
    }

    // ------------------------------------------------------------------ constants, locals, superinstructions

    private void removeUnusedConsts(ConstList consts) {
        int nconsts = consts.size();
        if (nconsts == 0) {
            return;
        }
        int[] indexMap = new int[nconsts];
        Arrays.fill(indexMap, -1);
        indexMap[0] = 0; // the first constant may be the docstring: always kept
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (hasConst(in.opcode)) {
                    indexMap[in.oparg] = in.oparg;
                }
            }
        }
        int nUsed = 0;
        for (int i = 0; i < nconsts; i++) {
            if (indexMap[i] != -1) {
                indexMap[nUsed++] = indexMap[i];
            }
        }
        if (nUsed == nconsts) {
            return;
        }
        List<Object> newValues = new ArrayList<>(nUsed);
        int[] reverse = new int[nconsts];
        Arrays.fill(reverse, -1);
        for (int i = 0; i < nUsed; i++) {
            newValues.add(consts.get(indexMap[i]));
            reverse[indexMap[i]] = i;
        }
        consts.reset(newValues);
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (hasConst(in.opcode)) {
                    in.oparg = reverse[in.oparg];
                }
            }
        }
    }

    private static void maybePush(BasicBlock b, long unsafeMask, ArrayDeque<BasicBlock> stack) {
        long both = b.unsafeLocalsMask | unsafeMask;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    private static void scanBlockForLocals(BasicBlock b, ArrayDeque<BasicBlock> stack) {
        long unsafeMask = b.unsafeLocalsMask;
        for (Instr in : b.instrs) {
            if (in.except != null) {
                maybePush(in.except, unsafeMask, stack);
            }
            if (in.oparg >= 64) {
                continue;
            }
            long bit = 1L << in.oparg;
            switch (in.opcode) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafeMask |= bit;
                case STORE_FAST -> unsafeMask &= ~bit;
                case LOAD_FAST_CHECK -> unsafeMask &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafeMask & bit) != 0) {
                        in.opcode = LOAD_FAST_CHECK;
                    }
                    unsafeMask &= ~bit;
                }
                default -> {
                }
            }
        }
        if (b.next != null && b.hasFallthrough()) {
            maybePush(b.next, unsafeMask, stack);
        }
        Instr last = b.last();
        if (last != null && last.isJump()) {
            maybePush(last.target, unsafeMask, stack);
        }
    }

    private void fastScanManyLocals(int nlocals) {
        int[] states = new int[nlocals - 64];
        int blocknum = 0;
        for (BasicBlock b = entry; b != null; b = b.next) {
            blocknum++;
            for (Instr in : b.instrs) {
                int arg = in.oparg;
                if (arg < 64) {
                    continue;
                }
                switch (in.opcode) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) {
                            in.opcode = LOAD_FAST_CHECK;
                        }
                        states[arg - 64] = blocknum;
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private void addChecksForLoadsOfUninitializedVariables(int nlocals, int nparams) {
        if (nlocals == 0) {
            return;
        }
        if (nlocals > 64) {
            fastScanManyLocals(nlocals);
            nlocals = 64;
        }
        clearVisited();
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) {
            startMask |= 1L << i;
        }
        maybePush(entry, startMask, stack);
        for (BasicBlock b = entry; b != null; b = b.next) {
            scanBlockForLocals(b, stack);
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = false;
            scanBlockForLocals(b, stack);
        }
    }

    private static void makeSuperInstruction(Instr inst1, Instr inst2, int superOp) {
        int line1 = inst1.loc.lineno();
        int line2 = inst2.loc.lineno();
        if (line1 >= 0 && line2 >= 0 && line1 != line2) {
            return;
        }
        if (inst1.oparg >= 16 || inst2.oparg >= 16) {
            return;
        }
        inst1.setOp1(superOp, (inst1.oparg << 4) | inst2.oparg);
        inst2.setOp0(NOP);
    }

    private void insertSuperinstructions() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            List<Instr> ins = b.instrs;
            for (int i = 0; i < ins.size(); i++) {
                Instr inst = ins.get(i);
                int nextop = i + 1 < ins.size() ? ins.get(i + 1).opcode : 0;
                if (inst.opcode == LOAD_FAST) {
                    if (nextop == LOAD_FAST) {
                        makeSuperInstruction(inst, ins.get(i + 1), LOAD_FAST_LOAD_FAST);
                    }
                } else if (inst.opcode == STORE_FAST) {
                    if (nextop == LOAD_FAST) {
                        makeSuperInstruction(inst, ins.get(i + 1), STORE_FAST_LOAD_FAST);
                    } else if (nextop == STORE_FAST) {
                        makeSuperInstruction(inst, ins.get(i + 1), STORE_FAST_STORE_FAST);
                    }
                }
            }
        }
        removeRedundantNops();
    }

    // ------------------------------------------------------------------ cold blocks

    private void markWarm() {
        clearVisited();
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        stack.push(entry);
        entry.visited = true;
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.warm = true;
            BasicBlock next = b.next;
            if (next != null && b.hasFallthrough() && !next.visited) {
                stack.push(next);
                next.visited = true;
            }
            for (Instr in : b.instrs) {
                if (in.isJump() && !in.target.visited) {
                    stack.push(in.target);
                    in.target.visited = true;
                }
            }
        }
    }

    private void markCold() {
        markWarm();
        clearVisited();
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.exceptHandler) {
                stack.push(b);
                b.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.cold = true;
            BasicBlock next = b.next;
            if (next != null && b.hasFallthrough()) {
                if (!next.warm && !next.visited) {
                    stack.push(next);
                    next.visited = true;
                }
            }
            for (Instr in : b.instrs) {
                if (in.isJump()) {
                    BasicBlock t = in.target;
                    if (!t.warm && !t.visited) {
                        stack.push(t);
                        t.visited = true;
                    }
                }
            }
        }
    }

    private void pushColdBlocksToEnd() {
        if (entry.next == null) {
            return;
        }
        markCold();
        int nextLbl = maxLabel() + 1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                BasicBlock explicitJump = newBlock();
                if (b.next.label < 0) {
                    b.next.label = nextLbl++;
                }
                explicitJump.addJump(JUMP_NO_INTERRUPT, b.next, Location.NO_LOCATION);
                explicitJump.cold = true;
                explicitJump.next = b.next;
                explicitJump.predecessors = 1;
                b.next = explicitJump;
            }
        }
        BasicBlock coldBlocks = null;
        BasicBlock coldBlocksTail = null;
        BasicBlock b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) {
                b = b.next;
            }
            if (b.next == null) {
                break;
            }
            BasicBlock bEnd = b.next;
            while (bEnd.next != null && bEnd.next.cold) {
                bEnd = bEnd.next;
            }
            if (coldBlocks == null) {
                coldBlocks = b.next;
            } else {
                coldBlocksTail.next = b.next;
            }
            coldBlocksTail = bEnd;
            b.next = bEnd.next;
            bEnd.next = null;
        }
        b.next = coldBlocks;
        if (coldBlocks != null) {
            removeRedundantNopsAndJumps();
        }
    }

    // ------------------------------------------------------------------ line numbers

    private static boolean isExitOrEvalCheckWithoutLineno(BasicBlock b) {
        if (b.exitsScope() || b.hasEvalBreak()) {
            return b.hasNoLineno();
        }
        return false;
    }

    private BasicBlock copyBasicBlock(BasicBlock block) {
        BasicBlock result = newBlock();
        for (Instr in : block.instrs) {
            result.instrs.add(in.copy());
        }
        return result;
    }

    private void duplicateExitsWithoutLineno() {
        int nextLbl = maxLabel() + 1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.isJump()) {
                BasicBlock target = nextNonemptyBlock(last.target);
                if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock newTarget = copyBasicBlock(target);
                    newTarget.instrs.get(0).loc = last.loc;
                    last.target = newTarget;
                    target.predecessors--;
                    newTarget.predecessors = 1;
                    newTarget.next = target.next;
                    newTarget.label = nextLbl++;
                    target.next = newTarget;
                }
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.instrs.isEmpty()) {
                if (isExitOrEvalCheckWithoutLineno(b.next)) {
                    b.next.instrs.get(0).loc = b.last().loc;
                }
            }
        }
    }

    private void propagateLineNumbers() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            Location prev = Location.NO_LOCATION;
            for (Instr in : b.instrs) {
                if (in.loc.lineno() == -1) {
                    in.loc = prev;
                } else {
                    prev = in.loc;
                }
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1) {
                if (!b.next.instrs.isEmpty() && b.next.instrs.get(0).loc.lineno() == -1) {
                    b.next.instrs.get(0).loc = prev;
                }
            }
            if (last.isJump()) {
                BasicBlock target = last.target;
                if (target.predecessors == 1 && !target.instrs.isEmpty()) {
                    if (target.instrs.get(0).loc.lineno() == -1) {
                        target.instrs.get(0).loc = prev;
                    }
                }
            }
        }
    }

    private void resolveLineNumbers() {
        duplicateExitsWithoutLineno();
        propagateLineNumbers();
    }

    // ------------------------------------------------------------------ stack depth

    private static int effect(Instr in, boolean jump) {
        int e = Opcode.stackEffect(in.opcode, in.oparg, jump);
        if (e == Opcode.INVALID_STACK_EFFECT) {
            throw new IllegalStateException("Invalid stack effect for opcode=" + in.opcode + ", arg=" + in.oparg);
        }
        return e;
    }

    private static void stackdepthPush(ArrayDeque<BasicBlock> sp, BasicBlock b, int depth) {
        if (!(b.startdepth < 0 || b.startdepth == depth)) {
            throw new IllegalStateException("Invalid CFG, inconsistent stackdepth");
        }
        if (b.startdepth < depth && b.startdepth < 100) {
            b.startdepth = depth;
            sp.push(b);
        }
    }

    /** The largest stack depth on any path (calculate_stackdepth); also sets each block's start depth. */
    public int stackdepth() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.startdepth = Integer.MIN_VALUE;
        }
        ArrayDeque<BasicBlock> sp = new ArrayDeque<>();
        int maxdepth = 0;
        stackdepthPush(sp, entry, 0);
        while (!sp.isEmpty()) {
            BasicBlock b = sp.pop();
            int depth = b.startdepth;
            BasicBlock next = b.next;
            for (Instr in : b.instrs) {
                int newDepth = depth + effect(in, false);
                if (newDepth < 0) {
                    throw new IllegalStateException("Invalid CFG, stack underflow");
                }
                maxdepth = Math.max(maxdepth, depth);
                if (in.hasTarget()) {
                    int targetDepth = depth + effect(in, true);
                    maxdepth = Math.max(maxdepth, depth);
                    stackdepthPush(sp, in.target, targetDepth);
                }
                depth = newDepth;
                if (BasicBlock.isUnconditionalJump(in.opcode) || BasicBlock.isScopeExit(in.opcode)) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                stackdepthPush(sp, next, depth);
            }
        }
        return maxdepth;
    }

    // ------------------------------------------------------------------ final lowering

    /**
     * Inserts the prefix instructions and renumbers cell and free variable opargs into the localsplus
     * numbering (prepare_localsplus); returns the number of localsplus slots.
     *
     * @param nlocals number of fast locals
     * @param cellVarIndex for each cell variable (by cell index), its local index if it is also a local
     *                     (an argument cell), else -1
     * @param nfreevars number of free variables
     */
    public int prepareLocalsplus(int nlocals, int[] cellVarIndex, int nfreevars, int firstlineno,
                                 boolean generator) {
        int ncellvars = cellVarIndex.length;
        int noffsets = ncellvars + nfreevars;
        int[] fixed = new int[noffsets];
        for (int i = 0; i < noffsets; i++) {
            fixed[i] = nlocals + i;
        }
        for (int i = 0; i < ncellvars; i++) {
            if (cellVarIndex[i] >= 0) {
                fixed[i] = cellVarIndex[i];
            }
        }
        // insert_prefix_instructions
        if (generator) {
            Location loc = new Location(firstlineno, firstlineno, -1, -1);
            entry.instrs.add(0, new Instr(RETURN_GENERATOR, 0, loc));
            entry.instrs.add(1, new Instr(POP_TOP, 0, loc));
        }
        if (ncellvars > 0) {
            int nvars = ncellvars + nlocals;
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++) {
                sorted[fixed[i]] = i + 1;
            }
            for (int i = 0, ncellsused = 0; ncellsused < ncellvars; i++) {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) {
                    continue;
                }
                entry.instrs.add(ncellsused, new Instr(MAKE_CELL, oldindex, Location.NO_LOCATION));
                ncellsused++;
            }
        }
        if (nfreevars > 0) {
            entry.instrs.add(0, new Instr(COPY_FREE_VARS, nfreevars, Location.NO_LOCATION));
        }
        // fix_cell_offsets
        int numdropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixed[i] == i + nlocals) {
                fixed[i] -= numdropped;
            } else {
                numdropped++;
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                switch (in.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF ->
                            in.oparg = fixed[in.oparg];
                    default -> {
                    }
                }
            }
        }
        return nlocals + ncellvars + nfreevars - numdropped;
    }

    /** convert_pseudo_ops: SETUP_* become NOPs, LOAD_CLOSURE LOAD_FAST, STORE_FAST_MAYBE_NULL STORE_FAST. */
    public void convertPseudoOps() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.isBlockPush()) {
                    in.setOp0(NOP);
                } else if (in.opcode == LOAD_CLOSURE) {
                    in.opcode = LOAD_FAST;
                } else if (in.opcode == STORE_FAST_MAYBE_NULL) {
                    in.opcode = STORE_FAST;
                }
            }
        }
        removeRedundantNopsAndJumps();
    }

    /** Conditional jumps backwards become a forward conditional jump around an unconditional one. */
    public void normalizeJumps() {
        clearVisited();
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !last.isJump() || BasicBlock.isUnconditionalJump(last.opcode)) {
                continue;
            }
            boolean isForward = !last.target.visited;
            if (isForward) {
                continue;
            }
            int reversed = switch (last.opcode) {
                case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
                case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
                case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
                case POP_JUMP_IF_TRUE -> POP_JUMP_IF_FALSE;
                default -> 0;
            };
            BasicBlock target = last.target;
            BasicBlock backwardsJump = newBlock();
            backwardsJump.addJump(JUMP, target, last.loc);
            last.opcode = reversed;
            last.target = b.next;
            backwardsJump.cold = b.cold;
            backwardsJump.next = b.next;
            b.next = backwardsJump;
        }
    }

    /** The blocks in layout order. */
    List<BasicBlock> blocks() {
        List<BasicBlock> out = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            out.add(b);
        }
        return out;
    }
}
