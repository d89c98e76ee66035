package dev.kaa.compiler.flowgraph;

import dev.kaa.compiler.bytecode.Location;
import dev.kaa.compiler.bytecode.Opcode;

/**
 * One instruction of the control flow graph (CPython's {@code cfg_instr}): opcode (real or pseudo),
 * oparg, source span, jump target and the handler active when it runs. Mutable: the optimizer rewrites
 * instructions in place (a removed one becomes a {@code NOP}).
 */
public final class Instr {
    public int opcode;
    public int oparg;
    public Location loc;
    /** Target block of a jump or SETUP_* instruction. */
    public BasicBlock target;
    /** Exception handler block in effect, set by the exception-target labelling pass. */
    public BasicBlock except;

    public Instr(int opcode, int oparg, Location loc) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.loc = loc;
    }

    Instr copy() {
        Instr i = new Instr(opcode, oparg, loc);
        i.target = target;
        i.except = except;
        return i;
    }

    void setOp0(int op) {
        opcode = op;
        oparg = 0;
    }

    void setOp1(int op, int arg) {
        opcode = op;
        oparg = arg;
    }

    /** A jump, whose target is another block (HAS_TARGET covers SETUP_* too). */
    boolean isJump() {
        return Opcode.hasJump(opcode);
    }

    boolean isBlockPush() {
        return opcode == Opcode.SETUP_FINALLY || opcode == Opcode.SETUP_WITH || opcode == Opcode.SETUP_CLEANUP;
    }

    boolean hasTarget() {
        return isJump() || isBlockPush();
    }

    @Override
    public String toString() {
        return Opcode.name(opcode) + " " + oparg + " @" + loc.lineno();
    }
}
