package dev.kaa.compiler.flowgraph;

import dev.kaa.compiler.bytecode.Location;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The code generator's output for one code unit (CPython's {@code _PyInstructionSequence}): a flat list of
 * instructions whose jump opargs are label ids, and the map from label id to the index of the instruction
 * the label precedes.
 */
public final class InstrSequence {
    final ArrayList<Instr> instrs = new ArrayList<>();
    private int[] labelMap = new int[16];
    private int nextFreeLabel;

    public InstrSequence() {
        Arrays.fill(labelMap, -111);
    }

    /** A fresh label (NEW_JUMP_TARGET_LABEL). */
    public int newLabel() {
        return ++nextFreeLabel;
    }

    /** The label refers to the next instruction added (USE_LABEL). */
    public void useLabel(int lbl) {
        if (lbl >= labelMap.length) {
            int old = labelMap.length;
            labelMap = Arrays.copyOf(labelMap, Math.max(lbl + 16, old * 2));
            Arrays.fill(labelMap, old, labelMap.length, -111);
        }
        labelMap[lbl] = instrs.size();
    }

    public void addop(int opcode, int oparg, Location loc) {
        instrs.add(new Instr(opcode, oparg, loc));
    }

    /** Inserts an instruction at {@code pos}, moving labels at or after it along. */
    public void insert(int pos, int opcode, int oparg, Location loc) {
        instrs.add(pos, new Instr(opcode, oparg, loc));
        for (int i = 0; i < labelMap.length; i++) {
            if (labelMap[i] >= pos) {
                labelMap[i]++;
            }
        }
    }

    /**
     * The instructions as (opcode, oparg, lineno, end_lineno, col, end_col) with jump opargs turned into
     * instruction indices, and oparg -1 for instructions that take none: the form of CPython's
     * {@code _testinternalcapi.compiler_codegen} output (tests compare the two).
     */
    public java.util.List<int[]> resolved() {
        java.util.List<int[]> out = new ArrayList<>();
        for (Instr in : instrs) {
            int arg = in.hasTarget() ? labelTarget(in.oparg)
                    : dev.kaa.compiler.bytecode.Opcode.hasArg(in.opcode) ? in.oparg : -1;
            out.add(new int[] {in.opcode, arg, in.loc.lineno(), in.loc.endLineno(), in.loc.colOffset(),
                in.loc.endColOffset()});
        }
        return out;
    }

    public int size() {
        return instrs.size();
    }

    /** The instruction index a label refers to, or -111 if unused. */
    int labelTarget(int lbl) {
        return lbl < labelMap.length ? labelMap[lbl] : -111;
    }

    int labelCount() {
        return labelMap.length;
    }
}
