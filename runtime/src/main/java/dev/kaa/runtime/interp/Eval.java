package dev.kaa.runtime.interp;

import dev.kaa.compiler.bytecode.Opcode;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyBoundMethod;
import dev.kaa.runtime.objects.PyCell;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyFunction;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PySet;
import dev.kaa.runtime.objects.PySlice;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.slots.CompareOp;

import static dev.kaa.compiler.bytecode.Opcode.*;

/**
 * The interpreter loop: executes CPython 3.13 instructions of a {@link PyFrame}.
 *
 * <p>One Java call of {@link #run} per Python call; the operand stack and locals are the frame's
 * {@code stack} array, the instruction pointer and stack pointer are Java locals (written back to the frame
 * only where something may look at them: calls, suspension, errors). Exceptions are Java
 * {@link PyException}s: the {@code catch} at the bottom of the loop consults the code object's exception
 * table ("zero-cost" try), adds a traceback entry and either jumps to the handler or rethrows.
 *
 * <p>Complex instructions are static methods of {@link Ops} so that this method stays small enough for
 * the JIT. Fast paths for exact int and float operands are inline; the quickened instructions with inline
 * caches live in {@link Specializer}'s cache array beside {@code co_code}.
 */
public final class Eval {
    private Eval() {
    }

    /** Inline cache entries after each opcode ({@code Opcode.cacheEntries}), as an array for the dispatch. */
    private static final int[] CACHES = new int[256];

    static {
        for (int op = 0; op < CACHES.length; op++) {
            CACHES[op] = Opcode.cacheEntries(op);
        }
    }

    /** Calls a Python function with vectorcall arguments. */
    public static PyObject callFunction(PyFunction f, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return callFunction(ThreadState.current(), f, args, off, nargs, kwnames);
    }

    /** As {@link #callFunction(PyFunction, PyObject[], int, int, PyTuple)} on the given thread state. */
    static PyObject callFunction(ThreadState ts, PyFunction f, PyObject[] args, int off, int nargs,
                                 PyTuple kwnames) {
        PyCode co = f.code;
        PyFrame frame = new PyFrame(co, f.globals, f.builtins, null, f);
        if (kwnames == null && FunctionArgs.isSimple(co, nargs)) {
            System.arraycopy(args, off, frame.stack, 0, nargs);
        } else {
            FunctionArgs.bind(f, frame.stack, args, off, nargs, kwnames);
        }
        return run(ts, frame);
    }

    /** Runs a new frame to completion (or, for generator code, to RETURN_GENERATOR). */
    public static PyObject run(PyFrame frame) {
        return run(ThreadState.current(), frame);
    }

    static PyObject run(ThreadState ts, PyFrame frame) {
        if (++ts.recursionDepth > ts.interp.getRecursionLimit()) {
            ts.recursionDepth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        frame.back = ts.frame;
        ts.frame = frame;
        try {
            return execute(frame, ts, null);
        } finally {
            ts.frame = frame.back;
            ts.recursionDepth--;
        }
    }

    /**
     * Resumes a suspended generator frame: pushes {@code sent} (the value of the yield expression) or, when
     * {@code throwIn} is not null, raises it at the suspension point. Returns the next yielded value (the
     * frame stays unfinished) or the return value (the frame is {@code finished}).
     */
    public static PyObject resume(PyFrame frame, PyObject sent, PyException throwIn) {
        return resume(ThreadState.current(), frame, sent, throwIn);
    }

    /** As {@link #resume(PyFrame, PyObject, PyException)} on the given (current) thread state. */
    public static PyObject resume(ThreadState ts, PyFrame frame, PyObject sent, PyException throwIn) {
        if (++ts.recursionDepth > ts.interp.getRecursionLimit()) {
            ts.recursionDepth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        frame.back = ts.frame;
        ts.frame = frame;
        try {
            if (throwIn == null) {
                frame.stack[frame.sp++] = sent;
            }
            return execute(frame, ts, throwIn);
        } finally {
            ts.frame = frame.back;
            frame.back = null;
            ts.recursionDepth--;
        }
    }

    /** Whether hot code is compiled to JVM classes ({@code -Dkaa.jit=false} keeps everything interpreted). */
    private static final boolean JIT_ENABLED = !"false".equals(System.getProperty("kaa.jit"));
    /**
     * Calls plus backward jumps in the interpreter before a code object is compiled: low, because the
     * generated method reaches HotSpot's compiled tiers much sooner than the interpreter loop runs fast on
     * cold code (whole-program time of the benchmarks fell by up to half going from 1000 to 20).
     */
    private static final int JIT_THRESHOLD = Integer.getInteger("kaa.jit.threshold", 20);

    /** The interpreter as the executable form of code that {@link JitCompiler} does not take. */
    static final JitCode INTERPRETER = (f, ts, entry, throwIn) -> loop(f, ts, throwIn);

    /** Runs or resumes a frame in its code's executable form, compiling the code once it is hot. */
    private static PyObject execute(PyFrame frame, ThreadState ts, PyException throwIn) {
        PyCode code = frame.code;
        Object jit = code.jit;
        if (jit == null) {
            if (!JIT_ENABLED || ++code.warmup < JIT_THRESHOLD) {
                return loop(frame, ts, throwIn);
            }
            compiled(code);
            jit = code.jit;
        }
        return ((JitCode) jit).run(frame, ts, frame.lasti + 1, throwIn);
    }

    /** The compiled form of hot code, compiling it on first use; null when the code stays interpreted. */
    private static JitCode compiled(PyCode code) {
        Object jit = code.jit;
        if (jit == null) {
            JitCode compiled = JitCompiler.compile(code);
            code.jit = jit = compiled != null ? compiled : INTERPRETER;
        }
        return jit == INTERPRETER ? null : (JitCode) jit;
    }

    @SuppressWarnings("fallthrough")
    private static PyObject loop(PyFrame f, ThreadState ts, PyException throwIn) {
        final PyCode code = f.code;
        final int[] instr = code.instr;
        final PyObject[] s = f.stack;
        final PyObject[] consts = code.consts;
        final PyStr[] names = code.names;
        final int nlocalsplus = code.nlocalsplus;
        int sp = f.sp;
        int ip = f.lasti + 1;
        int cur = f.lasti;
        PyException pending = throwIn;
        int osrEntry;
        dispatch:
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                while (true) {
                    cur = ip;
                    int word = instr[ip];
                    int op = word & 0xff;
                    int arg = word >>> 8;
                    ip += 1 + CACHES[op];
                    switch (op) {
                        case NOP, EXTENDED_ARG, RESUME -> {
                            if (op == RESUME && ts.interp.interruptRequested) {
                                ts.interp.interruptRequested = false;
                                throw PyErr.newException(PyExc.KeyboardInterrupt);
                            }
                        }
                        case LOAD_FAST -> s[sp++] = s[arg];
                        case LOAD_FAST_CHECK -> {
                            JitOps.loadFastCheck(f, ts, s, sp, arg, cur);
                            sp++;
                        }
                        case LOAD_FAST_AND_CLEAR -> {
                            s[sp++] = s[arg];
                            s[arg] = null;
                        }
                        case LOAD_FAST_LOAD_FAST -> {
                            s[sp++] = s[arg >> 4];
                            s[sp++] = s[arg & 15];
                        }
                        case STORE_FAST -> s[arg] = s[--sp];
                        case STORE_FAST_LOAD_FAST -> {
                            s[arg >> 4] = s[sp - 1];
                            s[sp - 1] = s[arg & 15];
                        }
                        case STORE_FAST_STORE_FAST -> {
                            s[arg >> 4] = s[--sp];
                            s[arg & 15] = s[--sp];
                        }
                        case DELETE_FAST -> {
                            JitOps.deleteFast(f, ts, s, sp, arg, cur);
                        }
                        case LOAD_CONST -> s[sp++] = consts[arg];
                        case POP_TOP -> s[--sp] = null;
                        case PUSH_NULL -> s[sp++] = null;
                        case END_FOR -> s[--sp] = null;
                        case END_SEND -> {
                            s[sp - 2] = s[sp - 1];
                            s[--sp] = null;
                        }
                        case COPY -> {
                            s[sp] = s[sp - arg];
                            sp++;
                        }
                        case SWAP -> {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                        }
                        case RETURN_VALUE -> {
                            PyObject r = s[--sp];
                            f.sp = sp;
                            f.finished = true;
                            return r;
                        }
                        case RETURN_CONST -> {
                            f.sp = sp;
                            f.finished = true;
                            return consts[arg];
                        }
                        case BINARY_OP -> {
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            s[sp - 1] = binaryOp(arg, a, b);
                            s[sp] = null;
                        }
                        case COMPARE_OP -> {
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            PyObject r = compareOp(arg >> 5, a, b);
                            if ((arg & 16) != 0 && !(r instanceof PyBool)) {
                                r = PyBool.of(Abstract.isTrue(r));
                            }
                            s[sp - 1] = r;
                            s[sp] = null;
                        }
                        case TO_BOOL -> {
                            PyObject v = s[sp - 1];
                            if (!(v instanceof PyBool)) {
                                s[sp - 1] = PyBool.of(Abstract.isTrue(v));
                            }
                        }
                        case POP_JUMP_IF_FALSE -> {
                            if (s[--sp] == PyBool.FALSE) {
                                ip += arg;
                            }
                        }
                        case POP_JUMP_IF_TRUE -> {
                            if (s[--sp] == PyBool.TRUE) {
                                ip += arg;
                            }
                        }
                        case POP_JUMP_IF_NONE -> {
                            if (s[--sp] == PyNone.NONE) {
                                ip += arg;
                            }
                        }
                        case POP_JUMP_IF_NOT_NONE -> {
                            if (s[--sp] != PyNone.NONE) {
                                ip += arg;
                            }
                        }
                        case JUMP_FORWARD -> ip += arg;
                        case JUMP_BACKWARD -> {
                            ip -= arg;
                            if (code.warmup < JIT_THRESHOLD) {
                                code.warmup++;
                            } else if (JIT_ENABLED && JitCompiler.OSR && compiled(code) != null) {
                                // on-stack replacement: the compiled code continues this frame at the loop
                                f.sp = sp;
                                osrEntry = ip;
                                break dispatch;
                            }
                            if (ts.interp.interruptRequested) {
                                ts.interp.interruptRequested = false;
                                throw PyErr.newException(PyExc.KeyboardInterrupt);
                            }
                        }
                        case JUMP_BACKWARD_NO_INTERRUPT -> ip -= arg;
                        case UNARY_NOT -> s[sp - 1] = s[sp - 1] == PyBool.TRUE ? PyBool.FALSE : PyBool.TRUE;
                        case UNARY_NEGATIVE -> s[sp - 1] = PyNumber.negative(s[sp - 1]);
                        case UNARY_INVERT -> s[sp - 1] = PyNumber.invert(s[sp - 1]);
                        case IS_OP -> {
                            PyObject b = s[--sp];
                            boolean r = s[sp - 1] == b;
                            s[sp - 1] = PyBool.of(r ^ (arg != 0));
                            s[sp] = null;
                        }
                        case CONTAINS_OP -> {
                            PyObject b = s[--sp];
                            boolean r = Abstract.contains(b, s[sp - 1]);
                            s[sp - 1] = PyBool.of(r ^ (arg != 0));
                            s[sp] = null;
                        }
                        case LOAD_GLOBAL -> {
                            JitOps.loadGlobal(f, ts, s, sp, arg, cur);
                            sp += 1 + (arg & 1);
                        }
                        case STORE_GLOBAL -> {
                            f.globals.setItem(names[arg], s[--sp]);
                            s[sp] = null;
                        }
                        case DELETE_GLOBAL -> {
                            if (f.globals.delItemIfPresent(names[arg]) == null) {
                                throw Ops.nameError(names[arg]);
                            }
                        }
                        case LOAD_NAME -> s[sp++] = Ops.loadName(f, names[arg]);
                        case STORE_NAME -> {
                            Ops.storeName(f, names[arg], s[--sp]);
                            s[sp] = null;
                        }
                        case DELETE_NAME -> Ops.deleteName(f, names[arg]);
                        case LOAD_ATTR -> {
                            JitOps.loadAttr(f, ts, s, sp, arg, cur);
                            sp += arg & 1;
                        }
                        case STORE_ATTR -> {
                            JitOps.storeAttr(f, ts, s, sp, arg, cur);
                            sp -= 2;
                        }
                        case DELETE_ATTR -> {
                            Abstract.setAttr(s[--sp], names[arg], null);
                            s[sp] = null;
                        }
                        case LOAD_SUPER_ATTR -> sp = Ops.loadSuperAttr(f, s, sp, arg, names[arg >> 2]);
                        case BINARY_SUBSCR -> {
                            PyObject sub = s[--sp];
                            PyObject container = s[sp - 1];
                            s[sp - 1] = subscr(container, sub);
                            s[sp] = null;
                        }
                        case STORE_SUBSCR -> {
                            PyObject sub = s[--sp];
                            PyObject container = s[--sp];
                            PyObject v = s[--sp];
                            storeSubscr(container, sub, v);
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                        }
                        case DELETE_SUBSCR -> {
                            PyObject sub = s[--sp];
                            PyObject container = s[--sp];
                            Abstract.delItem(container, sub);
                            s[sp] = s[sp + 1] = null;
                        }
                        case BINARY_SLICE -> {
                            PyObject stop = s[--sp];
                            PyObject start = s[--sp];
                            PyObject container = s[sp - 1];
                            s[sp - 1] = Abstract.getItem(container, new PySlice(start, stop, PyNone.NONE));
                            s[sp] = s[sp + 1] = null;
                        }
                        case STORE_SLICE -> {
                            PyObject stop = s[--sp];
                            PyObject start = s[--sp];
                            PyObject container = s[--sp];
                            PyObject v = s[--sp];
                            Abstract.setItem(container, new PySlice(start, stop, PyNone.NONE), v);
                            s[sp] = s[sp + 1] = s[sp + 2] = s[sp + 3] = null;
                        }
                        case BUILD_SLICE -> {
                            PyObject step = arg == 3 ? s[--sp] : PyNone.NONE;
                            PyObject stop = s[--sp];
                            PyObject start = s[sp - 1];
                            s[sp - 1] = new PySlice(start, stop, step);
                        }
                        case BUILD_TUPLE -> {
                            JitOps.buildTuple(f, ts, s, sp, arg, cur);
                            sp -= arg - 1;
                        }
                        case BUILD_LIST -> {
                            JitOps.buildList(f, ts, s, sp, arg, cur);
                            sp -= arg - 1;
                        }
                        case BUILD_SET -> {
                            JitOps.buildSet(f, ts, s, sp, arg, cur);
                            sp -= arg - 1;
                        }
                        case BUILD_MAP -> {
                            JitOps.buildMap(f, ts, s, sp, arg, cur);
                            sp -= 2 * arg - 1;
                        }
                        case BUILD_CONST_KEY_MAP -> {
                            JitOps.buildConstKeyMap(f, ts, s, sp, arg, cur);
                            sp -= arg;
                        }
                        case BUILD_STRING -> {
                            JitOps.buildString(f, ts, s, sp, arg, cur);
                            sp -= arg - 1;
                        }
                        case LIST_APPEND -> {
                            ((PyList) s[sp - 1 - arg]).append(s[--sp]);
                            s[sp] = null;
                        }
                        case SET_ADD -> {
                            ((PySet) s[sp - 1 - arg]).add(s[--sp]);
                            s[sp] = null;
                        }
                        case MAP_ADD -> {
                            JitOps.mapAdd(f, ts, s, sp, arg, cur);
                            sp -= 2;
                        }
                        case LIST_EXTEND -> {
                            Ops.listExtend((PyList) s[sp - 1 - arg], s[sp - 1]);
                            s[--sp] = null;
                        }
                        case SET_UPDATE -> {
                            Ops.setUpdate((PySet) s[sp - 1 - arg], s[sp - 1]);
                            s[--sp] = null;
                        }
                        case DICT_UPDATE -> {
                            Ops.dictUpdate((PyDict) s[sp - 1 - arg], s[sp - 1]);
                            s[--sp] = null;
                        }
                        case DICT_MERGE -> {
                            Ops.dictMerge(s[sp - 1 - arg - 3], (PyDict) s[sp - 1 - arg], s[sp - 1]);
                            s[--sp] = null;
                        }
                        case UNPACK_SEQUENCE -> sp = Ops.unpackSequence(s, sp, arg);
                        case UNPACK_EX -> sp = Ops.unpackEx(s, sp, arg & 0xff, arg >> 8);
                        case GET_ITER -> s[sp - 1] = Abstract.getIter(s[sp - 1]);
                        case FOR_ITER -> {
                            if (JitOps.forIter(f, ts, s, sp, cur)) {
                                sp++;
                            } else {
                                sp--;
                                ip += arg + 2;
                            }
                        }
                        case GET_LEN -> {
                            s[sp] = PyInt.of(Abstract.length(s[sp - 1]));
                            sp++;
                        }
                        case CALL -> {
                            f.lasti = cur;
                            f.sp = sp;
                            sp = call(ts, s, sp, arg, null);
                        }
                        case CALL_KW -> {
                            f.lasti = cur;
                            f.sp = sp;
                            PyTuple kwnames = (PyTuple) s[--sp];
                            s[sp] = null;
                            sp = call(ts, s, sp, arg, kwnames);
                        }
                        case CALL_FUNCTION_EX -> {
                            JitOps.callFunctionEx(f, ts, s, sp, arg, cur);
                            sp -= 2 + (arg & 1);
                        }
                        case CALL_INTRINSIC_1 -> s[sp - 1] = Ops.intrinsic1(f, arg, s[sp - 1]);
                        case CALL_INTRINSIC_2 -> {
                            PyObject v1 = s[--sp];
                            s[sp - 1] = Ops.intrinsic2(f, arg, s[sp - 1], v1);
                            s[sp] = null;
                        }
                        case MAKE_FUNCTION -> s[sp - 1] = new PyFunction((PyCode) s[sp - 1], f.globals, f.builtins);
                        case SET_FUNCTION_ATTRIBUTE -> {
                            JitOps.setFunctionAttribute(f, ts, s, sp, arg, cur);
                            sp--;
                        }
                        case MAKE_CELL -> s[arg] = new PyCell(s[arg]);
                        case COPY_FREE_VARS -> {
                            PyObject[] closure = f.function.closure;
                            System.arraycopy(closure, 0, s, nlocalsplus - arg, arg);
                        }
                        case LOAD_DEREF -> {
                            JitOps.loadDeref(f, ts, s, sp, arg, cur);
                            sp++;
                        }
                        case STORE_DEREF -> {
                            ((PyCell) s[arg]).ref = s[--sp];
                            s[sp] = null;
                        }
                        case DELETE_DEREF -> {
                            JitOps.deleteDeref(f, ts, s, sp, arg, cur);
                        }
                        case LOAD_FROM_DICT_OR_DEREF -> s[sp - 1] = Ops.loadFromDictOrDeref(code, s, arg, s[sp - 1]);
                        case LOAD_FROM_DICT_OR_GLOBALS -> s[sp - 1] = Ops.loadFromDictOrGlobals(f, names[arg], s[sp - 1]);
                        case LOAD_LOCALS -> {
                            if (f.locals == null) {
                                throw PyErr.format(PyExc.SystemError, "no locals found");
                            }
                            s[sp++] = f.locals;
                        }
                        case LOAD_BUILD_CLASS -> s[sp++] = Ops.loadBuildClass(f);
                        case LOAD_ASSERTION_ERROR -> s[sp++] = PyExc.AssertionError;
                        case SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
                        case IMPORT_NAME -> {
                            JitOps.importName(f, ts, s, sp, arg, cur);
                            sp--;
                        }
                        case IMPORT_FROM -> {
                            s[sp] = Ops.importFrom(s[sp - 1], names[arg]);
                            sp++;
                        }
                        case FORMAT_SIMPLE -> {
                            PyObject v = s[sp - 1];
                            if (v.getClass() != PyStr.class) {
                                s[sp - 1] = Ops.format(v, PyStr.EMPTY);
                            }
                        }
                        case FORMAT_WITH_SPEC -> {
                            PyObject spec = s[--sp];
                            s[sp - 1] = Ops.format(s[sp - 1], spec);
                            s[sp] = null;
                        }
                        case CONVERT_VALUE -> s[sp - 1] = Ops.convertValue(arg, s[sp - 1]);
                        case RAISE_VARARGS -> throw Ops.raise(ts, f, s, sp, arg);
                        case RERAISE -> throw JitOps.reraise(f, ts, s, sp, arg, cur);
                        case PUSH_EXC_INFO -> {
                            JitOps.pushExcInfo(f, ts, s, sp, arg, cur);
                            sp++;
                        }
                        case POP_EXCEPT -> {
                            PyObject prev = s[--sp];
                            ts.handledException = prev == PyNone.NONE ? null : prev;
                            s[sp] = null;
                        }
                        case CHECK_EXC_MATCH -> {
                            PyObject type = s[sp - 1];
                            s[sp - 1] = PyBool.of(Ops.checkExcMatch(s[sp - 2], type));
                        }
                        case CHECK_EG_MATCH -> Ops.checkEgMatch(s, sp);
                        case CLEANUP_THROW -> sp = Ops.cleanupThrow(s, sp);
                        case END_ASYNC_FOR -> {
                            JitOps.endAsyncFor(f, ts, s, sp, arg, cur);
                            sp -= 2;
                        }
                        case BEFORE_WITH -> sp = Ops.beforeWith(s, sp);
                        case BEFORE_ASYNC_WITH -> sp = Ops.beforeAsyncWith(s, sp);
                        case WITH_EXCEPT_START -> {
                            JitOps.withExceptStart(f, ts, s, sp, arg, cur);
                            sp++;
                        }
                        case RETURN_GENERATOR -> {
                            f.lasti = cur;
                            f.sp = sp;
                            return Generators.create(f);
                        }
                        case YIELD_VALUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.lasti = cur;
                            f.sp = sp;
                            return v;
                        }
                        case GET_YIELD_FROM_ITER -> s[sp - 1] = Generators.getYieldFromIter(code, s[sp - 1]);
                        case SEND -> {
                            if (!JitOps.send(f, ts, s, sp, cur)) {
                                ip += arg;
                            }
                        }
                        case GET_AWAITABLE -> s[sp - 1] = Generators.getAwaitable(s[sp - 1], arg);
                        case GET_AITER -> s[sp - 1] = Generators.getAiter(s[sp - 1]);
                        case GET_ANEXT -> {
                            s[sp] = Generators.getAnext(s[sp - 1]);
                            sp++;
                        }
                        case MATCH_MAPPING -> {
                            s[sp] = PyBool.of(Ops.isMapping(s[sp - 1]));
                            sp++;
                        }
                        case MATCH_SEQUENCE -> {
                            s[sp] = PyBool.of(Ops.isSequence(s[sp - 1]));
                            sp++;
                        }
                        case MATCH_KEYS -> {
                            s[sp] = Ops.matchKeys(s[sp - 2], s[sp - 1]);
                            sp++;
                        }
                        case MATCH_CLASS -> {
                            PyObject names2 = s[--sp];
                            PyObject type = s[--sp];
                            s[sp - 1] = Ops.matchClass(s[sp - 1], type, arg, (PyTuple) names2);
                            s[sp] = s[sp + 1] = null;
                        }
                        case EXIT_INIT_CHECK -> {
                            JitOps.exitInitCheck(f, ts, s, sp, arg, cur);
                            sp--;
                        }
                        default -> throw PyErr.format(PyExc.SystemError, "unknown opcode %d", op);
                    }
                }
            } catch (Throwable t) {
                ip = JitOps.unwind(t, cur, f, ts);
                sp = f.sp;
            }
        }
        return ((JitCode) code.jit).run(f, ts, osrEntry, null);
    }

    /**
     * CALL / CALL_KW: {@code [callable, self_or_null, args..., (kw values)]} below {@code sp}; returns the
     * new stack pointer after pushing the result.
     */
    static int call(ThreadState ts, PyObject[] s, int sp, int oparg, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int argBase = sp - oparg;
        PyObject callable = s[argBase - 2];
        PyObject self = s[argBase - 1];
        int nargs = oparg - nkw;
        int off = argBase;
        if (self != null) {
            off--;
            nargs++;
        } else if (callable instanceof PyBoundMethod bm) {
            s[argBase - 1] = bm.self;
            callable = bm.func;
            off--;
            nargs++;
        }
        PyObject r;
        if (callable instanceof PyFunction fn) {
            r = callFunction(ts, fn, s, off, nargs, kwnames);
        } else {
            r = Abstract.vectorcall(callable, s, off, nargs, kwnames);
        }
        for (int i = argBase - 2; i < sp; i++) {
            s[i] = null;
        }
        s[argBase - 2] = r;
        return argBase - 1;
    }

    static PyObject subscr(PyObject container, PyObject sub) {
        if (sub.getClass() == PyInt.class && ((PyInt) sub).isSmall()) {
            if (container.getClass() == PyList.class) {
                return ((PyList) container).getItem(((PyInt) sub).value);
            }
            if (container.getClass() == PyTuple.class) {
                PyTuple t = (PyTuple) container;
                long i = ((PyInt) sub).value;
                int n = t.size();
                if (i < 0) {
                    i += n;
                }
                if (i >= 0 && i < n) {
                    return t.get((int) i);
                }
            }
        }
        return Abstract.getItem(container, sub);
    }

    static void storeSubscr(PyObject container, PyObject sub, PyObject v) {
        if (container.getClass() == PyList.class && sub.getClass() == PyInt.class && ((PyInt) sub).isSmall()) {
            ((PyList) container).setItem(((PyInt) sub).value, v);
            return;
        }
        Abstract.setItem(container, sub, v);
    }

    /** BINARY_OP: the operators with exact int/float/str fast paths share JitOps's, float ** float is inline. */
    static PyObject binaryOp(int op, PyObject a, PyObject b) {
        switch (op) {
            case NB_ADD, NB_INPLACE_ADD -> {
                return JitOps.add(a, b, op == NB_INPLACE_ADD);
            }
            case NB_SUBTRACT, NB_INPLACE_SUBTRACT -> {
                return JitOps.subtract(a, b, op == NB_INPLACE_SUBTRACT);
            }
            case NB_MULTIPLY, NB_INPLACE_MULTIPLY -> {
                return JitOps.multiply(a, b, op == NB_INPLACE_MULTIPLY);
            }
            case NB_TRUE_DIVIDE, NB_INPLACE_TRUE_DIVIDE -> {
                return JitOps.trueDivide(a, b, op == NB_INPLACE_TRUE_DIVIDE);
            }
            case NB_POWER, NB_INPLACE_POWER -> {
                if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                    return PyFloat.pow(((PyFloat) a).value, ((PyFloat) b).value);
                }
            }
            default -> {
            }
        }
        // add, subtract, multiply and true divide went to JitOps above, which falls back to PyNumber
        return switch (op) {
            case NB_AND -> PyNumber.and(a, b);
            case NB_FLOOR_DIVIDE -> PyNumber.floorDivide(a, b);
            case NB_LSHIFT -> PyNumber.lshift(a, b);
            case NB_MATRIX_MULTIPLY -> PyNumber.matrixMultiply(a, b);
            case NB_REMAINDER -> PyNumber.remainder(a, b);
            case NB_OR -> PyNumber.or(a, b);
            case NB_POWER -> PyNumber.power(a, b, PyNone.NONE);
            case NB_RSHIFT -> PyNumber.rshift(a, b);
            case NB_XOR -> PyNumber.xor(a, b);
            case NB_INPLACE_AND -> PyNumber.inPlaceAnd(a, b);
            case NB_INPLACE_FLOOR_DIVIDE -> PyNumber.inPlaceFloorDivide(a, b);
            case NB_INPLACE_LSHIFT -> PyNumber.inPlaceLshift(a, b);
            case NB_INPLACE_MATRIX_MULTIPLY -> PyNumber.inPlaceMatrixMultiply(a, b);
            case NB_INPLACE_REMAINDER -> PyNumber.inPlaceRemainder(a, b);
            case NB_INPLACE_OR -> PyNumber.inPlaceOr(a, b);
            case NB_INPLACE_POWER -> PyNumber.inPlacePower(a, b);
            case NB_INPLACE_RSHIFT -> PyNumber.inPlaceRshift(a, b);
            case NB_INPLACE_XOR -> PyNumber.inPlaceXor(a, b);
            default -> throw PyErr.format(PyExc.SystemError, "bad BINARY_OP oparg %d", op);
        };
    }

    private static final CompareOp[] COMPARE_OPS = {CompareOp.LT, CompareOp.LE, CompareOp.EQ, CompareOp.NE,
        CompareOp.GT, CompareOp.GE};

    /** COMPARE_OP with exact small int and float fast paths. */
    static PyObject compareOp(int op, PyObject a, PyObject b) {
        int fast = JitOps.compareFast(a, b, op);
        if (fast >= 0) {
            return PyBool.of(fast == 1);
        }
        return Abstract.richCompare(a, b, COMPARE_OPS[op]);
    }
}
