package dev.kaa.runtime.interp;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyCell;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyFunction;
import dev.kaa.runtime.objects.PyGenerator;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyListIterator;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyRangeIterator;
import dev.kaa.runtime.objects.PySet;
import dev.kaa.runtime.objects.PySlice;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTraceback;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyTupleIterator;
import dev.kaa.runtime.slots.CompareOp;

/**
 * The instructions as static methods, shared by the interpreter loop ({@link Eval}) and the code that
 * {@link JitCompiler} generates. The generated code passes the stack pointer as a constant (the depth
 * of CPython's operand stack is known at every instruction), so once HotSpot inlines one of these into
 * a compiled code object the index arithmetic folds away.
 *
 * <p>Most take the uniform parameters {@code (frame, thread state, stack array, sp, oparg, index of the
 * instruction)} so that the generator can emit every one of them the same way; {@code sp} is the stack
 * pointer before the instruction, as in the interpreter. The generator refers to them by name.
 */
final class JitOps {
    private JitOps() {
    }

    private static final CompareOp[] COMPARE_OPS = {CompareOp.LT, CompareOp.LE, CompareOp.EQ, CompareOp.NE,
        CompareOp.GT, CompareOp.GE};

    // ---- Frame state -------------------------------------------------------------------------------

    static void interrupt(ThreadState ts) {
        ts.interp.interruptRequested = false;
        throw PyErr.newException(PyExc.KeyboardInterrupt);
    }

    static void loadFastCheck(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject v = s[arg];
        if (v == null) {
            throw Ops.unboundLocal(f.code, arg);
        }
        s[sp] = v;
    }

    static void deleteFast(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        if (s[arg] == null) {
            throw Ops.unboundLocal(f.code, arg);
        }
        s[arg] = null;
    }

    static void swap(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject t = s[sp - 1];
        s[sp - 1] = s[sp - arg];
        s[sp - arg] = t;
    }

    /** An entry point or handler that the compiled code does not have: a bug in the compiler. */
    static RuntimeException badEntry() {
        return PyErr.format(PyExc.SystemError, "compiled code entered at an unknown instruction");
    }

    static PyObject returnValue(PyFrame f, PyObject[] s, int sp) {
        PyObject r = s[sp - 1];
        s[sp - 1] = null;
        f.sp = sp - 1;
        f.finished = true;
        return r;
    }

    static PyObject returnConst(PyFrame f, PyObject r, int sp) {
        f.sp = sp;
        f.finished = true;
        return r;
    }

    static PyObject returnGenerator(PyFrame f, int sp, int cur) {
        f.lasti = cur;
        f.sp = sp;
        return Generators.create(f);
    }

    static PyObject yieldValue(PyFrame f, PyObject[] s, int sp, int cur) {
        PyObject v = s[sp - 1];
        s[sp - 1] = null;
        f.lasti = cur;
        f.sp = sp - 1;
        return v;
    }

    /**
     * The exception unwinder (CPython's {@code exception_unwind}): converts a Java throwable into the
     * Python exception, records the traceback entry of this frame (not for a re-raise), and finds the
     * handler of instruction {@code cur} in the exception table. With a handler, the stack is cut to its
     * depth, the lasti (if the handler wants it) and the exception are pushed, {@code f.sp} is the new
     * stack pointer and the handler's index is returned. Without one the frame is finished and the
     * exception is thrown.
     */
    static int unwind(Throwable t, int cur, PyFrame f, ThreadState ts) {
        PyBaseException exc;
        int lastiValue = cur;
        if (t instanceof Reraise r) {
            exc = r.exc;
            if (r.lasti >= 0) {
                lastiValue = r.lasti;
            }
        } else {
            PyException pe = PyErr.fromJava(t);
            exc = pe.value;
            if (exc.traceback == PyNone.NONE && exc.context == null && ts.handledException != null
                    && ts.handledException != exc) {
                Ops.setContext(exc, ts.handledException);
            }
            exc.traceback = new PyTraceback(exc.traceback instanceof PyTraceback tb ? tb : null, f, cur);
        }
        PyCode code = f.code;
        PyObject[] s = f.stack;
        int nlocalsplus = code.nlocalsplus;
        int[] table = code.exceptionTable;
        int handler = -1;
        for (int i = 0; i < table.length; i += 5) {
            if (table[i] <= cur && cur < table[i + 1]) {
                handler = i;
                break;
            }
        }
        if (handler < 0) {
            for (int i = nlocalsplus; i < s.length; i++) {
                s[i] = null;
            }
            f.sp = nlocalsplus;
            f.lasti = lastiValue;
            f.finished = true;
            throw t instanceof PyException pe && pe.value == exc ? pe : new PyException(exc);
        }
        int sp = nlocalsplus + table[handler + 3];
        for (int i = sp; i < s.length; i++) {
            s[i] = null;
        }
        if (table[handler + 4] != 0) {
            s[sp++] = PyInt.of(lastiValue * 2L);
        }
        s[sp++] = exc;
        f.sp = sp;
        return table[handler + 2];
    }

    // ---- Arithmetic and comparisons ----------------------------------------------------------------

    static void binaryOp(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 2] = Eval.binaryOp(arg, s[sp - 2], s[sp - 1]);
        s[sp - 1] = null;
    }

    /** {@code a + b} and {@code a += b}; the other operators' specialised forms follow the same shape. */
    static PyObject add(PyObject a, PyObject b, boolean inplace) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyInt.add((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value + ((PyFloat) b).value);
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return PyStr.concatStr((PyStr) a, (PyStr) b); // s += x appends in place when it can
        }
        return inplace ? PyNumber.inPlaceAdd(a, b) : PyNumber.add(a, b);
    }

    static PyObject subtract(PyObject a, PyObject b, boolean inplace) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyInt.subtract((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value - ((PyFloat) b).value);
        }
        return inplace ? PyNumber.inPlaceSubtract(a, b) : PyNumber.subtract(a, b);
    }

    static PyObject multiply(PyObject a, PyObject b, boolean inplace) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyInt.multiply((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value * ((PyFloat) b).value);
        }
        return inplace ? PyNumber.inPlaceMultiply(a, b) : PyNumber.multiply(a, b);
    }

    static PyObject trueDivide(PyObject a, PyObject b, boolean inplace) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class && ((PyFloat) b).value != 0.0) {
            return PyFloat.of(((PyFloat) a).value / ((PyFloat) b).value);
        }
        return inplace ? PyNumber.inPlaceTrueDivide(a, b) : PyNumber.trueDivide(a, b);
    }

    /**
     * The fast path of COMPARE_OP for two exact small ints or two exact floats: 1 (true) or 0 (false), or
     * -1 when it does not apply. {@code op} is the comparison (oparg >> 5: LT, LE, EQ, NE, GT, GE).
     */
    static int compareFast(PyObject a, PyObject b, int op) {
        int cmp;
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).isSmall()
                && ((PyInt) b).isSmall()) {
            cmp = Long.compare(((PyInt) a).value, ((PyInt) b).value);
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            double x = ((PyFloat) a).value;
            double y = ((PyFloat) b).value;
            if (x != x || y != y) {
                return op == 3 ? 1 : 0; // NaN: only != holds
            }
            cmp = x < y ? -1 : x > y ? 1 : 0;
        } else {
            return -1;
        }
        return COMPARE_OPS[op].test(cmp) ? 1 : 0;
    }

    /** COMPARE_OP whose result is only tested (the bool flag in the oparg, then a conditional jump). */
    static boolean compareBool(PyObject a, PyObject b, int op) {
        int fast = compareFast(a, b, op);
        if (fast >= 0) {
            return fast == 1;
        }
        PyObject r = Abstract.richCompare(a, b, COMPARE_OPS[op]);
        return r instanceof PyBool ? r == PyBool.TRUE : Abstract.isTrue(r);
    }

    static void compareOp(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject r = Eval.compareOp(arg >> 5, s[sp - 2], s[sp - 1]);
        if ((arg & 16) != 0 && !(r instanceof PyBool)) {
            r = PyBool.of(Abstract.isTrue(r));
        }
        s[sp - 2] = r;
        s[sp - 1] = null;
    }

    static boolean isTrue(PyObject v) {
        if (v instanceof PyBool) {
            return v == PyBool.TRUE;
        }
        return Abstract.isTrue(v);
    }

    static void toBool(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject v = s[sp - 1];
        if (!(v instanceof PyBool)) {
            s[sp - 1] = PyBool.of(Abstract.isTrue(v));
        }
    }

    static void unaryNegative(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = PyNumber.negative(s[sp - 1]);
    }

    static void unaryInvert(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = PyNumber.invert(s[sp - 1]);
    }

    static void unaryNot(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = s[sp - 1] == PyBool.TRUE ? PyBool.FALSE : PyBool.TRUE;
    }

    static void isOp(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 2] = PyBool.of((s[sp - 2] == s[sp - 1]) ^ (arg != 0));
        s[sp - 1] = null;
    }

    static boolean containsBool(PyObject item, PyObject container, int arg) {
        return Abstract.contains(container, item) ^ (arg != 0);
    }

    static void containsOp(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 2] = PyBool.of(Abstract.contains(s[sp - 1], s[sp - 2]) ^ (arg != 0));
        s[sp - 1] = null;
    }

    // ---- Names and attributes ----------------------------------------------------------------------

    static void loadGlobal(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = Ops.loadGlobal(f, f.code, cur, f.code.names[arg >> 1]);
        if ((arg & 1) != 0) {
            s[sp + 1] = null;
        }
    }

    static void storeGlobal(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        f.globals.setItem(f.code.names[arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void deleteGlobal(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        if (f.globals.delItemIfPresent(f.code.names[arg]) == null) {
            throw Ops.nameError(f.code.names[arg]);
        }
    }

    static void loadName(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = Ops.loadName(f, f.code.names[arg]);
    }

    static void storeName(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.storeName(f, f.code.names[arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void deleteName(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.deleteName(f, f.code.names[arg]);
    }

    static void loadAttr(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        f.lasti = cur; // frame.f_lineno and descriptors may look at the frame
        PyObject owner = s[sp - 1];
        PyStr name = f.code.names[arg >> 1];
        if ((arg & 1) == 0) {
            s[sp - 1] = Ops.loadAttr(owner, name, f.code, cur);
        } else {
            Ops.loadMethod(s, sp, owner, name, f.code, cur);
        }
    }

    static void storeAttr(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.storeAttr(s[sp - 1], f.code.names[arg], s[sp - 2], f.code, cur);
        s[sp - 1] = null;
        s[sp - 2] = null;
    }

    static void deleteAttr(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Abstract.setAttr(s[sp - 1], f.code.names[arg], null);
        s[sp - 1] = null;
    }

    static void loadSuperAttr(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.loadSuperAttr(f, s, sp, arg, f.code.names[arg >> 2]);
    }

    static void loadDeref(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject v = ((PyCell) s[arg]).ref;
        if (v == null) {
            throw Ops.unboundDeref(f.code, arg);
        }
        s[sp] = v;
    }

    static void storeDeref(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        ((PyCell) s[arg]).ref = s[sp - 1];
        s[sp - 1] = null;
    }

    static void deleteDeref(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyCell c = (PyCell) s[arg];
        if (c.ref == null) {
            throw Ops.unboundDeref(f.code, arg);
        }
        c.ref = null;
    }

    static void makeCell(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[arg] = new PyCell(s[arg]);
    }

    static void copyFreeVars(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        System.arraycopy(f.function.closure, 0, s, f.code.nlocalsplus - arg, arg);
    }

    static void loadFromDictOrDeref(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = Ops.loadFromDictOrDeref(f.code, s, arg, s[sp - 1]);
    }

    static void loadFromDictOrGlobals(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = Ops.loadFromDictOrGlobals(f, f.code.names[arg], s[sp - 1]);
    }

    static void loadLocals(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        if (f.locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals found");
        }
        s[sp] = f.locals;
    }

    static void loadBuildClass(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = Ops.loadBuildClass(f);
    }

    static void loadAssertionError(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = PyExc.AssertionError;
    }

    static void setupAnnotations(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.setupAnnotations(f);
    }

    static void importName(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        f.lasti = cur;
        s[sp - 2] = Ops.importName(f, f.code.names[arg], s[sp - 1], s[sp - 2]);
        s[sp - 1] = null;
    }

    static void importFrom(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = Ops.importFrom(s[sp - 1], f.code.names[arg]);
    }

    // ---- Subscripts and containers -----------------------------------------------------------------

    static void binarySubscr(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 2] = Eval.subscr(s[sp - 2], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void storeSubscr(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Eval.storeSubscr(s[sp - 2], s[sp - 1], s[sp - 3]);
        s[sp - 1] = s[sp - 2] = s[sp - 3] = null;
    }

    static void deleteSubscr(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Abstract.delItem(s[sp - 2], s[sp - 1]);
        s[sp - 1] = s[sp - 2] = null;
    }

    static void binarySlice(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 3] = Abstract.getItem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.NONE));
        s[sp - 1] = s[sp - 2] = null;
    }

    static void storeSlice(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Abstract.setItem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.NONE), s[sp - 4]);
        s[sp - 1] = s[sp - 2] = s[sp - 3] = s[sp - 4] = null;
    }

    static void buildSlice(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        if (arg == 3) {
            s[sp - 3] = new PySlice(s[sp - 3], s[sp - 2], s[sp - 1]);
            s[sp - 1] = s[sp - 2] = null;
        } else {
            s[sp - 2] = new PySlice(s[sp - 2], s[sp - 1], PyNone.NONE);
            s[sp - 1] = null;
        }
    }

    static void buildTuple(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject t = arg == 0 ? PyTuple.EMPTY : PyTuple.of(s, sp - arg, arg);
        clear(s, sp, arg);
        s[sp - arg] = t;
    }

    static void buildList(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject[] items = new PyObject[arg];
        System.arraycopy(s, sp - arg, items, 0, arg);
        clear(s, sp, arg);
        s[sp - arg] = PyList.wrap(items);
    }

    static void buildSet(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PySet set = new PySet();
        for (int i = sp - arg; i < sp; i++) {
            set.add(s[i]);
        }
        clear(s, sp, arg);
        s[sp - arg] = set;
    }

    static void buildMap(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * arg; i < sp; i += 2) {
            d.setItem(s[i], s[i + 1]);
        }
        clear(s, sp, 2 * arg);
        s[sp - 2 * arg] = d;
    }

    static void buildConstKeyMap(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyTuple keys = (PyTuple) s[sp - 1];
        PyDict d = new PyDict();
        for (int i = 0; i < arg; i++) {
            d.setItem(keys.get(i), s[sp - 1 - arg + i]);
        }
        clear(s, sp, arg + 1);
        s[sp - 1 - arg] = d;
    }

    static void buildString(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject r = Ops.buildString(s, sp - arg, arg);
        clear(s, sp, arg);
        s[sp - arg] = r;
    }

    private static void clear(PyObject[] s, int sp, int n) {
        for (int i = sp - n; i < sp; i++) {
            s[i] = null;
        }
    }

    static void listAppend(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        ((PyList) s[sp - 1 - arg]).append(s[sp - 1]);
        s[sp - 1] = null;
    }

    static void setAdd(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        ((PySet) s[sp - 1 - arg]).add(s[sp - 1]);
        s[sp - 1] = null;
    }

    static void mapAdd(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        ((PyDict) s[sp - 2 - arg]).setItem(s[sp - 2], s[sp - 1]);
        s[sp - 1] = s[sp - 2] = null;
    }

    static void listExtend(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.listExtend((PyList) s[sp - 1 - arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void setUpdate(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.setUpdate((PySet) s[sp - 1 - arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void dictUpdate(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.dictUpdate((PyDict) s[sp - 1 - arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void dictMerge(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.dictMerge(s[sp - 1 - arg - 3], (PyDict) s[sp - 1 - arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void unpackSequence(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.unpackSequence(s, sp, arg);
    }

    static void unpackEx(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.unpackEx(s, sp, arg & 0xff, arg >> 8);
    }

    static void getIter(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = Abstract.getIter(s[sp - 1]);
    }

    /** FOR_ITER: pushes the next item and returns true, or pops the iterator and returns false. */
    static boolean forIter(PyFrame f, ThreadState ts, PyObject[] s, int sp, int cur) {
        PyObject it = s[sp - 1];
        PyObject next;
        if (it instanceof PyRangeIterator ri) {
            next = ri.nextValue();
        } else if (it instanceof PyListIterator li) {
            next = li.next();
        } else if (it instanceof PyTupleIterator ti) {
            next = ti.next();
        } else if (it instanceof PyGenerator g) {
            f.lasti = cur;
            next = g.iternext(ts);
        } else {
            next = it.type().tp_iternext.apply(it);
        }
        if (next != null) {
            s[sp] = next;
            return true;
        }
        s[sp - 1] = null;
        return false;
    }

    static void getLen(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = PyInt.of(Abstract.length(s[sp - 1]));
    }

    // ---- Calls and functions -----------------------------------------------------------------------

    static void call(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        f.lasti = cur;
        f.sp = sp;
        Eval.call(ts, s, sp, arg, null);
    }

    static void callKw(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        f.lasti = cur;
        f.sp = sp;
        PyTuple kwnames = (PyTuple) s[sp - 1];
        s[sp - 1] = null;
        Eval.call(ts, s, sp - 1, arg, kwnames);
    }

    static void callFunctionEx(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        f.lasti = cur;
        f.sp = sp;
        int base = sp - 3 - (arg & 1);
        PyObject kwargs = (arg & 1) != 0 ? s[sp - 1] : null;
        PyObject r = Ops.callFunctionEx(s[base], s[base + 2], kwargs);
        clear(s, sp, sp - base);
        s[base] = r;
    }

    static void callIntrinsic1(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = Ops.intrinsic1(f, arg, s[sp - 1]);
    }

    static void callIntrinsic2(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 2] = Ops.intrinsic2(f, arg, s[sp - 2], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void makeFunction(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = new PyFunction((dev.kaa.runtime.objects.PyCode) s[sp - 1], f.globals, f.builtins);
    }

    static void setFunctionAttribute(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyFunction fn = (PyFunction) s[sp - 1];
        Ops.setFunctionAttribute(fn, arg, s[sp - 2]);
        s[sp - 2] = fn;
        s[sp - 1] = null;
    }

    static void exitInitCheck(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject v = s[sp - 1];
        s[sp - 1] = null;
        if (v != PyNone.NONE) {
            throw PyErr.format(PyExc.TypeError, "__init__() should return None, not '%s'", v.type().getName());
        }
    }

    // ---- Formatting ----------------------------------------------------------------------------------

    static void formatSimple(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject v = s[sp - 1];
        if (v.getClass() != PyStr.class) {
            s[sp - 1] = Ops.format(v, PyStr.EMPTY);
        }
    }

    static void formatWithSpec(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 2] = Ops.format(s[sp - 2], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void convertValue(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = Ops.convertValue(arg, s[sp - 1]);
    }

    // ---- Exceptions and with -------------------------------------------------------------------------

    static RuntimeException raise(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        return Ops.raise(ts, f, s, sp, arg);
    }

    static RuntimeException reraise(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject exc = s[sp - 1];
        s[sp - 1] = null;
        int lasti = arg != 0 ? (int) (((PyInt) s[sp - 1 - arg]).longValue() / 2) : -1;
        return new Reraise((PyBaseException) exc, lasti);
    }

    static void pushExcInfo(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject exc = s[sp - 1];
        PyObject prev = ts.handledException;
        s[sp - 1] = prev == null ? PyNone.NONE : prev;
        s[sp] = exc;
        ts.handledException = exc;
    }

    static void popExcept(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject prev = s[sp - 1];
        ts.handledException = prev == PyNone.NONE ? null : prev;
        s[sp - 1] = null;
    }

    static void checkExcMatch(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = PyBool.of(Ops.checkExcMatch(s[sp - 2], s[sp - 1]));
    }

    static void checkEgMatch(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.checkEgMatch(s, sp);
    }

    static void cleanupThrow(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.cleanupThrow(s, sp);
    }

    static void endAsyncFor(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject exc = s[sp - 1];
        if (!((PyBaseException) exc).type().isSubtypeOf(PyExc.StopAsyncIteration)) {
            throw new Reraise((PyBaseException) exc, -1);
        }
        s[sp - 1] = s[sp - 2] = null;
    }

    static void beforeWith(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.beforeWith(s, sp);
    }

    static void beforeAsyncWith(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        Ops.beforeAsyncWith(s, sp);
    }

    static void withExceptStart(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        PyObject val = s[sp - 1];
        PyObject tb = ((PyBaseException) val).traceback;
        s[sp] = Abstract.call(s[sp - 4], val.type(), val, tb == null ? PyNone.NONE : tb);
    }

    // ---- Generators and coroutines -------------------------------------------------------------------

    static void getYieldFromIter(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = Generators.getYieldFromIter(f.code, s[sp - 1]);
    }

    /** SEND: true when the receiver yielded (fall through), false when it returned (jump). */
    static boolean send(PyFrame f, ThreadState ts, PyObject[] s, int sp, int cur) {
        f.lasti = cur;
        return Generators.send(ts, s, sp);
    }

    static void getAwaitable(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = Generators.getAwaitable(s[sp - 1], arg);
    }

    static void getAiter(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 1] = Generators.getAiter(s[sp - 1]);
    }

    static void getAnext(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = Generators.getAnext(s[sp - 1]);
    }

    // ---- Pattern matching ----------------------------------------------------------------------------

    static void matchMapping(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = PyBool.of(Ops.isMapping(s[sp - 1]));
    }

    static void matchSequence(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = PyBool.of(Ops.isSequence(s[sp - 1]));
    }

    static void matchKeys(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp] = Ops.matchKeys(s[sp - 2], s[sp - 1]);
    }

    static void matchClass(PyFrame f, ThreadState ts, PyObject[] s, int sp, int arg, int cur) {
        s[sp - 3] = Ops.matchClass(s[sp - 3], s[sp - 2], arg, (PyTuple) s[sp - 1]);
        s[sp - 1] = s[sp - 2] = null;
    }
}
