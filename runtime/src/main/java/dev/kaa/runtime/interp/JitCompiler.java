package dev.kaa.runtime.interp;

import dev.kaa.compiler.bytecode.Opcode;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static dev.kaa.compiler.bytecode.Opcode.*;

/**
 * The baseline compiler: turns a hot code object's CPython instructions into one JVM method, which
 * HotSpot then compiles like any Java code.
 *
 * <p>The frame keeps its layout ({@code PyFrame.stack} holds the locals, cells and the operand stack), so
 * tracebacks, {@code f_locals}, generators and the exception table work exactly as in the interpreter.
 * What goes away is the dispatch: the depth of the operand stack is known at every instruction (CPython's
 * compiler guarantees it), so each instruction becomes straight-line code on constant array indices, the
 * jumps become JVM branches, a comparison or truth test followed by a conditional jump becomes one JVM
 * branch on a {@code boolean}, and every instruction site gets its own type profile in HotSpot. Most
 * instructions are calls of the static methods in {@link JitOps}, which the interpreter shares.
 *
 * <p>Exceptions: one JVM handler covers the whole body; it calls {@link JitOps#unwind} with the index of
 * the failing instruction (kept in a local, set before every instruction that can raise), which finds the
 * Python handler in the exception table and lays out its stack; a switch jumps to it.
 *
 * <p>Code the compiler does not take (an instruction it does not know, inconsistent stack depths, a
 * method too large for the JVM) runs in the interpreter.
 */
final class JitCompiler {
    private JitCompiler() {
    }

    private static final ClassDesc CD_OBJ = desc(PyObject.class);
    private static final ClassDesc CD_ARR = CD_OBJ.arrayType();
    private static final ClassDesc CD_FRAME = desc(PyFrame.class);
    private static final ClassDesc CD_TS = desc(ThreadState.class);
    private static final ClassDesc CD_CODE = desc(PyCode.class);
    private static final ClassDesc CD_INTERP = desc(Interpreter.class);
    private static final ClassDesc CD_EXC = desc(PyException.class);
    private static final ClassDesc CD_JITCODE = desc(JitCode.class);
    private static final ClassDesc CD_OPS = desc(JitOps.class);
    private static final ClassDesc CD_BOOL = desc(PyBool.class);
    private static final ClassDesc CD_NONE = desc(PyNone.class);
    private static final ClassDesc CD_THROWABLE = desc(Throwable.class);
    private static final ClassDesc CD_RTE = desc(RuntimeException.class);

    private static final MethodTypeDesc MTD_RUN = MethodTypeDesc.of(CD_OBJ, CD_FRAME, CD_TS, ConstantDescs.CD_int,
            CD_EXC);
    /** The uniform instruction method: (frame, thread state, stack, sp, oparg, instruction index). */
    private static final MethodTypeDesc MTD_UNIFORM = MethodTypeDesc.of(ConstantDescs.CD_void, CD_FRAME, CD_TS,
            CD_ARR, ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int);
    private static final MethodTypeDesc MTD_THROWING = MethodTypeDesc.of(CD_RTE, CD_FRAME, CD_TS,
            CD_ARR, ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int);
    private static final MethodTypeDesc MTD_BINARY = MethodTypeDesc.of(CD_OBJ, CD_OBJ, CD_OBJ,
            ConstantDescs.CD_boolean);
    private static final MethodTypeDesc MTD_TEST = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_OBJ, CD_OBJ,
            ConstantDescs.CD_int);
    private static final MethodTypeDesc MTD_STEP = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_FRAME, CD_TS,
            CD_ARR, ConstantDescs.CD_int, ConstantDescs.CD_int);

    // Local variable slots of the generated method.
    private static final int L_THIS = 0;
    private static final int L_F = 1;
    private static final int L_TS = 2;
    private static final int L_ENTRY = 3;
    private static final int L_THROWIN = 4;
    private static final int L_S = 5;
    private static final int L_CONSTS = 6;

    /**
     * HotSpot compiles no method longer than this ({@code HugeMethodLimit}, unless the JVM runs with
     * {@code -XX:-DontCompileHugeMethods}); a longer one would run in the JVM's bytecode interpreter, far
     * slower than Kaa's own, so such code stays there.
     */
    private static final int MAX_CODE_LENGTH = Integer.getInteger("kaa.jit.maxCodeLength", 8000);

    /** Whether loop headers are entry points (on-stack replacement from the interpreter). */
    static final boolean OSR = !"false".equals(System.getProperty("kaa.jit.osr"));

    private static int codeLength(byte[] bytes) {
        for (var m : ClassFile.of().parse(bytes).methods()) {
            if (m.methodName().equalsString("run")) {
                return m.code().map(cm -> ((java.lang.classfile.attribute.CodeAttribute) cm).codeLength())
                        .orElse(0);
            }
        }
        return 0;
    }

    private static ClassDesc desc(Class<?> c) {
        return ClassDesc.of(c.getName());
    }

    /** The compiled form of {@code code}, or null when the compiler does not take it. */
    static JitCode compile(PyCode code) {
        return compileOrRefuse(code) instanceof JitCode jc ? jc : null;
    }

    /** The compiled form of {@code code}, or why not (a String): for the tests and {@code -Dkaa.jit.debug}. */
    static Object compileOrRefuse(PyCode code) {
        try {
            Plan plan = Plan.of(code);
            if (plan == null) {
                return refuse(code, "unsupported instruction or inconsistent stack depth");
            }
            byte[] bytes = emit(code, plan);
            int length = codeLength(bytes);
            if (length > MAX_CODE_LENGTH) {
                return refuse(code, TOO_LARGE + " (" + length + " bytes)");
            }
            String dump = System.getProperty("kaa.jit.dump");
            if (dump != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(dump, "Py_" + code.name + ".class"), bytes);
            }
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
            return (JitCode) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (Throwable t) {
            return refuse(code, t.toString());
        }
    }

    /** The start of the refusal for a method HotSpot would not compile. */
    static final String TOO_LARGE = "too large";

    private static String refuse(PyCode code, String why) {
        if (Boolean.getBoolean("kaa.jit.debug")) {
            System.err.println("kaa jit: " + code.qualname + ": " + why);
        }
        return why;
    }

    /** The analysis of a code object: the stack depth before each reachable instruction and its entries. */
    private record Plan(int[] depth, boolean[] target, int[] entries, int[] handlers) {
        static Plan of(PyCode code) {
            int[] instr = code.instr;
            int n = instr.length;
            int[] depth = new int[n];
            Arrays.fill(depth, -1);
            boolean[] target = new boolean[n];
            TreeSet<Integer> entries = new TreeSet<>();
            TreeSet<Integer> handlers = new TreeSet<>();
            ArrayDeque<int[]> work = new ArrayDeque<>();
            work.add(new int[] {0, 0});
            entries.add(0);
            int[] table = code.exceptionTable;
            for (int i = 0; i < table.length; i += 5) {
                work.add(new int[] {table[i + 2], table[i + 3] + table[i + 4] + 1});
                handlers.add(table[i + 2]);
                target[table[i + 2]] = true;
            }
            while (!work.isEmpty()) {
                int[] w = work.poll();
                int ip = w[0];
                int d = w[1];
                if (ip < 0 || ip >= n || d < 0 || d > code.stacksize) {
                    return null;
                }
                if (depth[ip] >= 0) {
                    if (depth[ip] != d) {
                        return null;
                    }
                    continue;
                }
                depth[ip] = d;
                int op = instr[ip] & 0xff;
                int arg = instr[ip] >>> 8;
                int next = ip + 1 + Opcode.cacheEntries(op);
                switch (op) {
                    case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE -> {
                    }
                    case JUMP_FORWARD -> jump(work, target, next + arg, d);
                    case JUMP_BACKWARD -> {
                        // a loop header: where a frame running in the interpreter moves over (on-stack
                        // replacement), and where the interpreter's stack layout is the same as ours
                        jump(work, target, next - arg, d);
                        if (OSR) {
                            entries.add(next - arg);
                        }
                    }
                    case JUMP_BACKWARD_NO_INTERRUPT -> jump(work, target, next - arg, d);
                    case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                        jump(work, target, next + arg, d - 1);
                        work.add(new int[] {next, d - 1});
                    }
                    case FOR_ITER -> {
                        // exhausted: pops the iterator and skips the END_FOR and POP_TOP at the target
                        jump(work, target, next + arg + 2, d - 1);
                        work.add(new int[] {next, d + 1});
                    }
                    case SEND -> {
                        jump(work, target, next + arg, d);
                        work.add(new int[] {next, d});
                    }
                    default -> {
                        if (!Emitter.supported(op)) {
                            return null;
                        }
                        int effect = Opcode.stackEffect(op, arg, false);
                        if (effect == Opcode.INVALID_STACK_EFFECT) {
                            return null;
                        }
                        if (op == YIELD_VALUE || op == RETURN_GENERATOR) {
                            entries.add(next);
                            target[next] = true;
                        }
                        work.add(new int[] {next, d + effect});
                    }
                }
            }
            return new Plan(depth, target, entries.stream().mapToInt(Integer::intValue).toArray(),
                    handlers.stream().mapToInt(Integer::intValue).filter(h -> depth[h] >= 0).toArray());
        }

        private static void jump(ArrayDeque<int[]> work, boolean[] target, int to, int d) {
            if (to >= 0 && to < target.length) {
                target[to] = true;
            }
            work.add(new int[] {to, d});
        }
    }

    private static byte[] emit(PyCode code, Plan plan) {
        String simple = code.qualname.toString().replaceAll("[^A-Za-z0-9_]", "_");
        ClassDesc self = ClassDesc.of(JitCompiler.class.getPackageName() + ".Py_" + simple);
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.ofClassLoading(JitCompiler.class.getClassLoader())));
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(ConstantDescs.CD_Object);
            cb.withInterfaceSymbols(CD_JITCODE);
            cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, c -> {
                c.aload(0);
                c.invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                c.return_();
            });
            cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    c -> new Emitter(code, plan, c).emit());
        });
    }

    /** Writes the body of {@code run} for one code object. */
    private static final class Emitter {
        private final PyCode code;
        private final Plan plan;
        private final CodeBuilder c;
        private final int[] instr;
        private final int nl;
        private final Label[] labels;
        /** Whether the instruction being emitted can raise. */
        private boolean raising;

        Emitter(PyCode code, Plan plan, CodeBuilder c) {
            this.code = code;
            this.plan = plan;
            this.c = c;
            this.instr = code.instr;
            this.nl = code.nlocalsplus;
            this.labels = new Label[instr.length + 1];
        }

        private Label label(int ip) {
            Label l = labels[ip];
            if (l == null) {
                l = labels[ip] = c.newLabel();
            }
            return l;
        }

        void emit() {
            c.aload(L_F);
            c.getfield(CD_FRAME, "stack", CD_ARR);
            c.astore(L_S);
            c.aload(L_F);
            c.getfield(CD_FRAME, "code", CD_CODE);
            c.getfield(CD_CODE, "consts", CD_ARR);
            c.astore(L_CONSTS);
            Label unwind = c.newLabel();
            Label bad = c.newLabel();
            // a generator's throw(): raised at the suspension point, whose index is entry - 1
            Label noThrow = c.newLabel();
            c.aload(L_THROWIN);
            c.ifnull(noThrow);
            c.aload(L_THROWIN);
            c.iload(L_ENTRY);
            c.iconst_1();
            c.isub();
            c.goto_(unwind);
            c.labelBinding(noThrow);
            c.iload(L_ENTRY);
            List<SwitchCase> cases = new ArrayList<>();
            for (int e : plan.entries) {
                cases.add(SwitchCase.of(e, label(e)));
            }
            c.lookupswitch(bad, cases);
            // Each instruction that can raise is its own protected range, whose handler pushes the
            // instruction's index: no local holds "the current instruction", so the locals never change
            // after the prologue and C1 can merge the states at the handlers.
            List<int[]> ranges = new ArrayList<>();
            List<Label[]> rangeLabels = new ArrayList<>();
            int[] depth = plan.depth;
            for (int ip = 0; ip < instr.length; ip++) {
                if (depth[ip] < 0) {
                    continue;
                }
                if (labels[ip] != null || plan.target[ip]) {
                    c.labelBinding(label(ip));
                }
                Label start = c.newLabel();
                c.labelBinding(start);
                raising = false;
                int last = instruction(ip, nl + depth[ip]);
                if (raising) {
                    Label end = c.newLabel();
                    c.labelBinding(end);
                    ranges.add(new int[] {ip});
                    rangeLabels.add(new Label[] {start, end});
                }
                ip = last;
            }
            c.labelBinding(bad);
            c.invokestatic(CD_OPS, "badEntry", MethodTypeDesc.of(CD_RTE));
            c.athrow();
            for (int i = 0; i < ranges.size(); i++) {
                Label stub = c.newLabel();
                c.exceptionCatchAll(rangeLabels.get(i)[0], rangeLabels.get(i)[1], stub);
                c.labelBinding(stub);
                c.loadConstant(ranges.get(i)[0]);
                c.goto_(unwind);
            }
            // [throwable, instruction index] -> the handler's index, or unwind() throws
            c.labelBinding(unwind);
            c.aload(L_F);
            c.aload(L_TS);
            c.invokestatic(CD_OPS, "unwind", MethodTypeDesc.of(ConstantDescs.CD_int, CD_THROWABLE,
                    ConstantDescs.CD_int, CD_FRAME, CD_TS));
            if (plan.handlers.length == 0) {
                // unwind() throws; an empty lookupswitch at the end of a method trips the class writer
                c.pop();
                c.goto_(bad);
                return;
            }
            cases = new ArrayList<>();
            for (int h : plan.handlers) {
                cases.add(SwitchCase.of(h, label(h)));
            }
            c.lookupswitch(bad, cases);
        }

        /** Emits the instruction at {@code ip} with stack pointer {@code sp}; returns the last index used. */
        private int instruction(int ip, int sp) {
            int word = instr[ip];
            int op = word & 0xff;
            int arg = word >>> 8;
            int next = ip + 1 + Opcode.cacheEntries(op);
            switch (op) {
                case NOP, EXTENDED_ARG -> {
                }
                case RESUME -> {
                    markRaising();
                    interruptCheck();
                }
                case LOAD_FAST -> copy(arg, sp);
                case LOAD_FAST_AND_CLEAR -> {
                    copy(arg, sp);
                    clear(arg);
                }
                case LOAD_FAST_LOAD_FAST -> {
                    copy(arg >> 4, sp);
                    copy(arg & 15, sp + 1);
                }
                case STORE_FAST -> {
                    copy(sp - 1, arg);
                    clear(sp - 1);
                }
                case STORE_FAST_LOAD_FAST -> {
                    copy(sp - 1, arg >> 4);
                    copy(arg & 15, sp - 1);
                }
                case STORE_FAST_STORE_FAST -> {
                    copy(sp - 1, arg >> 4);
                    copy(sp - 2, arg & 15);
                    clear(sp - 1);
                    clear(sp - 2);
                }
                case LOAD_CONST -> {
                    c.aload(L_S);
                    c.loadConstant(sp);
                    c.aload(L_CONSTS);
                    c.loadConstant(arg);
                    c.aaload();
                    c.aastore();
                }
                case POP_TOP, END_FOR -> clear(sp - 1);
                case PUSH_NULL -> clear(sp);
                case END_SEND -> {
                    copy(sp - 1, sp - 2);
                    clear(sp - 1);
                }
                case COPY -> copy(sp - arg, sp);
                case RETURN_VALUE -> {
                    c.aload(L_F);
                    c.aload(L_S);
                    c.loadConstant(sp);
                    c.invokestatic(CD_OPS, "returnValue", MethodTypeDesc.of(CD_OBJ, CD_FRAME, CD_ARR,
                            ConstantDescs.CD_int));
                    c.areturn();
                }
                case RETURN_CONST -> {
                    c.aload(L_F);
                    c.aload(L_CONSTS);
                    c.loadConstant(arg);
                    c.aaload();
                    c.loadConstant(sp);
                    c.invokestatic(CD_OPS, "returnConst", MethodTypeDesc.of(CD_OBJ, CD_FRAME, CD_OBJ,
                            ConstantDescs.CD_int));
                    c.areturn();
                }
                case RETURN_GENERATOR -> {
                    c.aload(L_F);
                    c.loadConstant(sp);
                    c.loadConstant(ip);
                    c.invokestatic(CD_OPS, "returnGenerator", MethodTypeDesc.of(CD_OBJ, CD_FRAME,
                            ConstantDescs.CD_int, ConstantDescs.CD_int));
                    c.areturn();
                }
                case YIELD_VALUE -> {
                    c.aload(L_F);
                    c.aload(L_S);
                    c.loadConstant(sp);
                    c.loadConstant(ip);
                    c.invokestatic(CD_OPS, "yieldValue", MethodTypeDesc.of(CD_OBJ, CD_FRAME, CD_ARR,
                            ConstantDescs.CD_int, ConstantDescs.CD_int));
                    c.areturn();
                }
                case BINARY_OP -> {
                    markRaising();
                    String m = switch (arg) {
                        case NB_ADD, NB_INPLACE_ADD -> "add";
                        case NB_SUBTRACT, NB_INPLACE_SUBTRACT -> "subtract";
                        case NB_MULTIPLY, NB_INPLACE_MULTIPLY -> "multiply";
                        case NB_TRUE_DIVIDE, NB_INPLACE_TRUE_DIVIDE -> "trueDivide";
                        default -> null;
                    };
                    if (m == null) {
                        uniform("binaryOp", sp, arg, ip);
                    } else {
                        c.aload(L_S);
                        c.loadConstant(sp - 2);
                        load(sp - 2);
                        load(sp - 1);
                        c.loadConstant(arg >= NB_INPLACE_ADD ? 1 : 0);
                        c.invokestatic(CD_OPS, m, MTD_BINARY);
                        c.aastore();
                        clear(sp - 1);
                    }
                }
                case COMPARE_OP, CONTAINS_OP, IS_OP, TO_BOOL -> {
                    markRaising();
                    int jumpOp = fusedJump(op, arg, next);
                    if (jumpOp < 0) {
                        uniform(switch (op) {
                            case COMPARE_OP -> "compareOp";
                            case CONTAINS_OP -> "containsOp";
                            case IS_OP -> "isOp";
                            default -> "toBool";
                        }, sp, arg, ip);
                        break;
                    }
                    int jnext = next + 1 + Opcode.cacheEntries(jumpOp);
                    Label to = label(jnext + (instr[next] >>> 8));
                    boolean jumpIfTrue = jumpOp == POP_JUMP_IF_TRUE;
                    if (op == IS_OP) {
                        load(sp - 2);
                        load(sp - 1);
                        clear(sp - 1);
                        clear(sp - 2);
                        if (jumpIfTrue ^ (arg != 0)) {
                            c.if_acmpeq(to);
                        } else {
                            c.if_acmpne(to);
                        }
                    } else {
                        if (op == TO_BOOL) {
                            load(sp - 1);
                            c.invokestatic(CD_OPS, "isTrue", MethodTypeDesc.of(ConstantDescs.CD_boolean,
                                    CD_OBJ));
                            clear(sp - 1);
                        } else {
                            load(sp - 2);
                            load(sp - 1);
                            c.loadConstant(op == COMPARE_OP ? arg >> 5 : arg);
                            c.invokestatic(CD_OPS, op == COMPARE_OP ? "compareBool" : "containsBool", MTD_TEST);
                            clear(sp - 1);
                            clear(sp - 2);
                        }
                        if (jumpIfTrue) {
                            c.ifne(to);
                        } else {
                            c.ifeq(to);
                        }
                    }
                    return jnext - 1;
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                    load(sp - 1);
                    clear(sp - 1);
                    if (op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE) {
                        c.getstatic(CD_NONE, "NONE", CD_NONE);
                    } else {
                        c.getstatic(CD_BOOL, op == POP_JUMP_IF_FALSE ? "FALSE" : "TRUE", CD_BOOL);
                    }
                    if (op == POP_JUMP_IF_NOT_NONE) {
                        c.if_acmpne(label(next + arg));
                    } else {
                        c.if_acmpeq(label(next + arg));
                    }
                }
                case JUMP_FORWARD -> c.goto_(label(next + arg));
                case JUMP_BACKWARD -> {
                    markRaising();
                    interruptCheck();
                    c.goto_(label(next - arg));
                }
                case JUMP_BACKWARD_NO_INTERRUPT -> c.goto_(label(next - arg));
                case FOR_ITER -> {
                    markRaising();
                    step("forIter", sp, ip);
                    c.ifeq(label(next + arg + 2));
                }
                case SEND -> {
                    markRaising();
                    step("send", sp, ip);
                    c.ifeq(label(next + arg));
                }
                case RAISE_VARARGS, RERAISE -> {
                    markRaising();
                    pushUniformArgs(sp, arg, ip);
                    c.invokestatic(CD_OPS, op == RERAISE ? "reraise" : "raise", MTD_THROWING);
                    c.athrow();
                }
                default -> {
                    markRaising();
                    uniform(uniformName(op), sp, arg, ip);
                }
            }
            return next - 1;
        }

        /**
         * The conditional jump that a test instruction at {@code next - ...} can be fused with: the next
         * instruction when it is a POP_JUMP_IF_TRUE/FALSE that nothing else jumps to, else -1.
         */
        private int fusedJump(int op, int arg, int next) {
            if (next >= instr.length || plan.target[next]) {
                return -1;
            }
            if (op == COMPARE_OP && (arg & 16) == 0) {
                return -1;
            }
            int jop = instr[next] & 0xff;
            return jop == POP_JUMP_IF_TRUE || jop == POP_JUMP_IF_FALSE ? jop : -1;
        }

        /** Marks the instruction being emitted as one that can raise (it gets a protected range). */
        private void markRaising() {
            raising = true;
        }

        private void interruptCheck() {
            Label go = c.newLabel();
            c.aload(L_TS);
            c.getfield(CD_TS, "interp", CD_INTERP);
            c.getfield(CD_INTERP, "interruptRequested", ConstantDescs.CD_boolean);
            c.ifeq(go);
            c.aload(L_TS);
            c.invokestatic(CD_OPS, "interrupt", MethodTypeDesc.of(ConstantDescs.CD_void, CD_TS));
            c.labelBinding(go);
        }

        /** s[to] = s[from] */
        private void copy(int from, int to) {
            c.aload(L_S);
            c.loadConstant(to);
            load(from);
            c.aastore();
        }

        private void load(int i) {
            c.aload(L_S);
            c.loadConstant(i);
            c.aaload();
        }

        private void clear(int i) {
            c.aload(L_S);
            c.loadConstant(i);
            c.aconst_null();
            c.aastore();
        }

        private void pushUniformArgs(int sp, int arg, int ip) {
            c.aload(L_F);
            c.aload(L_TS);
            c.aload(L_S);
            c.loadConstant(sp);
            c.loadConstant(arg);
            c.loadConstant(ip);
        }

        private void uniform(String name, int sp, int arg, int ip) {
            pushUniformArgs(sp, arg, ip);
            c.invokestatic(CD_OPS, name, MTD_UNIFORM);
        }

        private void step(String name, int sp, int ip) {
            c.aload(L_F);
            c.aload(L_TS);
            c.aload(L_S);
            c.loadConstant(sp);
            c.loadConstant(ip);
            c.invokestatic(CD_OPS, name, MTD_STEP);
        }

        static boolean supported(int op) {
            return switch (op) {
                case NOP, EXTENDED_ARG, RESUME, LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_LOAD_FAST, STORE_FAST,
                     STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST, LOAD_CONST, POP_TOP, END_FOR, PUSH_NULL,
                     END_SEND, COPY, RETURN_GENERATOR, YIELD_VALUE, BINARY_OP, COMPARE_OP, CONTAINS_OP, IS_OP,
                     TO_BOOL -> true;
                default -> uniformName(op) != null;
            };
        }

        /** The {@link JitOps} method of an instruction emitted as a uniform call, or null. */
        static String uniformName(int op) {
            return switch (op) {
                case LOAD_FAST_CHECK -> "loadFastCheck";
                case DELETE_FAST -> "deleteFast";
                case SWAP -> "swap";
                case UNARY_NEGATIVE -> "unaryNegative";
                case UNARY_INVERT -> "unaryInvert";
                case UNARY_NOT -> "unaryNot";
                case LOAD_GLOBAL -> "loadGlobal";
                case STORE_GLOBAL -> "storeGlobal";
                case DELETE_GLOBAL -> "deleteGlobal";
                case LOAD_NAME -> "loadName";
                case STORE_NAME -> "storeName";
                case DELETE_NAME -> "deleteName";
                case LOAD_ATTR -> "loadAttr";
                case STORE_ATTR -> "storeAttr";
                case DELETE_ATTR -> "deleteAttr";
                case LOAD_SUPER_ATTR -> "loadSuperAttr";
                case LOAD_DEREF -> "loadDeref";
                case STORE_DEREF -> "storeDeref";
                case DELETE_DEREF -> "deleteDeref";
                case MAKE_CELL -> "makeCell";
                case COPY_FREE_VARS -> "copyFreeVars";
                case LOAD_FROM_DICT_OR_DEREF -> "loadFromDictOrDeref";
                case LOAD_FROM_DICT_OR_GLOBALS -> "loadFromDictOrGlobals";
                case LOAD_LOCALS -> "loadLocals";
                case LOAD_BUILD_CLASS -> "loadBuildClass";
                case LOAD_ASSERTION_ERROR -> "loadAssertionError";
                case SETUP_ANNOTATIONS -> "setupAnnotations";
                case IMPORT_NAME -> "importName";
                case IMPORT_FROM -> "importFrom";
                case BINARY_SUBSCR -> "binarySubscr";
                case STORE_SUBSCR -> "storeSubscr";
                case DELETE_SUBSCR -> "deleteSubscr";
                case BINARY_SLICE -> "binarySlice";
                case STORE_SLICE -> "storeSlice";
                case BUILD_SLICE -> "buildSlice";
                case BUILD_TUPLE -> "buildTuple";
                case BUILD_LIST -> "buildList";
                case BUILD_SET -> "buildSet";
                case BUILD_MAP -> "buildMap";
                case BUILD_CONST_KEY_MAP -> "buildConstKeyMap";
                case BUILD_STRING -> "buildString";
                case LIST_APPEND -> "listAppend";
                case SET_ADD -> "setAdd";
                case MAP_ADD -> "mapAdd";
                case LIST_EXTEND -> "listExtend";
                case SET_UPDATE -> "setUpdate";
                case DICT_UPDATE -> "dictUpdate";
                case DICT_MERGE -> "dictMerge";
                case UNPACK_SEQUENCE -> "unpackSequence";
                case UNPACK_EX -> "unpackEx";
                case GET_ITER -> "getIter";
                case GET_LEN -> "getLen";
                case CALL -> "call";
                case CALL_KW -> "callKw";
                case CALL_FUNCTION_EX -> "callFunctionEx";
                case CALL_INTRINSIC_1 -> "callIntrinsic1";
                case CALL_INTRINSIC_2 -> "callIntrinsic2";
                case MAKE_FUNCTION -> "makeFunction";
                case SET_FUNCTION_ATTRIBUTE -> "setFunctionAttribute";
                case EXIT_INIT_CHECK -> "exitInitCheck";
                case FORMAT_SIMPLE -> "formatSimple";
                case FORMAT_WITH_SPEC -> "formatWithSpec";
                case CONVERT_VALUE -> "convertValue";
                case PUSH_EXC_INFO -> "pushExcInfo";
                case POP_EXCEPT -> "popExcept";
                case CHECK_EXC_MATCH -> "checkExcMatch";
                case CHECK_EG_MATCH -> "checkEgMatch";
                case CLEANUP_THROW -> "cleanupThrow";
                case END_ASYNC_FOR -> "endAsyncFor";
                case BEFORE_WITH -> "beforeWith";
                case BEFORE_ASYNC_WITH -> "beforeAsyncWith";
                case WITH_EXCEPT_START -> "withExceptStart";
                case GET_YIELD_FROM_ITER -> "getYieldFromIter";
                case GET_AWAITABLE -> "getAwaitable";
                case GET_AITER -> "getAiter";
                case GET_ANEXT -> "getAnext";
                case MATCH_MAPPING -> "matchMapping";
                case MATCH_SEQUENCE -> "matchSequence";
                case MATCH_KEYS -> "matchKeys";
                case MATCH_CLASS -> "matchClass";
                default -> null;
            };
        }
    }
}
