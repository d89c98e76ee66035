package dev.kaa.compiler.bytecode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The disassembler: prints exactly what CPython 3.13's {@code python3.13 -m dis FILE} prints for the code
 * object of a module ({@code dis.dis(code)}: the code object, then each code object in its
 * {@code co_consts}, recursively, under a "Disassembly of &lt;code object ...&gt;:" heading), from our
 * {@link CodeObject}s. The layout follows Lib/dis.py of 3.13: a line-number column (width 3, or more for
 * long files, 4 when some instruction has no line and shows "--"; left out when the code has no line
 * numbers), a label column ("L1:" for jump targets and exception-table boundaries, numbered by offset),
 * the opname padded to 20, the oparg right-aligned in 5 (less when the name is longer), and the argument's
 * meaning in parentheses. Options {@code show_caches} and {@code show_offsets} mirror {@code -C} and
 * {@code -O}.
 *
 * <h2>Comparing with CPython</h2>
 * The only part of the output that cannot match is the address in a code object's repr
 * ({@code <code object f at 0x7f4fdfbd0850, file "t.py", line 3>}): ours is made from the identity hash.
 * Compare the two outputs after {@link #normalize}, which rewrites every {@code 0x} followed by lowercase
 * hex digits to {@code 0x0}; run CPython with {@code PYTHONHASHSEED=0} so frozenset constants of strings
 * print in a reproducible order.
 */
public final class Dis {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]+");

    private final StringBuilder out;
    private final boolean showCaches;
    private final boolean showOffsets;

    private Dis(StringBuilder out, boolean showCaches, boolean showOffsets) {
        this.out = out;
        this.showCaches = showCaches;
        this.showOffsets = showOffsets;
    }

    /** {@code python3.13 -m dis}'s output for a module's code object. */
    public static String dis(CodeObject co) {
        return dis(co, false, false);
    }

    public static String dis(CodeObject co, boolean showCaches, boolean showOffsets) {
        StringBuilder sb = new StringBuilder();
        new Dis(sb, showCaches, showOffsets).recursive(co);
        return sb.toString();
    }

    /** One code object only, as {@code dis.disassemble(co)}. */
    public static String disassemble(CodeObject co) {
        StringBuilder sb = new StringBuilder();
        new Dis(sb, false, false).disassembleOne(co);
        return sb.toString();
    }

    /** Replaces object addresses ({@code 0x} + hex digits) by {@code 0x0}, for comparing outputs. */
    public static String normalize(String disOutput) {
        return ADDRESS.matcher(disOutput).replaceAll("0x0");
    }

    private void recursive(CodeObject co) {
        disassembleOne(co);
        for (Object c : co.co_consts) {
            if (c instanceof CodeObject sub) {
                out.append('\n');
                out.append("Disassembly of ").append(sub).append(":\n");
                recursive(sub);
            }
        }
    }

    /** One decoded instruction (dis._unpack_opargs). */
    private record Instr(int offset, int op, int arg, boolean hasArg) {
    }

    private static List<Instr> unpack(byte[] code) {
        List<Instr> out = new ArrayList<>();
        int extendedArg = 0;
        int caches = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xff;
            int deop = Opcode.deopt(op);
            caches = Opcode.cacheEntries(deop);
            if (Opcode.hasArg(deop)) {
                int arg = (code[i + 1] & 0xff) | extendedArg;
                extendedArg = deop == Opcode.EXTENDED_ARG ? arg << 8 : 0;
                out.add(new Instr(i, op, arg, true));
            } else {
                extendedArg = 0;
                out.add(new Instr(i, op, 0, false));
            }
        }
        return out;
    }

    private static int jumpTarget(int op, int arg, int offset) {
        int deop = Opcode.deopt(op);
        if (!Opcode.hasJump(deop)) {
            return -1;
        }
        if (Opcode.isBackwardJump(deop)) {
            arg = -arg;
        }
        return offset + 2 + arg * 2 + 2 * Opcode.cacheEntries(deop);
    }

    private void disassembleOne(CodeObject co) {
        // linestarts: offset -> line (-1 = None), dis.findlinestarts
        Map<Integer, Integer> linestarts = new HashMap<>();
        List<Integer> lineValues = new ArrayList<>();
        for (int[] r : co.co_lines()) {
            linestarts.put(r[0], r[2]);
            lineValues.add(r[2]);
        }
        List<ExceptionTable.Entry> entries = co.exceptionEntries();
        List<Instr> instrs = unpack(co.co_code);
        // labels (dis._make_labels_map): jump targets and exception table boundaries, numbered by offset
        TreeSet<Integer> labelOffsets = new TreeSet<>();
        for (Instr in : instrs) {
            if (in.hasArg) {
                int t = jumpTarget(in.op, in.arg, in.offset);
                if (t >= 0) {
                    labelOffsets.add(t);
                }
            }
        }
        for (ExceptionTable.Entry e : entries) {
            labelOffsets.add(e.start() * 2);
            labelOffsets.add(e.end() * 2);
            labelOffsets.add(e.target() * 2);
        }
        Map<Integer, Integer> labels = new HashMap<>();
        int n = 0;
        for (int off : labelOffsets) {
            labels.put(off, ++n);
        }
        int labelWidth = 4 + String.valueOf(labels.size()).length();
        int linenoWidth = linenoWidth(lineValues);
        int offsetWidth = showOffsets ? String.valueOf(Math.max(co.co_code.length - 2, 9999)).length() : 0;

        for (Instr in : instrs) {
            boolean startsLine = linestarts.containsKey(in.offset);
            Integer line = linestarts.get(in.offset);
            String argrepr = in.hasArg ? argrepr(co, in, labels) : "";
            printLine(linenoWidth, labelWidth, offsetWidth, startsLine, line == null ? -1 : line,
                    labels.get(in.offset), in.offset, Opcode.name(in.op), in.hasArg, in.arg, argrepr);
            if (showCaches) {
                int deop = Opcode.deopt(in.op);
                String[] names = Opcode.cacheFormatNames(deop);
                int[] sizes = Opcode.cacheFormatSizes(deop);
                int offset = in.offset;
                for (int k = 0; k < names.length; k++) {
                    for (int i = 0; i < sizes[k]; i++) {
                        offset += 2;
                        String rep = i == 0 ? names[k] + ": " + cacheValue(co.co_code, in.offset + 2, sizes, k) : "";
                        printLine(linenoWidth, labelWidth, offsetWidth, false, -1, null, offset, "CACHE", true, 0, rep);
                    }
                }
            }
        }
        if (!entries.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : entries) {
                out.append("  L").append(labels.get(e.start() * 2)).append(" to L").append(labels.get(e.end() * 2))
                        .append(" -> L").append(labels.get(e.target() * 2)).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static long cacheValue(byte[] code, int start, int[] sizes, int k) {
        int off = start;
        for (int i = 0; i < k; i++) {
            off += sizes[i] * 2;
        }
        long v = 0;
        for (int i = sizes[k] * 2 - 1; i >= 0; i--) { // little-endian, as sys.byteorder on x86
            v = (v << 8) | (code[off + i] & 0xff);
        }
        return v;
    }

    private static int linenoWidth(List<Integer> lines) {
        int max = -1;
        boolean hasNone = false;
        for (int l : lines) {
            if (l < 0) {
                hasNone = true;
            } else if (l != 0) { // filter(None, ...) drops line 0 as well
                max = Math.max(max, l);
            }
        }
        if (max == -1) {
            return 0;
        }
        int w = Math.max(3, String.valueOf(max).length());
        if (w < NO_LINENO.length() && hasNone) {
            w = NO_LINENO.length();
        }
        return w;
    }

    private void printLine(int linenoWidth, int labelWidth, int offsetWidth, boolean startsLine, int line,
                           Integer label, int offset, String opname, boolean hasArg, int arg, String argrepr) {
        if (linenoWidth > 0 && startsLine && offset > 0) {
            out.append('\n');
        }
        StringBuilder sb = new StringBuilder();
        if (linenoWidth > 0) {
            if (startsLine) {
                pad(sb, line >= 0 ? String.valueOf(line) : NO_LINENO, linenoWidth);
            } else {
                sb.repeat(' ', linenoWidth);
            }
            sb.append(' ');
        }
        if (label != null) {
            pad(sb, "L" + label + ":", labelWidth);
        } else {
            sb.repeat(' ', labelWidth);
        }
        sb.append(' ');
        if (offsetWidth > 0) {
            pad(sb, String.valueOf(offset), offsetWidth);
            sb.append("  ").append(' ');
        }
        sb.append("   ").append(' ');
        sb.append(opname);
        if (opname.length() < OPNAME_WIDTH) {
            sb.repeat(' ', OPNAME_WIDTH - opname.length());
        }
        if (hasArg) {
            sb.append(' ');
            int excess = Math.max(0, opname.length() - OPNAME_WIDTH);
            pad(sb, String.valueOf(arg), OPARG_WIDTH - excess);
            if (!argrepr.isEmpty()) {
                sb.append(" (").append(argrepr).append(')');
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        out.append(sb).append('\n');
    }

    private static void pad(StringBuilder sb, String s, int width) {
        if (s.length() < width) {
            sb.repeat(' ', width - s.length());
        }
        sb.append(s);
    }

    private static String argrepr(CodeObject co, Instr in, Map<Integer, Integer> labels) {
        int deop = Opcode.deopt(in.op);
        int arg = in.arg;
        if (Opcode.hasConst(deop)) {
            return arg < co.co_consts.length ? ConstantRepr.repr(co.co_consts[arg]) : "";
        }
        if (Opcode.hasName(deop)) {
            if (deop == Opcode.LOAD_GLOBAL) {
                return name(co, arg >> 1) + ((arg & 1) != 0 ? " + NULL" : "");
            }
            if (deop == Opcode.LOAD_ATTR) {
                return name(co, arg >> 1) + ((arg & 1) != 0 ? " + NULL|self" : "");
            }
            if (deop == Opcode.LOAD_SUPER_ATTR) {
                return name(co, arg >> 2) + ((arg & 1) != 0 ? " + NULL|self" : "");
            }
            return name(co, arg);
        }
        if (Opcode.hasJump(deop) || Opcode.hasExc(deop)) {
            return "to L" + labels.get(jumpTarget(in.op, arg, in.offset));
        }
        if (deop == Opcode.LOAD_FAST_LOAD_FAST || deop == Opcode.STORE_FAST_LOAD_FAST
                || deop == Opcode.STORE_FAST_STORE_FAST) {
            return local(co, arg >> 4) + ", " + local(co, arg & 15);
        }
        if (Opcode.hasLocal(deop) || Opcode.hasFree(deop)) {
            return local(co, arg);
        }
        if (deop == Opcode.COMPARE_OP) {
            String s = Opcode.cmpOp(arg >> 5);
            return (arg & 16) != 0 ? "bool(" + s + ")" : s;
        }
        if (deop == Opcode.CONVERT_VALUE) {
            return switch (arg) {
                case 1 -> "str";
                case 2 -> "repr";
                case 3 -> "ascii";
                default -> "";
            };
        }
        if (deop == Opcode.SET_FUNCTION_ATTRIBUTE) {
            String[] flags = {"defaults", "kwdefaults", "annotations", "closure"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < flags.length; i++) {
                if ((arg & (1 << i)) != 0) {
                    if (!sb.isEmpty()) {
                        sb.append(", ");
                    }
                    sb.append(flags[i]);
                }
            }
            return sb.toString();
        }
        if (deop == Opcode.BINARY_OP) {
            return Opcode.nbOpSymbol(arg);
        }
        if (deop == Opcode.CALL_INTRINSIC_1) {
            return Opcode.intrinsic1Name(arg);
        }
        if (deop == Opcode.CALL_INTRINSIC_2) {
            return Opcode.intrinsic2Name(arg);
        }
        return "";
    }

    private static String name(CodeObject co, int i) {
        return i >= 0 && i < co.co_names.length ? co.co_names[i] : "<" + i + ">";
    }

    private static String local(CodeObject co, int i) {
        return i >= 0 && i < co.co_localsplusnames.length ? co.co_localsplusnames[i] : "<" + i + ">";
    }
}
