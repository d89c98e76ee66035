package dev.kaa.compiler.flowgraph;

import dev.kaa.compiler.bytecode.Opcode;
import java.util.ArrayList;

/**
 * A basic block of the control flow graph (CPython's {@code basicblock}): straight-line instructions,
 * entered at the top, left by its last instruction (a jump or scope exit) or by falling through to
 * {@link #next}.
 */
public final class BasicBlock {
    /** Label id when the block is a jump target in the instruction sequence, else -1. */
    int label = -1;
    final ArrayList<Instr> instrs = new ArrayList<>();
    /** The block reached by normal control flow after this one (b_next). */
    BasicBlock next;
    int predecessors;
    int startdepth;
    boolean preserveLasti;
    boolean visited;
    boolean exceptHandler;
    boolean cold;
    boolean warm;
    long unsafeLocalsMask;
    /** Exception stack at block entry, used while labelling exception targets. */
    ExceptStack exceptStack;
    /** Offset in code units, set by the assembler. */
    int offset;

    int size() {
        return instrs.size();
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.getLast();
    }

    void addop(int opcode, int oparg, dev.kaa.compiler.bytecode.Location loc) {
        instrs.add(new Instr(opcode, oparg, loc));
    }

    void addJump(int opcode, BasicBlock target, dev.kaa.compiler.bytecode.Location loc) {
        Instr i = new Instr(opcode, target.label, loc);
        i.target = target;
        instrs.add(i);
    }

    /** Whether control cannot fall off the end (last is a scope exit or unconditional jump). */
    boolean noFallthrough() {
        Instr last = last();
        return last != null && (isScopeExit(last.opcode) || isUnconditionalJump(last.opcode));
    }

    boolean hasFallthrough() {
        return !noFallthrough();
    }

    boolean exitsScope() {
        Instr last = last();
        return last != null && isScopeExit(last.opcode);
    }

    boolean hasEvalBreak() {
        for (Instr i : instrs) {
            if ((Opcode.flags(i.opcode) & Opcode.HAS_EVAL_BREAK) != 0) {
                return true;
            }
        }
        return false;
    }

    boolean hasNoLineno() {
        for (Instr i : instrs) {
            if (i.loc.lineno() >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isScopeExit(int op) {
        return op == Opcode.RETURN_VALUE || op == Opcode.RETURN_CONST || op == Opcode.RAISE_VARARGS
                || op == Opcode.RERAISE;
    }

    static boolean isUnconditionalJump(int op) {
        return op == Opcode.JUMP || op == Opcode.JUMP_NO_INTERRUPT || op == Opcode.JUMP_FORWARD
                || op == Opcode.JUMP_BACKWARD || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
    }

    static boolean isTerminator(int op) {
        return Opcode.hasJump(op) || isScopeExit(op);
    }

    @Override
    public String toString() {
        return "block(label=" + label + ", " + instrs + ")";
    }
}
