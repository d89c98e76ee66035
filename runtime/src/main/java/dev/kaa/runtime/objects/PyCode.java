package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.compiler.ast.ComplexValue;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.binding.Args;
import dev.kaa.runtime.slots.CompareOp;
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
        this(code, null);
    }

    /**
     * A code object whose constants are {@code consts} (null: made from the compiler's constants), as
     * {@code code()} and {@code code.replace()} build it from Python objects.
     */
    private PyCode(CodeObject code, PyObject[] consts) {
        super(TYPE);
        this.code = code;
        if (consts == null) {
            consts = new PyObject[code.co_consts.length];
            for (int i = 0; i < consts.length; i++) {
                consts[i] = constant(code.co_consts[i]);
            }
        }
        this.consts = consts;
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
        List<ExceptionTable.Entry> entries;
        try {
            entries = ExceptionTable.decode(code.co_exceptiontable);
        } catch (RuntimeException e) {
            entries = List.of(); // a malformed table given to code() or replace(): CPython reads garbage too
        }
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
            for (LineTable.Entry e : lineEntries()) {
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

    /** The location table's entries; none if it is malformed (made by code() or replace()). */
    private List<LineTable.Entry> lineEntries() {
        try {
            return LineTable.decode(code.co_linetable, code.co_firstlineno);
        } catch (RuntimeException e) {
            return List.of();
        }
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

    @PyGetter("co_lnotab")
    PyObject coLnotab() {
        // CPython also issues a DeprecationWarning here (no warnings machinery in Kaa yet)
        return new PyBytes(lnotab());
    }

    /** The pre-3.10 line number table (decode_linetable in Objects/codeobject.c's co_lnotab getter). */
    private byte[] lnotab() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int addr = 0;
        int line = code.co_firstlineno;
        for (int[] r : code.co_lines()) {
            if (r[2] < 0 || r[2] == line) {
                continue; // no line, or the same: CPython's computed line does not change
            }
            int bdelta = r[0] - addr;
            int ldelta = r[2] - line;
            while (bdelta > 255) {
                out.write(255);
                out.write(0);
                bdelta -= 255;
            }
            while (ldelta > 127) {
                out.write(bdelta);
                out.write(127);
                bdelta = 0;
                ldelta -= 127;
            }
            while (ldelta < -128) {
                out.write(bdelta);
                out.write(-128 & 0xff);
                bdelta = 0;
                ldelta += 128;
            }
            out.write(bdelta);
            out.write(ldelta & 0xff);
            addr = r[0];
            line = r[2];
        }
        return out.toByteArray();
    }

    @PyGetter("_co_code_adaptive")
    PyObject coCodeAdaptive() { return new PyBytes(code.co_code.clone()); }

    // co_* members are READONLY PyMemberDefs in CPython: setting or deleting one says "readonly attribute"
    @PySetter("co_name")
    void setCoName(PyObject v) { throw readonly(); }

    @PySetter("co_qualname")
    void setCoQualname(PyObject v) { throw readonly(); }

    @PySetter("co_filename")
    void setCoFilename(PyObject v) { throw readonly(); }

    @PySetter("co_firstlineno")
    void setCoFirstlineno(PyObject v) { throw readonly(); }

    @PySetter("co_argcount")
    void setCoArgcount(PyObject v) { throw readonly(); }

    @PySetter("co_posonlyargcount")
    void setCoPosonlyargcount(PyObject v) { throw readonly(); }

    @PySetter("co_kwonlyargcount")
    void setCoKwonlyargcount(PyObject v) { throw readonly(); }

    @PySetter("co_flags")
    void setCoFlags(PyObject v) { throw readonly(); }

    @PySetter("co_stacksize")
    void setCoStacksize(PyObject v) { throw readonly(); }

    @PySetter("co_nlocals")
    void setCoNlocals(PyObject v) { throw readonly(); }

    @PySetter("co_linetable")
    void setCoLinetable(PyObject v) { throw readonly(); }

    @PySetter("co_exceptiontable")
    void setCoExceptiontable(PyObject v) { throw readonly(); }

    @PySetter("co_consts")
    void setCoConsts(PyObject v) { throw readonly(); }

    @PySetter("co_names")
    void setCoNames(PyObject v) { throw readonly(); }

    private static PyException readonly() {
        return PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PyMethod(sig = "", doc = "Return an iterator over (start, end, lineno) tuples for the bytecode's lines.")
    PyObject co_lines() {
        List<int[]> lines = code.co_lines();
        PyObject[] out = new PyObject[lines.size()];
        for (int i = 0; i < out.length; i++) {
            int[] r = lines.get(i);
            out[i] = PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), optInt(r[2]));
        }
        return Abstract.getIter(PyTuple.of(out));
    }

    @PyMethod(sig = "", doc = "Return an iterator over (lineno, end_lineno, col_offset, end_col_offset) "
            + "for each instruction.")
    PyObject co_positions() {
        int[] p = positionsTable();
        int n = code.co_code.length / 2;
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            out[i] = PyTuple.of(optInt(p[i * 4]), optInt(p[i * 4 + 1]), optInt(p[i * 4 + 2]),
                    optInt(p[i * 4 + 3]));
        }
        return Abstract.getIter(PyTuple.of(out));
    }

    private static PyObject optInt(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    @PyMethod(sig = "oparg", doc = "(internal-only) Return the local variable name for the given oparg.\n\n"
            + "WARNING: this method is for internal use only and may change or go away.")
    PyObject _varname_from_oparg(int oparg) {
        if (oparg < 0 || oparg >= localsplusnames.length) {
            throw PyErr.format(PyExc.IndexError, "tuple index out of range");
        }
        return localsplusnames[oparg];
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyCode o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = this == o || sameAs(o);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    /** code_richcompare: everything but the qualified name, filename and stack size. */
    private boolean sameAs(PyCode o) {
        CodeObject a = code;
        CodeObject b = o.code;
        if (!name.equals(o.name) || argcount != o.argcount || posonlyargcount != o.posonlyargcount
                || kwonlyargcount != o.kwonlyargcount || flags != o.flags
                || a.co_firstlineno != b.co_firstlineno || !java.util.Arrays.equals(a.co_code, b.co_code)
                || consts.length != o.consts.length || !java.util.Arrays.equals(names, o.names)
                || !java.util.Arrays.equals(localsplusnames, o.localsplusnames)
                || !java.util.Arrays.equals(a.co_linetable, b.co_linetable)
                || !java.util.Arrays.equals(a.co_exceptiontable, b.co_exceptiontable)) {
            return false;
        }
        for (int i = 0; i < consts.length; i++) {
            PyObject x = consts[i];
            PyObject y = o.consts[i];
            // _PyCode_ConstantKey: constants are equal only when of the same type (1 != 1.0 != True here)
            if (x != y && (x.type() != y.type() || !Abstract.richCompareBool(x, y, CompareOp.EQ))) {
                return false;
            }
        }
        return true;
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        long acc = PyHash.tupleHashStart();
        acc = PyHash.tupleHashStep(acc, name.hash());
        acc = PyHash.tupleHashStep(acc, java.util.Arrays.hashCode(code.co_code));
        acc = PyHash.tupleHashStep(acc, argcount ^ posonlyargcount << 8 ^ kwonlyargcount << 16);
        acc = PyHash.tupleHashStep(acc, flags);
        acc = PyHash.tupleHashStep(acc, code.co_firstlineno);
        acc = PyHash.tupleHashStep(acc, consts.length);
        long h = PyHash.tupleHashFinish(acc, 6);
        return h == -1 ? -2 : h;
    }

    @PyMethod(sig = "*, co_argcount=NULL, co_posonlyargcount=NULL, co_kwonlyargcount=NULL, co_nlocals=NULL, "
            + "co_stacksize=NULL, co_flags=NULL, co_firstlineno=NULL, co_code=NULL, co_consts=NULL, "
            + "co_names=NULL, co_varnames=NULL, co_freevars=NULL, co_cellvars=NULL, co_filename=NULL, "
            + "co_name=NULL, co_qualname=NULL, co_linetable=NULL, co_exceptiontable=NULL",
            doc = "Return a copy of the code object with new values for the specified fields.")
    PyObject replace(PyObject coArgcount, PyObject coPosonlyargcount, PyObject coKwonlyargcount,
                     PyObject coNlocals, PyObject coStacksize, PyObject coFlags, PyObject coFirstlineno,
                     PyObject coCode, PyObject coConsts, PyObject coNames, PyObject coVarnames,
                     PyObject coFreevars, PyObject coCellvars, PyObject coFilename, PyObject coName,
                     PyObject coQualname, PyObject coLinetable, PyObject coExceptiontable) {
        String f = "replace";
        return make(f,
                coArgcount == null ? argcount : Args.asInt(coArgcount),
                coPosonlyargcount == null ? posonlyargcount : Args.asInt(coPosonlyargcount),
                coKwonlyargcount == null ? kwonlyargcount : Args.asInt(coKwonlyargcount),
                coNlocals == null ? code.co_nlocals : Args.asInt(coNlocals),
                coStacksize == null ? stacksize : Args.asInt(coStacksize),
                coFlags == null ? flags : Args.asInt(coFlags),
                coCode == null ? code.co_code : arg(coCode, PyBytes.class, f, "co_code", "bytes").bytes(),
                coConsts == null ? consts : arg(coConsts, PyTuple.class, f, "co_consts", "tuple").toArray(),
                coNames == null ? names : arg(coNames, PyTuple.class, f, "co_names", "tuple").toArray(),
                coVarnames == null ? strs(code.co_varnames)
                        : arg(coVarnames, PyTuple.class, f, "co_varnames", "tuple").toArray(),
                coFilename == null ? filename : arg(coFilename, PyStr.class, f, "co_filename", "str"),
                coName == null ? name : arg(coName, PyStr.class, f, "co_name", "str"),
                coQualname == null ? qualname : arg(coQualname, PyStr.class, f, "co_qualname", "str"),
                coFirstlineno == null ? code.co_firstlineno : Args.asInt(coFirstlineno),
                coLinetable == null ? code.co_linetable
                        : arg(coLinetable, PyBytes.class, f, "co_linetable", "bytes").bytes(),
                coExceptiontable == null ? code.co_exceptiontable
                        : arg(coExceptiontable, PyBytes.class, f, "co_exceptiontable", "bytes").bytes(),
                coFreevars == null ? strs(code.co_freevars)
                        : arg(coFreevars, PyTuple.class, f, "co_freevars", "tuple").toArray(),
                coCellvars == null ? strs(code.co_cellvars)
                        : arg(coCellvars, PyTuple.class, f, "co_cellvars", "tuple").toArray());
    }

    @PyMethod(name = "__replace__", sig = "*, co_argcount=NULL, co_posonlyargcount=NULL, co_kwonlyargcount=NULL, "
            + "co_nlocals=NULL, co_stacksize=NULL, co_flags=NULL, co_firstlineno=NULL, co_code=NULL, "
            + "co_consts=NULL, co_names=NULL, co_varnames=NULL, co_freevars=NULL, co_cellvars=NULL, "
            + "co_filename=NULL, co_name=NULL, co_qualname=NULL, co_linetable=NULL, co_exceptiontable=NULL",
            doc = "The same as replace().")
    PyObject dunderReplace(PyObject coArgcount, PyObject coPosonlyargcount, PyObject coKwonlyargcount,
                           PyObject coNlocals, PyObject coStacksize, PyObject coFlags, PyObject coFirstlineno,
                           PyObject coCode, PyObject coConsts, PyObject coNames, PyObject coVarnames,
                           PyObject coFreevars, PyObject coCellvars, PyObject coFilename, PyObject coName,
                           PyObject coQualname, PyObject coLinetable, PyObject coExceptiontable) {
        return replace(coArgcount, coPosonlyargcount, coKwonlyargcount, coNlocals, coStacksize, coFlags,
                coFirstlineno, coCode, coConsts, coNames, coVarnames, coFreevars, coCellvars, coFilename, coName,
                coQualname, coLinetable, coExceptiontable);
    }

    private static <T> T arg(PyObject o, Class<T> cls, String fname, String param, String expected) {
        return Args.cast(o, cls, fname, "argument '" + param + "'", expected);
    }

    private static PyObject[] strs(String[] a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = PyStr.of(a[i]);
        }
        return out;
    }

    @PySlot(value = Slot.tp_new, sig = "argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, "
            + "codestring, constants, names, varnames, filename, name, qualname, firstlineno, linetable, "
            + "exceptiontable, freevars=NULL, cellvars=NULL, /")
    static PyObject codeNew(PyType type, int argcount, int posonlyargcount, int kwonlyargcount, int nlocals,
                            int stacksize, int flags, PyBytes codestring, PyTuple constants, PyTuple names,
                            PyTuple varnames, PyStr filename, PyStr name, PyStr qualname, int firstlineno,
                            PyBytes linetable, PyBytes exceptiontable, PyTuple freevars, PyTuple cellvars) {
        if (argcount < posonlyargcount || posonlyargcount < 0) {
            throw PyErr.format(PyExc.ValueError, "code: argcount must not be negative");
        }
        if (kwonlyargcount < 0) {
            throw PyErr.format(PyExc.ValueError, "code: kwonlyargcount must not be negative");
        }
        if (nlocals < 0) {
            throw PyErr.format(PyExc.ValueError, "code: nlocals must not be negative");
        }
        return make("code", argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags,
                codestring.bytes(), constants.toArray(), names.toArray(), varnames.toArray(), filename, name,
                qualname, firstlineno, linetable.bytes(), exceptiontable.bytes(),
                freevars == null ? new PyObject[0] : freevars.toArray(),
                cellvars == null ? new PyObject[0] : cellvars.toArray());
    }

    /**
     * {@code PyCode_NewWithPosOnlyArgs}: checks the parts and merges varnames, cellvars and freevars into
     * the localsplus names and kinds (a cell variable that is also a local keeps one slot).
     */
    private static PyCode make(String fname, int argcount, int posonlyargcount, int kwonlyargcount, int nlocals,
                               int stacksize, int flags, byte[] codestring, PyObject[] consts, PyObject[] names,
                               PyObject[] varnames, PyStr filename, PyStr name, PyStr qualname, int firstlineno,
                               byte[] linetable, byte[] exceptiontable, PyObject[] freevars, PyObject[] cellvars) {
        if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0 || stacksize < 0) {
            throw PyErr.format(PyExc.SystemError, "%s: bad argument to internal function", fname);
        }
        if (codestring.length % 2 != 0) {
            throw PyErr.format(PyExc.ValueError, "code: co_code is malformed");
        }
        if (argcount + kwonlyargcount + ((flags & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0) > varnames.length) {
            throw PyErr.format(PyExc.ValueError, "code: co_varnames is too small");
        }
        if (nlocals != varnames.length) {
            throw PyErr.format(PyExc.ValueError, "code: co_nlocals != len(co_varnames)");
        }
        String[] nameStrs = strings(names);
        String[] vars = strings(varnames);
        String[] cells = strings(cellvars);
        String[] frees = strings(freevars);
        List<String> lpNames = new java.util.ArrayList<>(java.util.Arrays.asList(vars));
        java.io.ByteArrayOutputStream kinds = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < vars.length; i++) {
            kinds.write(CodeObject.CO_FAST_LOCAL);
        }
        byte[] k = null;
        List<Integer> merged = new java.util.ArrayList<>();
        for (String c : cells) {
            int at = lpNames.subList(0, vars.length).indexOf(c);
            if (at >= 0) {
                merged.add(at);
            } else {
                lpNames.add(c);
                kinds.write(CodeObject.CO_FAST_CELL);
            }
        }
        for (String fv : frees) {
            lpNames.add(fv);
            kinds.write(CodeObject.CO_FAST_FREE);
        }
        k = kinds.toByteArray();
        for (int at : merged) {
            k[at] |= CodeObject.CO_FAST_CELL;
        }
        Object[] cconsts = new Object[consts.length];
        for (int i = 0; i < consts.length; i++) {
            cconsts[i] = compilerConstant(consts[i]);
        }
        CodeObject co = new CodeObject(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno,
                codestring.clone(), cconsts, nameStrs, lpNames.toArray(new String[0]), k, filename.toString(),
                name.toString(), qualname.toString(), linetable.clone(), exceptiontable.clone());
        return new PyCode(co, consts.clone());
    }

    /** The names in a code object's name tuple ("non-string found in code slot" for anything else). */
    private static String[] strings(PyObject[] t) {
        String[] out = new String[t.length];
        for (int i = 0; i < t.length; i++) {
            if (t[i].getClass() != PyStr.class) {
                throw PyErr.format(PyExc.SystemError, "non-string found in code slot");
            }
            out[i] = t[i].toString();
        }
        return out;
    }

    /**
     * The compiler's form of a Python constant (see {@link CodeObject}), for the compiler-side view of a
     * code object built from Python objects; other objects stand for themselves (the runtime reads
     * {@link #consts}).
     */
    private static Object compilerConstant(PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (o.getClass() == PyInt.class) {
            PyInt i = (PyInt) o;
            return i.isSmall() ? (Object) i.value : i.big;
        }
        if (o.getClass() == PyFloat.class) {
            return ((PyFloat) o).value;
        }
        if (o.getClass() == PyStr.class) {
            return o.toString();
        }
        if (o.getClass() == PyBytes.class) {
            return ((PyBytes) o).bytes();
        }
        if (o instanceof PyCode c) {
            return c.code;
        }
        return o;
    }

    private static PyTuple strTuple(String[] a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = PyStr.of(a[i]);
        }
        return PyTuple.of(out);
    }
}
