package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.ast.ComplexValue;
import dev.kaa.compiler.ast.EllipsisValue;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.ExceptionTable;
import dev.kaa.compiler.bytecode.FrozensetConstant;
import dev.kaa.compiler.bytecode.LineTable;
import dev.kaa.compiler.bytecode.Opcode;
import dev.kaa.compiler.bytecode.TupleConstant;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code code}: the runtime's view of a compiler {@link CodeObject}. The compiler's object stays the
 * source of truth for {@code co_*}; this adds what execution needs, computed once per code object:
 * constants as Python objects, interned names, and {@link #instr}, the decoded instruction stream the
 * interpreter runs (one int per code unit, {@code opcode | oparg << 8}, with {@code EXTENDED_ARG} prefixes
 * folded into the oparg of the instruction they extend). Indices in {@link #instr} are code-unit offsets,
 * the same as in the exception and location tables, so no translation is needed.
 */
@PyClass(name = "code", basetype = false, doc = "Create a code object.  Not for the faint of heart.")
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyCodeTable());

    public final CodeObject code;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final PyStr[] localsplusnames;
    public final byte[] localspluskinds;
    public final PyStr name;
    public final PyStr qualname;
    public final PyStr filename;
    /** Decoded instructions, one per code unit (cache units decode as {@code CACHE}). */
    public final int[] instr;
    public final int nlocalsplus;
    public final int flags;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int stacksize;
    /** Exception table entries as flat ints (start, end, target, depth, lasti) for the unwinder. */
    public final int[] exceptionTable;
    /** Per code unit line/endLine/col/endCol, decoded on first use (tracebacks, f_lineno). */
    private volatile int[] positions;
    /** The interpreter's per-instruction inline caches, created on first execution. */
    public volatile Object[] caches;
    /** Calls and backward jumps so far in the interpreter, used to decide when to compile. */
    public int warmup;
    /**
     * The executable form once the code is hot: a {@code dev.kaa.runtime.interp.JitCode} (compiled, or the
     * interpreter when the compiler does not take the code); null while it is still warming up.
     */
    public Object jit;

    public PyCode(CodeObject code) {
        super(TYPE);
        this.code = code;
        this.consts = new PyObject[code.co_consts.length];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = constant(code.co_consts[i]);
        }
        this.names = interned(code.co_names);
        this.localsplusnames = interned(code.co_localsplusnames);
        this.localspluskinds = code.co_localspluskinds;
        this.name = PyStr.of(code.co_name).intern();
        this.qualname = PyStr.of(code.co_qualname);
        this.filename = PyStr.of(code.co_filename);
        this.nlocalsplus = code.co_localsplusnames.length;
        this.flags = code.co_flags;
        this.argcount = code.co_argcount;
        this.posonlyargcount = code.co_posonlyargcount;
        this.kwonlyargcount = code.co_kwonlyargcount;
        this.stacksize = code.co_stacksize;
        this.instr = decode(code.co_code);
        List<ExceptionTable.Entry> entries = ExceptionTable.decode(code.co_exceptiontable);
        this.exceptionTable = new int[entries.size() * 5];
        for (int i = 0; i < entries.size(); i++) {
            ExceptionTable.Entry e = entries.get(i);
            exceptionTable[i * 5] = e.start();
            exceptionTable[i * 5 + 1] = e.end();
            exceptionTable[i * 5 + 2] = e.target();
            exceptionTable[i * 5 + 3] = e.depth();
            exceptionTable[i * 5 + 4] = e.lasti() ? 1 : 0;
        }
    }

    private static PyStr[] interned(String[] names) {
        PyStr[] out = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = PyStr.of(names[i]).intern();
        }
        return out;
    }

    private static int[] decode(byte[] co) {
        int n = co.length / 2;
        int[] out = new int[n];
        int ext = 0;
        for (int i = 0; i < n; i++) {
            int op = co[2 * i] & 0xff;
            int arg = (co[2 * i + 1] & 0xff) | ext;
            out[i] = op | (arg << 8);
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            int caches = op == Opcode.EXTENDED_ARG ? 0 : Opcode.cacheEntries(op);
            for (int c = 0; c < caches && i + 1 < n; c++) {
                out[++i] = Opcode.CACHE;
            }
        }
        return out;
    }

    /** A compiler constant as a Python object. */
    public static PyObject constant(Object c) {
        return switch (c) {
            case null -> PyNone.NONE;
            case Boolean b -> PyBool.of(b);
            case Long l -> PyInt.of(l);
            case BigInteger b -> PyInt.of(b);
            case Double d -> PyFloat.of(d);
            case ComplexValue z -> new PyComplex(z.real(), z.imag());
            case String s -> PyStr.of(s).intern();
            case dev.kaa.compiler.ast.PyStr s -> PyStr.fromCodePoints(s.codePoints(), 0, s.codePoints().length);
            case byte[] b -> new PyBytes(b);
            case EllipsisValue e -> PyEllipsis.ELLIPSIS;
            case CodeObject co -> new PyCode(co);
            case TupleConstant t -> {
                PyObject[] items = new PyObject[t.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = constant(t.get(i));
                }
                yield PyTuple.of(items);
            }
            case FrozensetConstant f -> {
                // inserted in the order CPython's compiler last built it from, for CPython's exact table
                Object[] order = f.insertionOrder();
                PyObject[] items = new PyObject[order.length];
                for (int i = 0; i < items.length; i++) {
                    items[i] = constant(order[i]);
                }
                yield PyFrozenSet.of(items);
            }
            default -> throw new IllegalArgumentException("not a constant: " + c.getClass());
        };
    }

    /** The inline-cache array ({@link #caches}), created on first use. */
    public Object[] cacheArray() {
        Object[] c = caches;
        if (c == null) {
            synchronized (this) {
                c = caches;
                if (c == null) {
                    c = new Object[instr.length];
                    caches = c;
                }
            }
        }
        return c;
    }

    /** (line, endLine, col, endCol) of the code unit at {@code index}; -1 for None. */
    public int[] positionsTable() {
        int[] p = positions;
        if (p == null) {
            p = new int[instr.length * 4];
            java.util.Arrays.fill(p, -1);
            for (LineTable.Entry e : LineTable.decode(code.co_linetable, code.co_firstlineno)) {
                for (int i = e.start(); i < e.end() && i < instr.length; i++) {
                    p[i * 4] = e.line();
                    p[i * 4 + 1] = e.endLine();
                    p[i * 4 + 2] = e.col();
                    p[i * 4 + 3] = e.endCol();
                }
            }
            positions = p;
        }
        return p;
    }

    /** The line of the instruction at code unit {@code index} ({@code PyCode_Addr2Line}); -1 for None. */
    public int addr2line(int index) {
        if (index < 0) {
            return code.co_firstlineno;
        }
        return positionsTable()[index * 4];
    }

    public boolean isGenerator() {
        return (flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<code object " + code.co_name + " at " + dev.kaa.runtime.Abstract.addressOf(this) + ", file \""
                + code.co_filename + "\", line " + code.co_firstlineno + ">");
    }

    @PyGetter("co_name")
    PyObject coName() { return name; }

    @PyGetter("co_qualname")
    PyObject coQualname() { return qualname; }

    @PyGetter("co_filename")
    PyObject coFilename() { return filename; }

    @PyGetter("co_firstlineno")
    PyObject coFirstlineno() { return PyInt.of(code.co_firstlineno); }

    @PyGetter("co_argcount")
    PyObject coArgcount() { return PyInt.of(argcount); }

    @PyGetter("co_posonlyargcount")
    PyObject coPosonlyargcount() { return PyInt.of(posonlyargcount); }

    @PyGetter("co_kwonlyargcount")
    PyObject coKwonlyargcount() { return PyInt.of(kwonlyargcount); }

    @PyGetter("co_flags")
    PyObject coFlags() { return PyInt.of(flags); }

    @PyGetter("co_stacksize")
    PyObject coStacksize() { return PyInt.of(stacksize); }

    @PyGetter("co_nlocals")
    PyObject coNlocals() { return PyInt.of(code.co_nlocals); }

    @PyGetter("co_code")
    PyObject coCode() { return new PyBytes(code.co_code.clone()); }

    @PyGetter("co_linetable")
    PyObject coLinetable() { return new PyBytes(code.co_linetable.clone()); }

    @PyGetter("co_exceptiontable")
    PyObject coExceptiontable() { return new PyBytes(code.co_exceptiontable.clone()); }

    @PyGetter("co_consts")
    PyObject coConsts() { return PyTuple.of(consts.clone()); }

    @PyGetter("co_names")
    PyObject coNames() { return PyTuple.of((PyObject[]) names.clone()); }

    @PyGetter("co_varnames")
    PyObject coVarnames() { return strTuple(code.co_varnames); }

    @PyGetter("co_cellvars")
    PyObject coCellvars() { return strTuple(code.co_cellvars); }

    @PyGetter("co_freevars")
    PyObject coFreevars() { return strTuple(code.co_freevars); }

    private static PyTuple strTuple(String[] a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = PyStr.of(a[i]);
        }
        return PyTuple.of(out);
    }
}
