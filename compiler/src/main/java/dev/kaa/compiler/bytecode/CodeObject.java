package dev.kaa.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled code object, field for field CPython 3.13's {@code PyCodeObject} as Python code sees it
 * ({@code co_*} attributes). The compiler makes it; the runtime wraps it. Plain data, immutable by
 * convention: nobody changes the arrays after construction.
 *
 * <h2>Constants</h2>
 * {@link #co_consts} holds the compiler's Java representation of Python constants, the same as the AST's
 * {@code Constant} values: {@code null} (None), {@link Boolean}, {@link Long} or
 * {@link java.math.BigInteger} (int), {@link Double}, {@link dev.kaa.compiler.ast.ComplexValue},
 * {@link String} or {@link dev.kaa.compiler.ast.PyStr} (str), {@code byte[]} (bytes),
 * {@link dev.kaa.compiler.ast.EllipsisValue}; plus nested {@link CodeObject}s, {@link TupleConstant} and
 * {@link FrozensetConstant}.
 *
 * <h2>Locals</h2>
 * As in CPython 3.11+, all fast locals, cells and free variables share one numbering,
 * {@link #co_localsplusnames}, with a kind byte each ({@link #CO_FAST_LOCAL}, {@link #CO_FAST_CELL},
 * {@link #CO_FAST_FREE}, {@link #CO_FAST_HIDDEN}); {@code co_varnames}, {@code co_cellvars} and
 * {@code co_freevars} are derived from them. Opargs of {@code LOAD_FAST}, {@code LOAD_DEREF},
 * {@code MAKE_CELL}... index {@code co_localsplusnames}.
 *
 * <h2>Tables</h2>
 * {@link #co_linetable} is the 3.11+ location table ({@link LineTable}); {@link #co_exceptiontable} the
 * "zero-cost" exception table ({@link ExceptionTable}). {@link #co_code} includes the inline cache entries
 * (zeros), as CPython's {@code co_code} does.
 */
public final class CodeObject {
    // co_flags bits (Include/cpython/code.h)
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_NOFREE = 0x0040;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;
    // __future__ flags, also kept in co_flags
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    // co_localspluskinds bits (Include/internal/pycore_code.h)
    public static final byte CO_FAST_HIDDEN = 0x10;
    public static final byte CO_FAST_LOCAL = 0x20;
    public static final byte CO_FAST_CELL = 0x40;
    public static final byte CO_FAST_FREE = (byte) 0x80;

    public final int co_argcount;
    public final int co_posonlyargcount;
    public final int co_kwonlyargcount;
    public final int co_stacksize;
    public final int co_flags;
    public final int co_firstlineno;
    public final byte[] co_code;
    public final Object[] co_consts;
    public final String[] co_names;
    public final String[] co_localsplusnames;
    public final byte[] co_localspluskinds;
    public final String co_filename;
    public final String co_name;
    public final String co_qualname;
    public final byte[] co_linetable;
    public final byte[] co_exceptiontable;

    // derived
    public final String[] co_varnames;
    public final String[] co_cellvars;
    public final String[] co_freevars;
    public final int co_nlocals;

    public CodeObject(int co_argcount, int co_posonlyargcount, int co_kwonlyargcount, int co_stacksize,
                      int co_flags, int co_firstlineno, byte[] co_code, Object[] co_consts, String[] co_names,
                      String[] co_localsplusnames, byte[] co_localspluskinds, String co_filename,
                      String co_name, String co_qualname, byte[] co_linetable, byte[] co_exceptiontable) {
        this.co_argcount = co_argcount;
        this.co_posonlyargcount = co_posonlyargcount;
        this.co_kwonlyargcount = co_kwonlyargcount;
        this.co_stacksize = co_stacksize;
        this.co_flags = co_flags;
        this.co_firstlineno = co_firstlineno;
        this.co_code = co_code;
        this.co_consts = co_consts;
        this.co_names = co_names;
        this.co_localsplusnames = co_localsplusnames;
        this.co_localspluskinds = co_localspluskinds;
        this.co_filename = co_filename;
        this.co_name = co_name;
        this.co_qualname = co_qualname;
        this.co_linetable = co_linetable;
        this.co_exceptiontable = co_exceptiontable;
        this.co_varnames = namesOfKind(CO_FAST_LOCAL);
        this.co_cellvars = namesOfKind(CO_FAST_CELL);
        this.co_freevars = namesOfKind(CO_FAST_FREE);
        this.co_nlocals = co_varnames.length;
    }

    private String[] namesOfKind(byte kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < co_localsplusnames.length; i++) {
            if ((co_localspluskinds[i] & kind) != 0) {
                out.add(co_localsplusnames[i]);
            }
        }
        return out.toArray(new String[0]);
    }

    public int co_nlocalsplus() {
        return co_localsplusnames.length;
    }

    public int co_ncellvars() {
        return co_cellvars.length;
    }

    public int co_nfreevars() {
        return co_freevars.length;
    }

    /** The name of fast local / cell / free variable {@code oparg} (code._varname_from_oparg). */
    public String varnameFromOparg(int oparg) {
        return co_localsplusnames[oparg];
    }

    /** code.co_lines(): (start, end, line) triples over byte offsets; line -1 means None. */
    public List<int[]> co_lines() {
        return LineTable.lines(co_linetable, co_firstlineno);
    }

    /** code.co_positions(): per code unit (line, end_line, col, end_col), -1 meaning None. */
    public List<int[]> co_positions() {
        return LineTable.positions(co_linetable, co_firstlineno);
    }

    /** The exception table entries. */
    public List<ExceptionTable.Entry> exceptionEntries() {
        return ExceptionTable.decode(co_exceptiontable);
    }

    /** repr(code): {@code <code object f at 0x..., file "t.py", line 3>}; the address is the identity hash. */
    @Override
    public String toString() {
        return "<code object " + co_name + " at 0x" + Long.toHexString(0x7f0000000000L
                + (System.identityHashCode(this) & 0xffffffffL) * 16) + ", file \"" + co_filename
                + "\", line " + co_firstlineno + ">";
    }
}
