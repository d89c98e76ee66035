package dev.kaa.compiler.codegen;

import static dev.kaa.compiler.bytecode.Opcode.*;
import static dev.kaa.compiler.codegen.CompilerUnit.FBlockType;
import static dev.kaa.compiler.codegen.CompilerUnit.ScopeType;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.*;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.FrozensetConstant;
import dev.kaa.compiler.bytecode.Location;
import dev.kaa.compiler.bytecode.TupleConstant;
import dev.kaa.compiler.flowgraph.Assembler;
import dev.kaa.compiler.flowgraph.Cfg;
import dev.kaa.compiler.flowgraph.CodeUnitMetadata;
import dev.kaa.compiler.flowgraph.InstrSequence;
import dev.kaa.compiler.symtable.BlockType;
import dev.kaa.compiler.symtable.FutureFeatures;
import dev.kaa.compiler.symtable.SymbolTable;
import dev.kaa.compiler.symtable.SymbolTableEntry;
import dev.kaa.compiler.symtable.Symbols;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The code generator (the codegen half of CPython 3.13's Python/compile.c): walks the optimized AST of
 * each scope and emits an {@link InstrSequence} of real and pseudo instructions with labels, which
 * {@link Cfg} optimizes and {@link Assembler} turns into a {@link CodeObject}.
 *
 * <p>Method names follow compile.c's ({@code compiler_function}, {@code compiler_jump_if},
 * {@code compiler_comprehension}, ...) so the two read side by side. Every instruction carries the
 * source span of the node it was made for; compiler-made bookkeeping carries {@link Location#NO_LOCATION}
 * and gets a line from its neighbours in the flow graph.
 */
public final class CodeGen {
    static final int STACK_USE_GUIDELINE = 30;

    private static final Location NO_LOCATION = Location.NO_LOCATION;

    // COMPARE_OP oparg: cmp << 5 | mask (pycore_code.h COMPARISON_*)
    private static final int[] COMPARE_MASKS = {2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8};

    private final SymbolTable st;
    private final String filename;
    private final FutureFeatures future;
    private final int optimize;
    private boolean interactive;
    private CompilerUnit u;
    private final ArrayDeque<CompilerUnit> stack = new ArrayDeque<>();
    private int nestlevel;
    /** Receives each code unit's raw instruction sequence before optimization (tests). */
    private final Consumer<InstrSequence> sequenceListener;
    private InternedNames internedNames;
    /** Receives the SyntaxWarnings; null drops them. */
    private final java.util.List<CompileWarning> warnings;

    private CodeGen(SymbolTable st, String filename, FutureFeatures future, int optimize,
                    java.util.List<CompileWarning> warnings, Consumer<InstrSequence> sequenceListener) {
        this.st = st;
        this.filename = filename;
        this.future = future;
        this.optimize = optimize;
        this.warnings = warnings;
        this.sequenceListener = sequenceListener;
    }

    /**
     * Compiles a module (after the AST optimizer and the symbol table) into its code object
     * (compiler_mod).
     */
    public static CodeObject compileMod(ModNode mod, String filename, SymbolTable st, FutureFeatures future,
                                        int optimize, Consumer<InstrSequence> sequenceListener) {
        return compileMod(mod, filename, st, future, optimize, null, sequenceListener);
    }

    /**
     * {@link #compileMod(ModNode, String, SymbolTable, FutureFeatures, int, Consumer)}, adding the
     * SyntaxWarnings to {@code warnings} (if not null) in the order CPython issues them.
     */
    public static CodeObject compileMod(ModNode mod, String filename, SymbolTable st, FutureFeatures future,
                                        int optimize, java.util.List<CompileWarning> warnings,
                                        Consumer<InstrSequence> sequenceListener) {
        CodeGen c = new CodeGen(st, filename, future, optimize, warnings, sequenceListener);
        c.internedNames = new InternedNames(mod);
        boolean addNone = !(mod instanceof Expression);
        c.codegen(mod);
        CodeObject co = c.optimizeAndAssemble(addNone);
        c.exitScope();
        return co;
    }

    // ================================================================== errors

    private PySyntaxError error(Location loc, String msg) {
        return new PySyntaxError("SyntaxError", msg, filename, loc.lineno(), loc.colOffset() + 1,
                loc.endLineno(), loc.endColOffset() + 1, null);
    }

    private static Location loc(LocatedNode n) {
        return new Location(n.lineno, n.end_lineno, n.col_offset, n.end_col_offset);
    }

    // ================================================================== emission

    private InstrSequence seq() {
        return u.seq;
    }

    private int newLabel() {
        return u.seq.newLabel();
    }

    private void useLabel(int lbl) {
        u.seq.useLabel(lbl);
    }

    private void addop(int op, Location loc) {
        u.seq.addop(op, 0, loc);
    }

    private void addopI(int op, int oparg, Location loc) {
        u.seq.addop(op, oparg, loc);
    }

    private void addopJ(int op, int label, Location loc) {
        u.seq.addop(op, label, loc);
    }

    private int addConst(Object value) {
        return u.md.consts.add(value);
    }

    private void loadConst(Object value, Location loc) {
        if (value instanceof FrozensetConstant f) {
            value = orderedFrozenset(f);
        }
        addopI(LOAD_CONST, addConst(value), loc);
    }

    /**
     * A frozenset constant (items in source order) with its items in the order CPython's compiler ends up
     * with: built twice, or three times when making the code object interns its str items anew. Which
     * strings CPython had interned before depends on the whole process; this guesses with
     * {@link InternedNames}.
     */
    private FrozensetConstant orderedFrozenset(FrozensetConstant f) {
        Object[] items = f.toArray();
        int builds = 2;
        for (Object o : items) {
            // one-character strings are shared singletons, already interned
            if (o instanceof String s && s.length() > 1 && allNameChars(s) && internedNames.isInterned(s)) {
                builds = 3;
                break;
            }
        }
        return new FrozensetConstant(dev.kaa.compiler.bytecode.SetOrder.compileTimeOrder(items, builds),
                dev.kaa.compiler.bytecode.SetOrder.compileTimeOrder(items, builds - 1));
    }

    private static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /** ADDOP_N: a name table entry without mangling. */
    private void addopN(int op, String name, Map<String, Integer> dict, Location loc) {
        addopI(op, CodeUnitMetadata.addName((LinkedHashMap<String, Integer>) dict, name), loc);
    }

    /** compiler_addop_name: mangles, and folds the LOAD_METHOD / super pseudo-ops into their oparg bits. */
    private void addopName(int op, String name, Location loc) {
        String mangled = SymbolTable.mangle(u.priv, name);
        int arg = CodeUnitMetadata.addName(u.md.names, mangled);
        switch (op) {
            case LOAD_ATTR -> arg <<= 1;
            case LOAD_METHOD -> {
                op = LOAD_ATTR;
                arg = (arg << 1) | 1;
            }
            case LOAD_SUPER_ATTR -> arg = (arg << 2) | 2;
            case LOAD_SUPER_METHOD -> {
                op = LOAD_SUPER_ATTR;
                arg = (arg << 2) | 3;
            }
            case LOAD_ZERO_SUPER_ATTR -> {
                op = LOAD_SUPER_ATTR;
                arg <<= 2;
            }
            case LOAD_ZERO_SUPER_METHOD -> {
                op = LOAD_SUPER_ATTR;
                arg = (arg << 2) | 1;
            }
            default -> {
            }
        }
        addopI(op, arg, loc);
    }

    // ================================================================== scopes

    private void enterScope(String name, ScopeType scopeType, Object key, int lineno) {
        Location loc = new Location(lineno, lineno, 0, 0);
        CompilerUnit nu = new CompilerUnit(st.lookup(key), scopeType);
        nu.md.name = name;
        for (String v : nu.ste.ste_varnames) {
            CodeUnitMetadata.addName(nu.md.varnames, v);
        }
        dictByType(nu.ste, Symbols.CELL, Symbols.DEF_COMP_CELL, 0, nu.md.cellvars);
        if (nu.ste.ste_needs_class_closure) {
            CodeUnitMetadata.addName(nu.md.cellvars, "__class__");
        }
        if (nu.ste.ste_needs_classdict) {
            CodeUnitMetadata.addName(nu.md.cellvars, "__classdict__");
        }
        dictByType(nu.ste, Symbols.FREE, Symbols.DEF_FREE_CLASS, nu.md.cellvars.size(), nu.md.freevars);
        nu.md.firstlineno = lineno;
        if (u != null) {
            stack.push(u);
            nu.priv = u.priv;
        }
        u = nu;
        nestlevel++;
        if (scopeType == ScopeType.MODULE) {
            loc = new Location(0, loc.endLineno(), loc.colOffset(), loc.endColOffset());
        } else {
            setQualname();
        }
        addopI(RESUME, 0, loc);
    }

    /** Names of the given scope or flag, sorted, numbered from offset (dictbytype). */
    private static void dictByType(SymbolTableEntry ste, int scopeType, int flag, int offset,
                                   LinkedHashMap<String, Integer> dest) {
        List<String> keys = new ArrayList<>(ste.ste_symbols.keySet());
        keys.sort(CodeGen::compareStr);
        int i = offset;
        for (String k : keys) {
            int vi = ste.ste_symbols.get(k);
            if (Symbols.scope(vi) == scopeType || (vi & flag) != 0) {
                dest.put(k, i++);
            }
        }
    }

    /** Python's str ordering (code points). */
    static int compareStr(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                if (sx != sy) {
                    return sx ? 1 : -1;
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private void exitScope() {
        nestlevel--;
        u = stack.isEmpty() ? null : stack.pop();
    }

    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            CompilerUnit parent = stack.peek();
            if (parent.scopeType == ScopeType.TYPEPARAMS) {
                // a type parameter scope: look at the grandparent
                if (stack.size() == 1) {
                    u.md.qualname = u.md.name;
                    return;
                }
                var it = stack.iterator();
                it.next();
                parent = it.next();
            }
            boolean forceGlobal = false;
            if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.ASYNC_FUNCTION
                    || u.scopeType == ScopeType.CLASS) {
                String mangled = SymbolTable.mangle(parent.priv, u.md.name);
                int scope = parent.ste.getScope(mangled);
                if (scope == Symbols.GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.ASYNC_FUNCTION
                        || parent.scopeType == ScopeType.LAMBDA) {
                    base = parent.md.qualname + ".<locals>";
                } else {
                    base = parent.md.qualname;
                }
            }
        }
        u.md.qualname = base != null ? base + "." + u.md.name : u.md.name;
    }

    private int computeCodeFlags() {
        SymbolTableEntry ste = u.ste;
        int flags = 0;
        if (ste.isFunctionLike()) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (ste.ste_nested) {
                flags |= CodeObject.CO_NESTED;
            }
            if (ste.ste_generator && !ste.ste_coroutine) {
                flags |= CodeObject.CO_GENERATOR;
            }
            if (!ste.ste_generator && ste.ste_coroutine) {
                flags |= CodeObject.CO_COROUTINE;
            }
            if (ste.ste_generator && ste.ste_coroutine) {
                flags |= CodeObject.CO_ASYNC_GENERATOR;
            }
            if (ste.ste_varargs) {
                flags |= CodeObject.CO_VARARGS;
            }
            if (ste.ste_varkeywords) {
                flags |= CodeObject.CO_VARKEYWORDS;
            }
        }
        // the future flags are inherited by every code object (PyCF_MASK)
        flags |= future.features() & (CodeObject.CO_FUTURE_DIVISION | CodeObject.CO_FUTURE_ABSOLUTE_IMPORT
                | CodeObject.CO_FUTURE_WITH_STATEMENT | CodeObject.CO_FUTURE_PRINT_FUNCTION
                | CodeObject.CO_FUTURE_UNICODE_LITERALS | CodeObject.CO_FUTURE_BARRY_AS_BDFL
                | CodeObject.CO_FUTURE_GENERATOR_STOP | CodeObject.CO_FUTURE_ANNOTATIONS);
        return flags;
    }

    private CodeObject optimizeAndAssemble(boolean addNone) {
        int codeFlags = computeCodeFlags();
        // add_return_at_end: every path that falls off the end returns None
        if (addNone) {
            loadConst(null, NO_LOCATION);
        }
        addop(RETURN_VALUE, NO_LOCATION);
        if (sequenceListener != null) {
            sequenceListener.accept(u.seq);
        }
        Cfg g = Cfg.fromSequence(u.seq);
        int nparams = u.ste.ste_varnames.size();
        int nlocals = u.md.varnames.size();
        g.optimizeCodeUnit(u.md.consts, nlocals, nparams, u.md.firstlineno);
        return Assembler.assemble(g, u.md, codeFlags, filename);
    }

    // ================================================================== frame blocks

    private void pushFBlock(Location loc, FBlockType t, int block, int exit, Object datum) {
        if (u.fblocks.size() >= CompilerUnit.MAX_BLOCKS) {
            throw error(loc, "too many statically nested blocks");
        }
        u.fblocks.add(new CompilerUnit.FBlock(t, block, exit, datum, loc));
    }

    private void popFBlock() {
        u.fblocks.removeLast();
    }

    private void callExitWithNones(Location loc) {
        loadConst(null, loc);
        loadConst(null, loc);
        loadConst(null, loc);
        addopI(CALL, 2, loc);
    }

    private void addYieldFrom(Location loc, boolean await) {
        int send = newLabel();
        int fail = newLabel();
        int exit = newLabel();
        useLabel(send);
        addopJ(SEND, exit, loc);
        // a virtual try/except for StopIteration raised by close() or throw()
        addopJ(SETUP_FINALLY, fail, loc);
        addopI(YIELD_VALUE, 1, loc);
        addop(POP_BLOCK, NO_LOCATION);
        addopI(RESUME, await ? 3 : 2, loc);
        addopJ(JUMP_NO_INTERRUPT, send, loc);
        useLabel(fail);
        addop(CLEANUP_THROW, loc);
        useLabel(exit);
        addop(END_SEND, loc);
    }

    private void popExceptAndReraise(Location loc) {
        addopI(COPY, 3, loc);
        addop(POP_EXCEPT, loc);
        addopI(RERAISE, 1, loc);
    }

    /** Unwinds one frame block; returns the location to use afterwards (compiler_unwind_fblock). */
    private Location unwindFBlock(Location loc, CompilerUnit.FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
                 STOP_ITERATION -> {
                return loc;
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    addopI(SWAP, 2, loc);
                }
                addop(POP_TOP, loc);
                return loc;
            }
            case TRY_EXCEPT -> {
                addop(POP_BLOCK, loc);
                return loc;
            }
            case FINALLY_TRY -> {
                addop(POP_BLOCK, loc);
                if (preserveTos) {
                    pushFBlock(loc, FBlockType.POP_VALUE, -1, -1, null);
                }
                @SuppressWarnings("unchecked")
                List<StmtNode> finalbody = (List<StmtNode>) info.datum();
                visitStmts(finalbody);
                if (preserveTos) {
                    popFBlock();
                }
                // the finally block appears to run after the unwinding statement
                return NO_LOCATION;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    addopI(SWAP, 2, loc);
                }
                addop(POP_TOP, loc);
                if (preserveTos) {
                    addopI(SWAP, 2, loc);
                }
                addop(POP_BLOCK, loc);
                addop(POP_EXCEPT, loc);
                return loc;
            }
            case WITH, ASYNC_WITH -> {
                loc = info.loc();
                addop(POP_BLOCK, loc);
                if (preserveTos) {
                    addopI(SWAP, 2, loc);
                }
                callExitWithNones(loc);
                if (info.type() == FBlockType.ASYNC_WITH) {
                    addopI(GET_AWAITABLE, 2, loc);
                    loadConst(null, loc);
                    addYieldFrom(loc, true);
                }
                addop(POP_TOP, loc);
                return NO_LOCATION;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    addop(POP_BLOCK, loc);
                }
                if (preserveTos) {
                    addopI(SWAP, 2, loc);
                }
                addop(POP_BLOCK, loc);
                addop(POP_EXCEPT, loc);
                if (info.datum() != null) {
                    loadConst(null, loc);
                    nameop(loc, (String) info.datum(), ExprContext.Store);
                    nameop(loc, (String) info.datum(), ExprContext.Del);
                }
                return loc;
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    addopI(SWAP, 2, loc);
                }
                addop(POP_TOP, loc);
                return loc;
            }
        }
        throw new IllegalStateException();
    }

    /** Result of unwinding: the location and the loop block found (if looking for one). */
    private record Unwound(Location loc, CompilerUnit.FBlock loop) {
    }

    private Unwound unwindFBlockStack(Location loc, boolean preserveTos, boolean findLoop) {
        if (u.fblocks.isEmpty()) {
            return new Unwound(loc, null);
        }
        CompilerUnit.FBlock top = u.fblocks.getLast();
        if (top.type() == FBlockType.EXCEPTION_GROUP_HANDLER) {
            throw error(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (findLoop && (top.type() == FBlockType.WHILE_LOOP || top.type() == FBlockType.FOR_LOOP)) {
            return new Unwound(loc, top);
        }
        u.fblocks.removeLast();
        loc = unwindFBlock(loc, top, preserveTos);
        Unwound r = unwindFBlockStack(loc, preserveTos, findLoop);
        u.fblocks.add(top);
        return r;
    }

    // ================================================================== module

    private static Object getDocString(List<StmtNode> body) {
        if (!body.isEmpty() && body.get(0) instanceof Expr e && e.value instanceof Constant c
                && (c.value instanceof String || c.value instanceof PyStr)) {
            return c.value;
        }
        return null;
    }

    /** find_ann: whether a block has variable annotations (then it needs __annotations__). */
    private static boolean findAnn(List<StmtNode> stmts) {
        for (StmtNode s : stmts) {
            boolean res = switch (s) {
                case AnnAssign a -> true;
                case For f -> findAnn(f.body) || findAnn(f.orelse);
                case AsyncFor f -> findAnn(f.body) || findAnn(f.orelse);
                case While w -> findAnn(w.body) || findAnn(w.orelse);
                case If i -> findAnn(i.body) || findAnn(i.orelse);
                case With w -> findAnn(w.body);
                case AsyncWith w -> findAnn(w.body);
                case Try t -> {
                    for (ExcepthandlerNode h : t.handlers) {
                        if (findAnn(((ExceptHandler) h).body)) {
                            yield true;
                        }
                    }
                    yield findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
                }
                case TryStar t -> {
                    for (ExcepthandlerNode h : t.handlers) {
                        if (findAnn(((ExceptHandler) h).body)) {
                            yield true;
                        }
                    }
                    yield findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
                }
                case Match m -> {
                    for (MatchCase mc : m.cases) {
                        if (findAnn(mc.body)) {
                            yield true;
                        }
                    }
                    yield false;
                }
                default -> false;
            };
            if (res) {
                return true;
            }
        }
        return false;
    }

    private void body(Location loc, List<StmtNode> stmts) {
        if (u.scopeType == ScopeType.MODULE && !stmts.isEmpty()) {
            loc = loc(stmts.get(0));
        }
        if (findAnn(stmts)) {
            addop(SETUP_ANNOTATIONS, loc);
        }
        if (stmts.isEmpty()) {
            return;
        }
        int firstInstr = 0;
        Object docstring = getDocString(stmts);
        if (docstring != null) {
            firstInstr = 1;
            if (optimize < 2) {
                Object clean = DocString.clean(docstring);
                Expr st0 = (Expr) stmts.get(0);
                loadConst(clean, loc(st0.value));
                nameop(NO_LOCATION, "__doc__", ExprContext.Store);
            }
        }
        for (int i = firstInstr; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    private void codegen(ModNode mod) {
        enterScope("<module>", ScopeType.MODULE, mod, 1);
        Location loc = new Location(1, 1, 0, 0);
        switch (mod) {
            case dev.kaa.compiler.ast.Module m -> body(loc, m.body);
            case Interactive i -> {
                if (findAnn(i.body)) {
                    addop(SETUP_ANNOTATIONS, loc);
                }
                interactive = true;
                visitStmts(i.body);
            }
            case Expression e -> visitExpr(e.body);
            case FunctionType f -> throw new PySyntaxError("SystemError", "module kind should not be possible",
                    filename, -1, -1, -1, -1, null);
        }
    }

    // ================================================================== names

    private int getRefType(String name) {
        if (u.scopeType == ScopeType.CLASS && (name.equals("__class__") || name.equals("__classdict__"))) {
            return Symbols.CELL;
        }
        int scope = u.ste.getScope(name);
        if (scope == 0) {
            throw new IllegalStateException("_PyST_GetScope(name=" + name + ") failed: unknown scope in unit "
                    + u.md.name);
        }
        return scope;
    }

    private boolean forbiddenName(Location loc, String name, ExprContext ctx) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw error(loc, "cannot assign to __debug__");
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw error(loc, "cannot delete __debug__");
        }
        return false;
    }

    private void nameop(Location loc, String name, ExprContext ctx) {
        forbiddenName(loc, name, ctx);
        String mangled = SymbolTable.mangle(u.priv, name);
        LinkedHashMap<String, Integer> dict = u.md.names;
        int op = 0;
        final int opFast = 0;
        final int opGlobal = 1;
        final int opDeref = 2;
        final int opName = 3;
        int optype = opName;
        int scope = u.ste.getScope(mangled);
        switch (scope) {
            case Symbols.FREE -> {
                dict = u.md.freevars;
                optype = opDeref;
            }
            case Symbols.CELL -> {
                dict = u.md.cellvars;
                optype = opDeref;
            }
            case Symbols.LOCAL -> {
                if (u.ste.isFunctionLike() || Boolean.TRUE.equals(u.md.fasthidden.get(mangled))) {
                    optype = opFast;
                }
            }
            case Symbols.GLOBAL_IMPLICIT -> {
                if (u.ste.isFunctionLike()) {
                    optype = opGlobal;
                }
            }
            case Symbols.GLOBAL_EXPLICIT -> optype = opGlobal;
            default -> {
            }
        }
        switch (optype) {
            case opDeref -> {
                switch (ctx) {
                    case Load -> {
                        if (u.ste.ste_type == BlockType.ClassBlock && u.inInlinedComp == 0) {
                            op = LOAD_FROM_DICT_OR_DEREF;
                            addop(LOAD_LOCALS, loc);
                        } else if (u.ste.ste_can_see_class_scope) {
                            op = LOAD_FROM_DICT_OR_DEREF;
                            addopI(LOAD_DEREF, CodeUnitMetadata.addName(u.md.freevars, "__classdict__"), loc);
                        } else {
                            op = LOAD_DEREF;
                        }
                    }
                    case Store -> op = STORE_DEREF;
                    case Del -> op = DELETE_DEREF;
                }
            }
            case opFast -> {
                op = switch (ctx) {
                    case Load -> LOAD_FAST;
                    case Store -> STORE_FAST;
                    case Del -> DELETE_FAST;
                };
                addopI(op, CodeUnitMetadata.addName(u.md.varnames, mangled), loc);
                return;
            }
            case opGlobal -> {
                switch (ctx) {
                    case Load -> {
                        if (u.ste.ste_can_see_class_scope && scope == Symbols.GLOBAL_IMPLICIT) {
                            op = LOAD_FROM_DICT_OR_GLOBALS;
                            addopI(LOAD_DEREF, CodeUnitMetadata.addName(u.md.freevars, "__classdict__"), loc);
                        } else {
                            op = LOAD_GLOBAL;
                        }
                    }
                    case Store -> op = STORE_GLOBAL;
                    case Del -> op = DELETE_GLOBAL;
                }
            }
            default -> {
                switch (ctx) {
                    case Load -> op = (u.ste.ste_type == BlockType.ClassBlock && u.inInlinedComp != 0)
                            ? LOAD_GLOBAL : LOAD_NAME;
                    case Store -> op = STORE_NAME;
                    case Del -> op = DELETE_NAME;
                }
            }
        }
        int arg = CodeUnitMetadata.addName(dict, mangled);
        if (op == LOAD_GLOBAL) {
            arg <<= 1;
        }
        addopI(op, arg, loc);
    }

    // ================================================================== functions and classes

    private void makeClosure(Location loc, CodeObject co, int flags) {
        if (co.co_nfreevars() > 0) {
            int i = co.co_nlocalsplus() - co.co_nfreevars();
            for (; i < co.co_nlocalsplus(); i++) {
                String name = co.co_localsplusnames[i];
                int reftype = getRefType(name);
                Integer arg;
                if (reftype == Symbols.CELL) {
                    arg = u.md.cellvars.get(name);
                } else {
                    arg = u.md.freevars.get(name);
                }
                if (arg == null) {
                    throw new IllegalStateException("compiler_lookup_arg(name=" + name + ") with reftype="
                            + reftype + " failed in " + u.md.name);
                }
                addopI(LOAD_CLOSURE, arg, loc);
            }
            flags |= 0x08;
            addopI(BUILD_TUPLE, co.co_nfreevars(), loc);
        }
        loadConst(co, loc);
        addop(MAKE_FUNCTION, loc);
        if ((flags & 0x08) != 0) {
            addopI(SET_FUNCTION_ATTRIBUTE, 0x08, loc);
        }
        if ((flags & 0x04) != 0) {
            addopI(SET_FUNCTION_ATTRIBUTE, 0x04, loc);
        }
        if ((flags & 0x02) != 0) {
            addopI(SET_FUNCTION_ATTRIBUTE, 0x02, loc);
        }
        if ((flags & 0x01) != 0) {
            addopI(SET_FUNCTION_ATTRIBUTE, 0x01, loc);
        }
    }

    private void decorators(List<ExprNode> decos) {
        for (ExprNode d : decos) {
            visitExpr(d);
        }
    }

    private void applyDecorators(List<ExprNode> decos) {
        for (int i = decos.size() - 1; i >= 0; i--) {
            addopI(CALL, 0, loc(decos.get(i)));
        }
    }

    /** Pushes a dict of keyword-only defaults; returns whether one was pushed. */
    private boolean visitKwonlyDefaults(Location loc, List<Arg> kwonlyargs, List<ExprNode> kwDefaults) {
        List<Object> keys = null;
        for (int i = 0; i < kwonlyargs.size(); i++) {
            Arg arg = kwonlyargs.get(i);
            ExprNode def = kwDefaults.get(i);
            if (def != null) {
                String mangled = SymbolTable.mangle(u.priv, arg.arg);
                if (keys == null) {
                    keys = new ArrayList<>();
                }
                keys.add(mangled);
                visitExpr(def);
            }
        }
        if (keys != null) {
            loadConst(new TupleConstant(keys.toArray()), loc);
            addopI(BUILD_CONST_KEY_MAP, keys.size(), loc);
            return true;
        }
        return false;
    }

    private void visitAnnexpr(ExprNode annotation) {
        loadConst(Unparser.unparse(annotation), loc(annotation));
    }

    private int visitArgannotation(String id, ExprNode annotation, Location loc) {
        if (annotation == null) {
            return 0;
        }
        loadConst(SymbolTable.mangle(u.priv, id), loc);
        if (future.has(CodeObject.CO_FUTURE_ANNOTATIONS)) {
            visitAnnexpr(annotation);
        } else {
            if (annotation instanceof Starred s) {
                // *args: *Ts -- [annotation_value] = [*Ts]
                visitExpr(s.value);
                addopI(UNPACK_SEQUENCE, 1, loc);
            } else {
                visitExpr(annotation);
            }
        }
        return 2;
    }

    private int visitArgannotations(List<Arg> args, Location loc) {
        int n = 0;
        for (Arg a : args) {
            n += visitArgannotation(a.arg, a.annotation, loc);
        }
        return n;
    }

    private boolean visitAnnotations(Location loc, Arguments args, ExprNode returns) {
        int len = 0;
        len += visitArgannotations(args.args, loc);
        len += visitArgannotations(args.posonlyargs, loc);
        if (args.vararg != null && args.vararg.annotation != null) {
            len += visitArgannotation(args.vararg.arg, args.vararg.annotation, loc);
        }
        len += visitArgannotations(args.kwonlyargs, loc);
        if (args.kwarg != null && args.kwarg.annotation != null) {
            len += visitArgannotation(args.kwarg.arg, args.kwarg.annotation, loc);
        }
        len += visitArgannotation("return", returns, loc);
        if (len > 0) {
            addopI(BUILD_TUPLE, len, loc);
            return true;
        }
        return false;
    }

    private int defaultArguments(Location loc, Arguments args) {
        int funcflags = 0;
        if (!args.defaults.isEmpty()) {
            visitExprs(args.defaults);
            addopI(BUILD_TUPLE, args.defaults.size(), loc);
            funcflags |= 0x01;
        }
        if (!args.kwonlyargs.isEmpty()) {
            if (visitKwonlyDefaults(loc, args.kwonlyargs, args.kw_defaults)) {
                funcflags |= 0x02;
            }
        }
        return funcflags;
    }

    private void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyargs) {
            forbiddenName(loc(a), a.arg, ExprContext.Store);
        }
        for (Arg a : args.args) {
            forbiddenName(loc(a), a.arg, ExprContext.Store);
        }
        if (args.vararg != null) {
            forbiddenName(loc(args.vararg), args.vararg.arg, ExprContext.Store);
        }
        for (Arg a : args.kwonlyargs) {
            forbiddenName(loc(a), a.arg, ExprContext.Store);
        }
        if (args.kwarg != null) {
            forbiddenName(loc(args.kwarg), args.kwarg.arg, ExprContext.Store);
        }
    }

    private void wrapInStopiterationHandler() {
        int handler = newLabel();
        // insert SETUP_CLEANUP at the start
        seq().insert(0, SETUP_CLEANUP, handler, NO_LOCATION);
        loadConst(null, NO_LOCATION);
        addop(RETURN_VALUE, NO_LOCATION);
        useLabel(handler);
        addopI(CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
        addopI(RERAISE, 1, NO_LOCATION);
    }

    private void typeParams(List<TypeParamNode> typeParams) {
        int n = typeParams.size();
        boolean seenDefault = false;
        for (TypeParamNode tp : typeParams) {
            Location loc = loc(tp);
            switch (tp) {
                case TypeVar t -> {
                    loadConst(t.name, loc);
                    if (t.bound != null) {
                        ExprNode bound = t.bound;
                        typeParamBoundOrDefault(bound, t.name, t, false);
                        addopI(CALL_INTRINSIC_2, bound instanceof Tuple ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                                : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                    }
                    if (t.default_value != null) {
                        typeParamBoundOrDefault(t.default_value, t.name, new SymbolTable.DefaultKey(t), false);
                        addopI(CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
                    }
                    seenDefault = checkDefaultOrder(t.default_value != null, seenDefault, t.name, loc);
                    addopI(COPY, 1, loc);
                    nameop(loc, t.name, ExprContext.Store);
                }
                case TypeVarTuple t -> {
                    loadConst(t.name, loc);
                    addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                    if (t.default_value != null) {
                        typeParamBoundOrDefault(t.default_value, t.name, t, true);
                        addopI(CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
                    }
                    seenDefault = checkDefaultOrder(t.default_value != null, seenDefault, t.name, loc);
                    addopI(COPY, 1, loc);
                    nameop(loc, t.name, ExprContext.Store);
                }
                case ParamSpec t -> {
                    loadConst(t.name, loc);
                    addopI(CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
                    if (t.default_value != null) {
                        typeParamBoundOrDefault(t.default_value, t.name, t, false);
                        addopI(CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
                    }
                    seenDefault = checkDefaultOrder(t.default_value != null, seenDefault, t.name, loc);
                    addopI(COPY, 1, loc);
                    nameop(loc, t.name, ExprContext.Store);
                }
            }
        }
        addopI(BUILD_TUPLE, n, loc(typeParams.get(0)));
    }

    /** PEP 696: once a type parameter has a default, all that follow need one. */
    private boolean checkDefaultOrder(boolean hasDefault, boolean seenDefault, String name, Location loc) {
        if (!hasDefault && seenDefault) {
            throw error(loc, "non-default type parameter '" + name + "' follows default type parameter");
        }
        return seenDefault || hasDefault;
    }

    private void typeParamBoundOrDefault(ExprNode e, String name, Object key, boolean allowStarred) {
        enterScope(name, ScopeType.TYPEPARAMS, key, e.lineno);
        if (allowStarred && e instanceof Starred s) {
            visitExpr(s.value);
            addopI(UNPACK_SEQUENCE, 1, loc(e));
        } else {
            visitExpr(e);
        }
        addop(RETURN_VALUE, loc(e));
        CodeObject co = optimizeAndAssemble(true);
        exitScope();
        makeClosure(loc(e), co, 0);
    }

    private void functionBody(StmtNode s, boolean isAsync, int funcflags, int firstlineno) {
        Arguments args;
        String name;
        List<StmtNode> bodyStmts;
        if (s instanceof AsyncFunctionDef f) {
            args = f.args;
            name = f.name;
            bodyStmts = f.body;
        } else {
            FunctionDef f = (FunctionDef) s;
            args = f.args;
            name = f.name;
            bodyStmts = f.body;
        }
        enterScope(name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno);
        int firstInstr = 0;
        Object docstring = getDocString(bodyStmts);
        if (docstring != null) {
            firstInstr = 1;
            docstring = optimize < 2 ? DocString.clean(docstring) : null;
        }
        addConst(docstring);
        u.md.argcount = args.args.size();
        u.md.posonlyargcount = args.posonlyargs.size();
        u.md.kwonlyargcount = args.kwonlyargs.size();
        int start = newLabel();
        useLabel(start);
        boolean addStopiterationHandler = u.ste.ste_coroutine || u.ste.ste_generator;
        if (addStopiterationHandler) {
            pushFBlock(NO_LOCATION, FBlockType.STOP_ITERATION, start, -1, null);
        }
        for (int i = firstInstr; i < bodyStmts.size(); i++) {
            visitStmt(bodyStmts.get(i));
        }
        if (addStopiterationHandler) {
            wrapInStopiterationHandler();
            popFBlock();
        }
        CodeObject co = optimizeAndAssemble(true);
        exitScope();
        makeClosure(loc(s), co, funcflags);
    }

    private void function(StmtNode s, boolean isAsync) {
        Arguments args;
        ExprNode returns;
        String name;
        List<ExprNode> decos;
        List<TypeParamNode> typeParamsList;
        if (s instanceof AsyncFunctionDef f) {
            args = f.args;
            returns = f.returns;
            decos = f.decorator_list;
            name = f.name;
            typeParamsList = f.type_params;
        } else {
            FunctionDef f = (FunctionDef) s;
            args = f.args;
            returns = f.returns;
            decos = f.decorator_list;
            name = f.name;
            typeParamsList = f.type_params;
        }
        checkDebugArgs(args);
        decorators(decos);
        int firstlineno = s.lineno;
        if (!decos.isEmpty()) {
            firstlineno = decos.get(0).lineno;
        }
        Location loc = loc(s);
        boolean isGeneric = !typeParamsList.isEmpty();
        int funcflags = defaultArguments(loc, args);
        int numTypeparamArgs = 0;
        if (isGeneric) {
            if ((funcflags & 0x01) != 0) {
                numTypeparamArgs++;
            }
            if ((funcflags & 0x02) != 0) {
                numTypeparamArgs++;
            }
            if (numTypeparamArgs == 2) {
                addopI(SWAP, 2, loc);
            }
            enterScope("<generic parameters of " + name + ">", ScopeType.TYPEPARAMS,
                    new SymbolTable.TypeParamsKey(s), firstlineno);
            typeParams(typeParamsList);
            for (int i = 0; i < numTypeparamArgs; i++) {
                addopI(LOAD_FAST, i, loc);
            }
        }
        if (visitAnnotations(loc, args, returns)) {
            funcflags |= 0x04;
        }
        functionBody(s, isAsync, funcflags, firstlineno);
        if (isGeneric) {
            addopI(SWAP, 2, loc);
            addopI(CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            u.md.argcount = numTypeparamArgs;
            CodeObject co = optimizeAndAssemble(false);
            exitScope();
            makeClosure(loc, co, 0);
            if (numTypeparamArgs > 0) {
                addopI(SWAP, numTypeparamArgs + 1, loc);
                addopI(CALL, numTypeparamArgs - 1, loc);
            } else {
                addop(PUSH_NULL, loc);
                addopI(CALL, 0, loc);
            }
        }
        applyDecorators(decos);
        nameop(loc, name, ExprContext.Store);
    }

    private void classBody(ClassDef s, int firstlineno) {
        enterScope(s.name, ScopeType.CLASS, s, firstlineno);
        Location loc = new Location(firstlineno, firstlineno, 0, 0);
        u.priv = s.name;
        nameop(loc, "__name__", ExprContext.Load);
        nameop(loc, "__module__", ExprContext.Store);
        loadConst(u.md.qualname, loc);
        nameop(loc, "__qualname__", ExprContext.Store);
        loadConst((long) u.md.firstlineno, loc);
        nameop(loc, "__firstlineno__", ExprContext.Store);
        if (!s.type_params.isEmpty()) {
            nameop(loc, ".type_params", ExprContext.Load);
            nameop(loc, "__type_params__", ExprContext.Store);
        }
        if (u.ste.ste_needs_classdict) {
            addop(LOAD_LOCALS, loc);
            // STORE_DEREF in a class namespace: nameop would not do that
            addopI(STORE_DEREF, CodeUnitMetadata.addName(u.md.cellvars, "__classdict__"), loc);
        }
        body(loc, s.body);
        loadConst(new TupleConstant(u.staticAttributes.toArray()), NO_LOCATION);
        nameop(NO_LOCATION, "__static_attributes__", ExprContext.Store);
        // the following code is artificial
        if (u.ste.ste_needs_classdict) {
            int i = u.md.cellvars.get("__classdict__");
            addopI(LOAD_CLOSURE, i, NO_LOCATION);
            nameop(NO_LOCATION, "__classdictcell__", ExprContext.Store);
        }
        if (u.ste.ste_needs_class_closure) {
            int i = u.md.cellvars.get("__class__");
            addopI(LOAD_CLOSURE, i, NO_LOCATION);
            addopI(COPY, 1, NO_LOCATION);
            nameop(NO_LOCATION, "__classcell__", ExprContext.Store);
        } else {
            loadConst(null, NO_LOCATION);
        }
        addop(RETURN_VALUE, NO_LOCATION);
        CodeObject co = optimizeAndAssemble(true);
        exitScope();
        loc = loc(s);
        addop(LOAD_BUILD_CLASS, loc);
        addop(PUSH_NULL, loc);
        makeClosure(loc, co, 0);
        loadConst(s.name, loc);
    }

    private void classDef(ClassDef s) {
        List<ExprNode> decos = s.decorator_list;
        decorators(decos);
        int firstlineno = s.lineno;
        if (!decos.isEmpty()) {
            firstlineno = decos.get(0).lineno;
        }
        Location loc = loc(s);
        boolean isGeneric = !s.type_params.isEmpty();
        if (isGeneric) {
            u.priv = s.name;
            enterScope("<generic parameters of " + s.name + ">", ScopeType.TYPEPARAMS,
                    new SymbolTable.TypeParamsKey(s), firstlineno);
            typeParams(s.type_params);
            nameop(loc, ".type_params", ExprContext.Store);
        }
        classBody(s, firstlineno);
        if (isGeneric) {
            nameop(loc, ".type_params", ExprContext.Load);
            addopI(CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            nameop(loc, ".generic_base", ExprContext.Store);
            List<ExprNode> bases = new ArrayList<>(s.bases);
            bases.add(new Name(".generic_base", ExprContext.Load, loc.lineno(), loc.colOffset(), loc.endLineno(),
                    loc.endColOffset()));
            callHelper(loc, 2, bases, s.keywords);
            CodeObject co = optimizeAndAssemble(false);
            exitScope();
            makeClosure(loc, co, 0);
            addop(PUSH_NULL, loc);
            addopI(CALL, 0, loc);
        } else {
            callHelper(loc, 2, s.bases, s.keywords);
        }
        applyDecorators(decos);
        nameop(loc, s.name, ExprContext.Store);
    }

    private void typeAliasBody(TypeAlias s) {
        Location loc = loc(s);
        String name = ((Name) s.name).id;
        enterScope(name, ScopeType.FUNCTION, s, loc.lineno());
        // None first, so the evaluate function cannot have a docstring
        addConst(null);
        visitExpr(s.value);
        addop(RETURN_VALUE, loc);
        CodeObject co = optimizeAndAssemble(false);
        exitScope();
        makeClosure(loc, co, 0);
        addopI(BUILD_TUPLE, 3, loc);
        addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
    }

    private void typeAlias(TypeAlias s) {
        Location loc = loc(s);
        boolean isGeneric = !s.type_params.isEmpty();
        String name = ((Name) s.name).id;
        if (isGeneric) {
            enterScope("<generic parameters of " + name + ">", ScopeType.TYPEPARAMS,
                    new SymbolTable.TypeParamsKey(s), loc.lineno());
            loadConst(name, loc);
            typeParams(s.type_params);
        } else {
            loadConst(name, loc);
            loadConst(null, loc);
        }
        typeAliasBody(s);
        if (isGeneric) {
            CodeObject co = optimizeAndAssemble(false);
            exitScope();
            makeClosure(loc, co, 0);
            addop(PUSH_NULL, loc);
            addopI(CALL, 0, loc);
        }
        nameop(loc, name, ExprContext.Store);
    }

    // ================================================================== comparisons and jumps

    private static boolean checkIsArg(ExprNode e) {
        if (!(e instanceof Constant c)) {
            return true;
        }
        Object v = c.value;
        return v == null || v instanceof Boolean || v == EllipsisValue.INSTANCE;
    }

    /** check_compare: "is" with a literal; one warning per comparison at most. */
    private void checkCompare(Compare e) {
        boolean left = checkIsArg(e.left);
        ExprNode leftExpr = e.left;
        for (int i = 0; i < e.ops.size(); i++) {
            CmpOpKind op = e.ops.get(i);
            ExprNode rightExpr = e.comparators.get(i);
            boolean right = checkIsArg(rightExpr);
            if ((op == CmpOpKind.Is || op == CmpOpKind.IsNot) && (!right || !left)) {
                String type = inferType(!left ? leftExpr : rightExpr);
                warn(loc(e), op == CmpOpKind.Is
                        ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /** compiler_warn: a SyntaxWarning at loc. */
    private void warn(Location loc, String msg) {
        if (warnings != null) {
            warnings.add(new CompileWarning(msg, filename, loc.lineno(), loc.colOffset() + 1, loc.endLineno(),
                    loc.endColOffset() + 1));
        }
    }

    /** infer_type: the name of the type an expression certainly evaluates to, or null. */
    private static String inferType(ExprNode e) {
        return switch (e) {
            case Tuple t -> "tuple";
            case ListExpr l -> "list";
            case ListComp l -> "list";
            case Dict d -> "dict";
            case DictComp d -> "dict";
            case SetExpr s -> "set";
            case SetComp s -> "set";
            case GeneratorExp g -> "generator";
            case Lambda l -> "function";
            case JoinedStr j -> "str";
            case FormattedValue f -> "str";
            case Constant c -> constantTypeName(c.value);
            default -> null;
        };
    }

    private static String constantTypeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        return switch (v) {
            case Boolean b -> "bool";
            case Long l -> "int";
            case java.math.BigInteger b -> "int";
            case Double d -> "float";
            case dev.kaa.compiler.ast.ComplexValue c -> "complex";
            case byte[] b -> "bytes";
            case EllipsisValue e -> "ellipsis";
            case TupleConstant t -> "tuple";
            case FrozensetConstant f -> "frozenset";
            default -> "str";
        };
    }

    /** check_caller: calling a display or literal is surely a missing comma. */
    private void checkCaller(ExprNode e) {
        switch (e) {
            case Constant c -> warnNotCallable(e);
            case Tuple t -> warnNotCallable(e);
            case ListExpr l -> warnNotCallable(e);
            case ListComp l -> warnNotCallable(e);
            case Dict d -> warnNotCallable(e);
            case DictComp d -> warnNotCallable(e);
            case SetExpr s -> warnNotCallable(e);
            case SetComp s -> warnNotCallable(e);
            case GeneratorExp g -> warnNotCallable(e);
            case JoinedStr j -> warnNotCallable(e);
            case FormattedValue f -> warnNotCallable(e);
            default -> {
            }
        }
    }

    private void warnNotCallable(ExprNode e) {
        warn(loc(e), "'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
    }

    /** check_subscripter: subscripting a value that has no __getitem__ nor __class_getitem__. */
    private void checkSubscripter(ExprNode e) {
        boolean warn = switch (e) {
            case Constant c -> c.value == null || c.value == EllipsisValue.INSTANCE
                    || c.value instanceof Boolean || c.value instanceof Long
                    || c.value instanceof java.math.BigInteger || c.value instanceof Double
                    || c.value instanceof dev.kaa.compiler.ast.ComplexValue || c.value instanceof FrozensetConstant;
            case SetExpr s -> true;
            case SetComp s -> true;
            case GeneratorExp g -> true;
            case Lambda l -> true;
            default -> false;
        };
        if (warn) {
            warn(loc(e), "'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
        }
    }

    /** check_index: a str, bytes, tuple or list indexed by something that is surely not an int or slice. */
    private void checkIndex(ExprNode e, ExprNode s) {
        String indexType = inferType(s);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        boolean warn = switch (e) {
            case Constant c -> c.value instanceof String || c.value instanceof dev.kaa.compiler.ast.PyStr
                    || c.value instanceof byte[] || c.value instanceof TupleConstant;
            case Tuple t -> true;
            case ListExpr l -> true;
            case ListComp l -> true;
            case JoinedStr j -> true;
            case FormattedValue f -> true;
            default -> false;
        };
        if (warn) {
            warn(loc(e), inferType(e) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    private void addCompare(Location loc, CmpOpKind op) {
        int cmp;
        switch (op) {
            case Eq -> cmp = 2;
            case NotEq -> cmp = 3;
            case Lt -> cmp = 0;
            case LtE -> cmp = 1;
            case Gt -> cmp = 4;
            case GtE -> cmp = 5;
            case Is -> {
                addopI(IS_OP, 0, loc);
                return;
            }
            case IsNot -> {
                addopI(IS_OP, 1, loc);
                return;
            }
            case In -> {
                addopI(CONTAINS_OP, 0, loc);
                return;
            }
            case NotIn -> {
                addopI(CONTAINS_OP, 1, loc);
                return;
            }
            default -> throw new IllegalStateException();
        }
        addopI(COMPARE_OP, (cmp << 5) | COMPARE_MASKS[cmp], loc);
    }

    private void jumpIf(Location loc, ExprNode e, int next, boolean cond) {
        switch (e) {
            case UnaryOp uo when uo.op == UnaryOpKind.Not -> {
                jumpIf(loc, uo.operand, next, !cond);
                return;
            }
            case BoolOp b -> {
                List<ExprNode> s = b.values;
                int n = s.size() - 1;
                boolean cond2 = b.op == BoolOpKind.Or;
                int next2 = next;
                if (cond2 != cond) {
                    next2 = newLabel();
                }
                for (int i = 0; i < n; i++) {
                    jumpIf(loc, s.get(i), next2, cond2);
                }
                jumpIf(loc, s.get(n), next, cond);
                if (next2 != next) {
                    useLabel(next2);
                }
                return;
            }
            case IfExp ie -> {
                int end = newLabel();
                int next2 = newLabel();
                jumpIf(loc, ie.test, next2, false);
                jumpIf(loc, ie.body, next, cond);
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                useLabel(next2);
                jumpIf(loc, ie.orelse, next, cond);
                useLabel(end);
                return;
            }
            case Compare c when c.ops.size() > 1 -> {
                int n = c.ops.size() - 1;
                checkCompare(c);
                int cleanup = newLabel();
                visitExpr(c.left);
                for (int i = 0; i < n; i++) {
                    visitExpr(c.comparators.get(i));
                    addopI(SWAP, 2, loc(e));
                    addopI(COPY, 2, loc(e));
                    addCompare(loc(e), c.ops.get(i));
                    addop(TO_BOOL, loc(e));
                    addopJ(POP_JUMP_IF_FALSE, cleanup, loc(e));
                }
                visitExpr(c.comparators.get(n));
                addCompare(loc(e), c.ops.get(n));
                addop(TO_BOOL, loc(e));
                addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc(e));
                int end = newLabel();
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                useLabel(cleanup);
                addop(POP_TOP, loc(e));
                if (!cond) {
                    addopJ(JUMP_NO_INTERRUPT, next, NO_LOCATION);
                }
                useLabel(end);
                return;
            }
            default -> {
            }
        }
        visitExpr(e);
        addop(TO_BOOL, loc(e));
        addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc(e));
    }

    private void ifExp(IfExp e) {
        int end = newLabel();
        int next = newLabel();
        jumpIf(loc(e), e.test, next, false);
        visitExpr(e.body);
        addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
        useLabel(next);
        visitExpr(e.orelse);
        useLabel(end);
    }

    private void lambda(Lambda e) {
        Arguments args = e.args;
        checkDebugArgs(args);
        Location loc = loc(e);
        int funcflags = defaultArguments(loc, args);
        enterScope("<lambda>", ScopeType.LAMBDA, e, e.lineno);
        // None first, so the lambda cannot have a docstring
        addConst(null);
        u.md.argcount = args.args.size();
        u.md.posonlyargcount = args.posonlyargs.size();
        u.md.kwonlyargcount = args.kwonlyargs.size();
        visitExpr(e.body);
        CodeObject co;
        if (u.ste.ste_generator) {
            co = optimizeAndAssemble(false);
        } else {
            addop(RETURN_VALUE, loc(e.body));
            co = optimizeAndAssemble(true);
        }
        exitScope();
        makeClosure(loc, co, funcflags);
    }

    // ================================================================== statements

    private void visitStmts(List<StmtNode> stmts) {
        for (StmtNode s : stmts) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<ExprNode> exprs) {
        for (ExprNode e : exprs) {
            visitExpr(e);
        }
    }

    private void visitStmt(StmtNode s) {
        switch (s) {
            case FunctionDef f -> function(f, false);
            case AsyncFunctionDef f -> function(f, true);
            case ClassDef c -> classDef(c);
            case TypeAlias t -> typeAlias(t);
            case Return r -> compilerReturn(r);
            case Delete d -> visitExprs(d.targets);
            case Assign a -> {
                int n = a.targets.size();
                visitExpr(a.value);
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) {
                        addopI(COPY, 1, loc(s));
                    }
                    visitExpr(a.targets.get(i));
                }
            }
            case AugAssign a -> augassign(a);
            case AnnAssign a -> annassign(a);
            case For f -> compilerFor(f);
            case While w -> compilerWhile(w);
            case If i -> compilerIf(i);
            case Match m -> new PatternCompiler(this).match(m);
            case Raise r -> {
                int n = 0;
                if (r.exc != null) {
                    visitExpr(r.exc);
                    n++;
                    if (r.cause != null) {
                        visitExpr(r.cause);
                        n++;
                    }
                }
                addopI(RAISE_VARARGS, n, loc(s));
            }
            case Try t -> {
                if (!t.finalbody.isEmpty()) {
                    tryFinally(t);
                } else {
                    tryExcept(t);
                }
            }
            case TryStar t -> {
                if (!t.finalbody.isEmpty()) {
                    tryStarFinally(t);
                } else {
                    tryStarExcept(t);
                }
            }
            case Assert a -> compilerAssert(a);
            case Import i -> compilerImport(i);
            case ImportFrom i -> fromImport(i);
            case Global g -> {
            }
            case Nonlocal n -> {
            }
            case Expr e -> stmtExpr(loc(s), e.value);
            case Pass p -> addop(NOP, loc(s));
            case Break b -> compilerBreak(loc(s));
            case Continue c -> compilerContinue(loc(s));
            case With w -> with(w, 0);
            case AsyncWith w -> asyncWith(w, 0);
            case AsyncFor f -> asyncFor(f);
        }
    }

    private void stmtExpr(Location loc, ExprNode value) {
        if (interactive && nestlevel <= 1) {
            visitExpr(value);
            addopI(CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
            addop(POP_TOP, NO_LOCATION);
            return;
        }
        if (value instanceof Constant) {
            addop(NOP, loc); // a constant statement does nothing
            return;
        }
        visitExpr(value);
        addop(POP_TOP, NO_LOCATION);
    }

    private void compilerIf(If s) {
        int end = newLabel();
        int next;
        if (!s.orelse.isEmpty()) {
            next = newLabel();
        } else {
            next = end;
        }
        jumpIf(loc(s), s.test, next, false);
        visitStmts(s.body);
        if (!s.orelse.isEmpty()) {
            addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            useLabel(next);
            visitStmts(s.orelse);
        }
        useLabel(end);
    }

    private void compilerFor(For s) {
        Location loc = loc(s);
        int start = newLabel();
        int body = newLabel();
        int cleanup = newLabel();
        int end = newLabel();
        pushFBlock(loc, FBlockType.FOR_LOOP, start, end, null);
        visitExpr(s.iter);
        loc = loc(s.iter);
        addop(GET_ITER, loc);
        useLabel(start);
        addopJ(FOR_ITER, cleanup, loc);
        // a NOP for correct line tracing of multi-line for statements; removed if redundant
        addop(NOP, loc(s.target));
        useLabel(body);
        visitExpr(s.target);
        visitStmts(s.body);
        addopJ(JUMP, start, NO_LOCATION);
        useLabel(cleanup);
        // END_FOR first: a generator jumps to it, other iterators to the POP_TOP after it
        addop(END_FOR, NO_LOCATION);
        addop(POP_TOP, NO_LOCATION);
        popFBlock();
        visitStmts(s.orelse);
        useLabel(end);
    }

    private void asyncFor(AsyncFor s) {
        Location loc = loc(s);
        if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error(loc, "'async for' outside async function");
        }
        int start = newLabel();
        int except = newLabel();
        int end = newLabel();
        visitExpr(s.iter);
        addop(GET_AITER, loc(s.iter));
        useLabel(start);
        pushFBlock(loc, FBlockType.FOR_LOOP, start, end, null);
        // SETUP_FINALLY to guard the __anext__ call
        addopJ(SETUP_FINALLY, except, loc);
        addop(GET_ANEXT, loc);
        loadConst(null, loc);
        addYieldFrom(loc, true);
        addop(POP_BLOCK, loc);
        // success block for __anext__
        visitExpr(s.target);
        visitStmts(s.body);
        addopJ(JUMP, start, NO_LOCATION);
        popFBlock();
        // except block for __anext__
        useLabel(except);
        // END_ASYNC_FOR has the line of the iterator: it follows the 'for', not the body
        loc = loc(s.iter);
        addop(END_ASYNC_FOR, loc);
        visitStmts(s.orelse);
        useLabel(end);
    }

    private void compilerWhile(While s) {
        int loop = newLabel();
        int body = newLabel();
        int end = newLabel();
        int anchor = newLabel();
        useLabel(loop);
        pushFBlock(loc(s), FBlockType.WHILE_LOOP, loop, end, null);
        jumpIf(loc(s), s.test, anchor, false);
        useLabel(body);
        visitStmts(s.body);
        // the test again at the bottom: one jump per iteration
        jumpIf(loc(s), s.test, body, true);
        popFBlock();
        useLabel(anchor);
        visitStmts(s.orelse);
        useLabel(end);
    }

    private void compilerReturn(Return s) {
        Location loc = loc(s);
        boolean preserveTos = s.value != null && !(s.value instanceof Constant);
        if (!u.ste.isFunctionLike()) {
            throw error(loc, "'return' outside function");
        }
        if (s.value != null && u.ste.ste_coroutine && u.ste.ste_generator) {
            throw error(loc, "'return' with value in async generator");
        }
        if (preserveTos) {
            visitExpr(s.value);
        } else if (s.value != null) {
            // an instruction with the line number of the return value
            loc = loc(s.value);
            addop(NOP, loc);
        }
        if (s.value == null || s.value.lineno != s.lineno) {
            loc = loc(s);
            addop(NOP, loc);
        }
        loc = unwindFBlockStack(loc, preserveTos, false).loc();
        if (s.value == null) {
            loadConst(null, loc);
        } else if (!preserveTos) {
            loadConst(((Constant) s.value).value, loc);
        }
        addop(RETURN_VALUE, loc);
    }

    private void compilerBreak(Location loc) {
        Location originLoc = loc;
        addop(NOP, loc); // an instruction with the line number
        Unwound r = unwindFBlockStack(loc, false, true);
        if (r.loop() == null) {
            throw error(originLoc, "'break' outside loop");
        }
        loc = unwindFBlock(r.loc(), r.loop(), false);
        addopJ(JUMP, r.loop().exit(), loc);
    }

    private void compilerContinue(Location loc) {
        Location originLoc = loc;
        addop(NOP, loc);
        Unwound r = unwindFBlockStack(loc, false, true);
        if (r.loop() == null) {
            throw error(originLoc, "'continue' not properly in loop");
        }
        addopJ(JUMP, r.loop().block(), r.loc());
    }

    private void tryFinally(Try s) {
        Location loc = loc(s);
        int body = newLabel();
        int end = newLabel();
        int exit = newLabel();
        int cleanup = newLabel();
        addopJ(SETUP_FINALLY, end, loc);
        useLabel(body);
        pushFBlock(loc, FBlockType.FINALLY_TRY, body, end, s.finalbody);
        if (!s.handlers.isEmpty()) {
            tryExcept(s);
        } else {
            visitStmts(s.body);
        }
        addop(POP_BLOCK, NO_LOCATION);
        popFBlock();
        visitStmts(s.finalbody);
        addopJ(JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        // finally block
        useLabel(end);
        loc = NO_LOCATION;
        addopJ(SETUP_CLEANUP, cleanup, loc);
        addop(PUSH_EXC_INFO, loc);
        pushFBlock(loc, FBlockType.FINALLY_END, end, -1, null);
        visitStmts(s.finalbody);
        popFBlock();
        loc = NO_LOCATION;
        addopI(RERAISE, 0, loc);
        useLabel(cleanup);
        popExceptAndReraise(loc);
        useLabel(exit);
    }

    private void tryStarFinally(TryStar s) {
        Location loc = loc(s);
        int body = newLabel();
        int end = newLabel();
        int exit = newLabel();
        int cleanup = newLabel();
        addopJ(SETUP_FINALLY, end, loc);
        useLabel(body);
        pushFBlock(loc, FBlockType.FINALLY_TRY, body, end, s.finalbody);
        if (!s.handlers.isEmpty()) {
            tryStarExcept(s);
        } else {
            visitStmts(s.body);
        }
        addop(POP_BLOCK, NO_LOCATION);
        popFBlock();
        visitStmts(s.finalbody);
        addopJ(JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        useLabel(end);
        loc = NO_LOCATION;
        addopJ(SETUP_CLEANUP, cleanup, loc);
        addop(PUSH_EXC_INFO, loc);
        pushFBlock(loc, FBlockType.FINALLY_END, end, -1, null);
        visitStmts(s.finalbody);
        popFBlock();
        loc = NO_LOCATION;
        addopI(RERAISE, 0, loc);
        useLabel(cleanup);
        popExceptAndReraise(loc);
        useLabel(exit);
    }

    private void tryExcept(Try s) {
        Location loc = loc(s);
        int body = newLabel();
        int except = newLabel();
        int end = newLabel();
        int cleanup = newLabel();
        addopJ(SETUP_FINALLY, except, loc);
        useLabel(body);
        pushFBlock(loc, FBlockType.TRY_EXCEPT, body, -1, null);
        visitStmts(s.body);
        popFBlock();
        addop(POP_BLOCK, NO_LOCATION);
        if (!s.orelse.isEmpty()) {
            visitStmts(s.orelse);
        }
        addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
        int n = s.handlers.size();
        useLabel(except);
        addopJ(SETUP_CLEANUP, cleanup, NO_LOCATION);
        addop(PUSH_EXC_INFO, NO_LOCATION);
        // the runtime pushes a block here
        pushFBlock(loc, FBlockType.EXCEPTION_HANDLER, -1, -1, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = (ExceptHandler) s.handlers.get(i);
            Location hloc = loc(handler);
            if (handler.type == null && i < n - 1) {
                throw error(hloc, "default 'except:' must be last");
            }
            int nextExcept = newLabel();
            except = nextExcept;
            if (handler.type != null) {
                visitExpr(handler.type);
                addop(CHECK_EXC_MATCH, hloc);
                addopJ(POP_JUMP_IF_FALSE, except, hloc);
            }
            if (handler.name != null) {
                int cleanupEnd = newLabel();
                int cleanupBody = newLabel();
                nameop(hloc, handler.name, ExprContext.Store);
                // try: body finally: name = None; del name
                addopJ(SETUP_CLEANUP, cleanupEnd, hloc);
                useLabel(cleanupBody);
                pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, -1, handler.name);
                visitStmts(handler.body);
                popFBlock();
                addop(POP_BLOCK, NO_LOCATION);
                addop(POP_BLOCK, NO_LOCATION);
                addop(POP_EXCEPT, NO_LOCATION);
                loadConst(null, NO_LOCATION);
                nameop(NO_LOCATION, handler.name, ExprContext.Store);
                nameop(NO_LOCATION, handler.name, ExprContext.Del);
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                // except:
                useLabel(cleanupEnd);
                loadConst(null, NO_LOCATION);
                nameop(NO_LOCATION, handler.name, ExprContext.Store);
                nameop(NO_LOCATION, handler.name, ExprContext.Del);
                addopI(RERAISE, 1, NO_LOCATION);
            } else {
                int cleanupBody = newLabel();
                addop(POP_TOP, hloc);
                useLabel(cleanupBody);
                pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, -1, null);
                visitStmts(handler.body);
                popFBlock();
                addop(POP_BLOCK, NO_LOCATION);
                addop(POP_EXCEPT, NO_LOCATION);
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            }
            useLabel(except);
        }
        // artificial
        popFBlock();
        addopI(RERAISE, 0, NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(end);
    }

    private void tryExcept(TryStar s) {
        throw new IllegalStateException();
    }

    private void tryStarExcept(TryStar s) {
        Location loc = loc(s);
        int body = newLabel();
        int except = newLabel();
        int orelse = newLabel();
        int end = newLabel();
        int cleanup = newLabel();
        int reraiseStar = newLabel();
        addopJ(SETUP_FINALLY, except, loc);
        useLabel(body);
        pushFBlock(loc, FBlockType.TRY_EXCEPT, body, -1, null);
        visitStmts(s.body);
        popFBlock();
        addop(POP_BLOCK, NO_LOCATION);
        addopJ(JUMP_NO_INTERRUPT, orelse, NO_LOCATION);
        int n = s.handlers.size();
        useLabel(except);
        addopJ(SETUP_CLEANUP, cleanup, NO_LOCATION);
        addop(PUSH_EXC_INFO, NO_LOCATION);
        pushFBlock(loc, FBlockType.EXCEPTION_GROUP_HANDLER, -1, -1, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = (ExceptHandler) s.handlers.get(i);
            Location hloc = loc(handler);
            int nextExcept = newLabel();
            except = nextExcept;
            int exceptWithError = newLabel();
            int noMatch = newLabel();
            if (i == 0) {
                // [orig] BUILD_LIST; [orig, []] COPY 2; [orig, [], exc]
                addopI(BUILD_LIST, 0, hloc);
                addopI(COPY, 2, hloc);
            }
            if (handler.type != null) {
                visitExpr(handler.type);
                addop(CHECK_EG_MATCH, hloc);
                addopI(COPY, 1, hloc);
                addopJ(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            int cleanupEnd = newLabel();
            int cleanupBody = newLabel();
            if (handler.name != null) {
                nameop(hloc, handler.name, ExprContext.Store);
            } else {
                addop(POP_TOP, hloc);
            }
            addopJ(SETUP_CLEANUP, cleanupEnd, hloc);
            useLabel(cleanupBody);
            pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, -1, handler.name);
            visitStmts(handler.body);
            popFBlock();
            addop(POP_BLOCK, NO_LOCATION);
            if (handler.name != null) {
                loadConst(null, NO_LOCATION);
                nameop(NO_LOCATION, handler.name, ExprContext.Store);
                nameop(NO_LOCATION, handler.name, ExprContext.Del);
            }
            addopJ(JUMP_NO_INTERRUPT, except, NO_LOCATION);
            useLabel(cleanupEnd);
            if (handler.name != null) {
                loadConst(null, NO_LOCATION);
                nameop(NO_LOCATION, handler.name, ExprContext.Store);
                nameop(NO_LOCATION, handler.name, ExprContext.Del);
            }
            // add the exception raised to the res list
            addopI(LIST_APPEND, 3, NO_LOCATION);
            addop(POP_TOP, NO_LOCATION);
            addopJ(JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
            useLabel(except);
            addop(NOP, NO_LOCATION); // holds a propagated location
            addopJ(JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
            useLabel(noMatch);
            addop(POP_TOP, hloc);
            useLabel(exceptWithError);
            if (i == n - 1) {
                // add exc to the list (if not None it is the unhandled part of the EG)
                addopI(LIST_APPEND, 1, NO_LOCATION);
                addopJ(JUMP_NO_INTERRUPT, reraiseStar, NO_LOCATION);
            }
        }
        popFBlock();
        int reraise = newLabel();
        useLabel(reraiseStar);
        addopI(CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
        addopI(COPY, 1, NO_LOCATION);
        addopJ(POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
        // nothing to reraise
        addop(POP_TOP, NO_LOCATION);
        addop(POP_BLOCK, NO_LOCATION);
        addop(POP_EXCEPT, NO_LOCATION);
        addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
        useLabel(reraise);
        addop(POP_BLOCK, NO_LOCATION);
        addopI(SWAP, 2, NO_LOCATION);
        addop(POP_EXCEPT, NO_LOCATION);
        addopI(RERAISE, 0, NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(orelse);
        visitStmts(s.orelse);
        useLabel(end);
    }

    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot != -1) {
            // consume the base module name to get the first attribute
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot != -1 ? dot : name.length());
                addopN(IMPORT_FROM, attr, u.md.names, loc);
                if (dot == -1) {
                    break;
                }
                addopI(SWAP, 2, loc);
                addop(POP_TOP, loc);
            }
            nameop(loc, asname, ExprContext.Store);
            addop(POP_TOP, loc);
            return;
        }
        nameop(loc, asname, ExprContext.Store);
    }

    private void compilerImport(Import s) {
        Location loc = loc(s);
        for (Alias alias : s.names) {
            loadConst(0L, loc);
            loadConst(null, loc);
            addopName(IMPORT_NAME, alias.name, loc);
            if (alias.asname != null) {
                importAs(loc, alias.name, alias.asname);
            } else {
                String tmp = alias.name;
                int dot = alias.name.indexOf('.');
                if (dot != -1) {
                    tmp = alias.name.substring(0, dot);
                }
                nameop(loc, tmp, ExprContext.Store);
            }
        }
    }

    private void fromImport(ImportFrom s) {
        int n = s.names.size();
        loadConst((long) (s.level == null ? 0 : s.level), loc(s));
        Object[] names = new Object[n];
        for (int i = 0; i < n; i++) {
            names[i] = s.names.get(i).name;
        }
        if (s.lineno > future.lineno() && s.module != null && s.module.equals("__future__")) {
            throw error(loc(s), "from __future__ imports must occur at the beginning of the file");
        }
        loadConst(new TupleConstant(names), loc(s));
        addopName(IMPORT_NAME, s.module != null ? s.module : "", loc(s));
        for (int i = 0; i < n; i++) {
            Alias alias = s.names.get(i);
            if (i == 0 && alias.name.charAt(0) == '*') {
                addopI(CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc(s));
                addop(POP_TOP, NO_LOCATION);
                return;
            }
            addopName(IMPORT_FROM, alias.name, loc(s));
            String storeName = alias.asname != null ? alias.asname : alias.name;
            nameop(loc(s), storeName, ExprContext.Store);
        }
        addop(POP_TOP, loc(s)); // remove the imported module
    }

    private void compilerAssert(Assert s) {
        if ((s.test instanceof Tuple t && !t.elts.isEmpty())
                || (s.test instanceof Constant c && c.value instanceof TupleConstant tc && tc.size() > 0)) {
            warn(loc(s), "assertion is always true, perhaps remove parentheses?");
        }
        if (optimize > 0) {
            return;
        }
        int end = newLabel();
        jumpIf(loc(s), s.test, end, true);
        addop(LOAD_ASSERTION_ERROR, loc(s));
        if (s.msg != null) {
            visitExpr(s.msg);
            addopI(CALL, 0, loc(s));
        }
        addopI(RAISE_VARARGS, 1, loc(s.test));
        useLabel(end);
    }

    private void withExceptFinish(int cleanup) {
        int suppress = newLabel();
        addop(TO_BOOL, NO_LOCATION);
        addopJ(POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
        addopI(RERAISE, 2, NO_LOCATION);
        useLabel(suppress);
        addop(POP_TOP, NO_LOCATION); // exc_value
        addop(POP_BLOCK, NO_LOCATION);
        addop(POP_EXCEPT, NO_LOCATION);
        addop(POP_TOP, NO_LOCATION);
        addop(POP_TOP, NO_LOCATION);
        int exit = newLabel();
        addopJ(JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(exit);
    }

    private void asyncWith(AsyncWith s, int pos) {
        Location loc = loc(s);
        Withitem item = s.items.get(pos);
        if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error(loc, "'async with' outside async function");
        }
        int block = newLabel();
        int fin = newLabel();
        int exit = newLabel();
        int cleanup = newLabel();
        visitExpr(item.context_expr);
        loc = loc(item.context_expr);
        addop(BEFORE_ASYNC_WITH, loc);
        addopI(GET_AWAITABLE, 1, loc);
        loadConst(null, loc);
        addYieldFrom(loc, true);
        addopJ(SETUP_WITH, fin, loc);
        useLabel(block);
        pushFBlock(loc, FBlockType.ASYNC_WITH, block, fin, s);
        if (item.optional_vars != null) {
            visitExpr(item.optional_vars);
        } else {
            addop(POP_TOP, loc); // discard the result of __aenter__()
        }
        pos++;
        if (pos == s.items.size()) {
            visitStmts(s.body);
        } else {
            asyncWith(s, pos);
        }
        popFBlock();
        addop(POP_BLOCK, loc);
        callExitWithNones(loc);
        addopI(GET_AWAITABLE, 2, loc);
        loadConst(null, loc);
        addYieldFrom(loc, true);
        addop(POP_TOP, loc);
        addopJ(JUMP, exit, loc);
        useLabel(fin);
        addopJ(SETUP_CLEANUP, cleanup, loc);
        addop(PUSH_EXC_INFO, loc);
        addop(WITH_EXCEPT_START, loc);
        addopI(GET_AWAITABLE, 2, loc);
        loadConst(null, loc);
        addYieldFrom(loc, true);
        withExceptFinish(cleanup);
        useLabel(exit);
    }

    private void with(With s, int pos) {
        Withitem item = s.items.get(pos);
        int block = newLabel();
        int fin = newLabel();
        int exit = newLabel();
        int cleanup = newLabel();
        visitExpr(item.context_expr);
        Location loc = loc(item.context_expr);
        addop(BEFORE_WITH, loc);
        addopJ(SETUP_WITH, fin, loc);
        useLabel(block);
        pushFBlock(loc, FBlockType.WITH, block, fin, s);
        if (item.optional_vars != null) {
            visitExpr(item.optional_vars);
        } else {
            addop(POP_TOP, loc); // discard the result of __enter__()
        }
        pos++;
        if (pos == s.items.size()) {
            visitStmts(s.body);
        } else {
            with(s, pos);
        }
        addop(POP_BLOCK, NO_LOCATION);
        popFBlock();
        callExitWithNones(loc);
        addop(POP_TOP, loc);
        addopJ(JUMP, exit, loc);
        useLabel(fin);
        addopJ(SETUP_CLEANUP, cleanup, loc);
        addop(PUSH_EXC_INFO, loc);
        addop(WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        useLabel(exit);
    }

    private static boolean isTwoElementSlice(ExprNode s) {
        return s instanceof Slice sl && sl.step == null;
    }

    private void augassign(AugAssign s) {
        ExprNode e = s.target;
        Location loc = loc(e);
        switch (e) {
            case Attribute a -> {
                visitExpr(a.value);
                addopI(COPY, 1, loc);
                loc = updateStartLocationToMatchAttr(loc, a);
                addopName(LOAD_ATTR, a.attr, loc);
            }
            case Subscript sub -> {
                visitExpr(sub.value);
                if (isTwoElementSlice(sub.slice)) {
                    slice((Slice) sub.slice);
                    addopI(COPY, 3, loc);
                    addopI(COPY, 3, loc);
                    addopI(COPY, 3, loc);
                    addop(BINARY_SLICE, loc);
                } else {
                    visitExpr(sub.slice);
                    addopI(COPY, 2, loc);
                    addopI(COPY, 2, loc);
                    addop(BINARY_SUBSCR, loc);
                }
            }
            case Name n -> nameop(loc, n.id, ExprContext.Load);
            default -> throw new IllegalStateException("invalid node type for augmented assignment");
        }
        loc = loc(s);
        visitExpr(s.value);
        addopI(BINARY_OP, binop(s.op, true), loc);
        loc = loc(e);
        switch (e) {
            case Attribute a -> {
                loc = updateStartLocationToMatchAttr(loc, a);
                addopI(SWAP, 2, loc);
                addopName(STORE_ATTR, a.attr, loc);
            }
            case Subscript sub -> {
                if (isTwoElementSlice(sub.slice)) {
                    addopI(SWAP, 4, loc);
                    addopI(SWAP, 3, loc);
                    addopI(SWAP, 2, loc);
                    addop(STORE_SLICE, loc);
                } else {
                    addopI(SWAP, 3, loc);
                    addopI(SWAP, 2, loc);
                    addop(STORE_SUBSCR, loc);
                }
            }
            case Name n -> nameop(loc, n.id, ExprContext.Store);
            default -> throw new IllegalStateException();
        }
    }

    private void checkAnnExpr(ExprNode e) {
        visitExpr(e);
        addop(POP_TOP, loc(e));
    }

    private void checkAnnotation(AnnAssign s) {
        if (future.has(CodeObject.CO_FUTURE_ANNOTATIONS)) {
            return;
        }
        if (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS) {
            checkAnnExpr(s.annotation);
        }
    }

    private void checkAnnSubscr(ExprNode e) {
        switch (e) {
            case Slice s -> {
                if (s.lower != null) {
                    checkAnnExpr(s.lower);
                }
                if (s.upper != null) {
                    checkAnnExpr(s.upper);
                }
                if (s.step != null) {
                    checkAnnExpr(s.step);
                }
            }
            case Tuple t -> {
                for (ExprNode x : t.elts) {
                    checkAnnSubscr(x);
                }
            }
            default -> checkAnnExpr(e);
        }
    }

    private void annassign(AnnAssign s) {
        Location loc = loc(s);
        ExprNode targ = s.target;
        if (s.value != null) {
            visitExpr(s.value);
            visitExpr(targ);
        }
        switch (targ) {
            case Name n -> {
                forbiddenName(loc, n.id, ExprContext.Store);
                // a simple name in a module or class stores its annotation
                if (s.simple != 0 && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
                    if (future.has(CodeObject.CO_FUTURE_ANNOTATIONS)) {
                        visitAnnexpr(s.annotation);
                    } else {
                        visitExpr(s.annotation);
                    }
                    addopName(LOAD_NAME, "__annotations__", loc);
                    loadConst(SymbolTable.mangle(u.priv, n.id), loc);
                    addop(STORE_SUBSCR, loc);
                }
            }
            case Attribute a -> {
                forbiddenName(loc, a.attr, ExprContext.Store);
                if (s.value == null) {
                    checkAnnExpr(a.value);
                }
            }
            case Subscript sub -> {
                if (s.value == null) {
                    checkAnnExpr(sub.value);
                    checkAnnSubscr(sub.slice);
                }
            }
            default -> throw new IllegalStateException("invalid node type for annotated assignment");
        }
        // the annotation is evaluated last
        if (s.simple == 0) {
            checkAnnotation(s);
        }
    }

    // ================================================================== expressions

    private static int binop(OperatorKind op, boolean inplace) {
        return switch (op) {
            case Add -> inplace ? NB_INPLACE_ADD : NB_ADD;
            case Sub -> inplace ? NB_INPLACE_SUBTRACT : NB_SUBTRACT;
            case Mult -> inplace ? NB_INPLACE_MULTIPLY : NB_MULTIPLY;
            case MatMult -> inplace ? NB_INPLACE_MATRIX_MULTIPLY : NB_MATRIX_MULTIPLY;
            case Div -> inplace ? NB_INPLACE_TRUE_DIVIDE : NB_TRUE_DIVIDE;
            case Mod -> inplace ? NB_INPLACE_REMAINDER : NB_REMAINDER;
            case Pow -> inplace ? NB_INPLACE_POWER : NB_POWER;
            case LShift -> inplace ? NB_INPLACE_LSHIFT : NB_LSHIFT;
            case RShift -> inplace ? NB_INPLACE_RSHIFT : NB_RSHIFT;
            case BitOr -> inplace ? NB_INPLACE_OR : NB_OR;
            case BitXor -> inplace ? NB_INPLACE_XOR : NB_XOR;
            case BitAnd -> inplace ? NB_INPLACE_AND : NB_AND;
            case FloorDiv -> inplace ? NB_INPLACE_FLOOR_DIVIDE : NB_FLOOR_DIVIDE;
        };
    }

    private void addopYield(Location loc) {
        if (u.ste.ste_generator && u.ste.ste_coroutine) {
            addopI(CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        }
        addopI(YIELD_VALUE, 0, loc);
        addopI(RESUME, 1, loc);
    }

    private void boolop(BoolOp e) {
        Location loc = loc(e);
        int jumpi = e.op == BoolOpKind.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
        int end = newLabel();
        List<ExprNode> s = e.values;
        int n = s.size() - 1;
        for (int i = 0; i < n; i++) {
            visitExpr(s.get(i));
            addopI(COPY, 1, loc);
            addop(TO_BOOL, loc);
            addopJ(jumpi, end, loc);
            addop(POP_TOP, loc);
        }
        visitExpr(s.get(n));
        useLabel(end);
    }

    private static boolean areAllItemsConst(List<ExprNode> seq, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!(seq.get(i) instanceof Constant)) {
                return false;
            }
        }
        return true;
    }

    private void starunpackHelper(Location loc, List<ExprNode> elts, int pushed, int build, int add, int extend,
                                  boolean tuple) {
        int n = elts.size();
        if (n > 2 && areAllItemsConst(elts, 0, n)) {
            Object[] folded = new Object[n];
            for (int i = 0; i < n; i++) {
                folded[i] = ((Constant) elts.get(i)).value;
            }
            if (tuple && pushed == 0) {
                loadConst(new TupleConstant(folded), loc);
            } else {
                addopI(build, pushed, loc);
                if (add == SET_ADD) {
                    loadConst(new FrozensetConstant(distinct(folded)), loc);
                } else {
                    loadConst(new TupleConstant(folded), loc);
                }
                addopI(extend, 1, loc);
                if (tuple) {
                    addopI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (ExprNode elt : elts) {
            if (elt instanceof Starred) {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big) {
            for (ExprNode elt : elts) {
                visitExpr(elt);
            }
            if (tuple) {
                addopI(BUILD_TUPLE, n + pushed, loc);
            } else {
                addopI(build, n + pushed, loc);
            }
            return;
        }
        boolean sequenceBuilt = false;
        if (big) {
            addopI(build, pushed, loc);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++) {
            ExprNode elt = elts.get(i);
            if (elt instanceof Starred st) {
                if (!sequenceBuilt) {
                    addopI(build, i + pushed, loc);
                    sequenceBuilt = true;
                }
                visitExpr(st.value);
                addopI(extend, 1, loc);
            } else {
                visitExpr(elt);
                if (sequenceBuilt) {
                    addopI(add, 1, loc);
                }
            }
        }
        if (tuple) {
            addopI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
        }
    }

    /** The items of a set display, duplicates (by constant key) removed, first occurrence kept. */
    static Object[] distinct(Object[] items) {
        List<Object> out = new ArrayList<>();
        HashSet<Object> seen = new HashSet<>();
        for (Object o : items) {
            if (seen.add(SetKey.of(o))) {
                out.add(o);
            }
        }
        return out.toArray();
    }

    private void unpackHelper(Location loc, List<ExprNode> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            ExprNode elt = elts.get(i);
            if (elt instanceof Starred && !seenStar) {
                if (i >= (1 << 8) || (n - i - 1 >= (Integer.MAX_VALUE >> 8))) {
                    throw error(loc, "too many expressions in star-unpacking assignment");
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (elt instanceof Starred) {
                throw error(loc, "multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            addopI(UNPACK_SEQUENCE, n, loc);
        }
    }

    private void assignmentHelper(Location loc, List<ExprNode> elts) {
        unpackHelper(loc, elts);
        for (ExprNode elt : elts) {
            visitExpr(elt instanceof Starred s ? s.value : elt);
        }
    }

    private void subdict(Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        Location loc = loc(e);
        if (n > 1 && !big && areAllItemsConst(e.keys, begin, end)) {
            for (int i = begin; i < end; i++) {
                visitExpr(e.values.get(i));
            }
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                keys[i - begin] = ((Constant) e.keys.get(i)).value;
            }
            loadConst(new TupleConstant(keys), loc);
            addopI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0, loc);
        }
        for (int i = begin; i < end; i++) {
            visitExpr(e.keys.get(i));
            visitExpr(e.values.get(i));
            if (big) {
                addopI(MAP_ADD, 1, loc);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n, loc);
        }
    }

    private void dict(Dict e) {
        Location loc = loc(e);
        int n = e.values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean isUnpacking = e.keys.get(i) == null;
            if (isUnpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visitExpr(e.values.get(i));
                addopI(DICT_UPDATE, 1, loc);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(e, i - elements, i + 1);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                addopI(DICT_UPDATE, 1, loc);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addopI(BUILD_MAP, 0, loc);
        }
    }

    private void compare(Compare e) {
        Location loc = loc(e);
        checkCompare(e);
        visitExpr(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            visitExpr(e.comparators.get(0));
            addCompare(loc, e.ops.get(0));
        } else {
            int cleanup = newLabel();
            for (int i = 0; i < n; i++) {
                visitExpr(e.comparators.get(i));
                addopI(SWAP, 2, loc);
                addopI(COPY, 2, loc);
                addCompare(loc, e.ops.get(i));
                addopI(COPY, 1, loc);
                addop(TO_BOOL, loc);
                addopJ(POP_JUMP_IF_FALSE, cleanup, loc);
                addop(POP_TOP, loc);
            }
            visitExpr(e.comparators.get(n));
            addCompare(loc, e.ops.get(n));
            int end = newLabel();
            addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            useLabel(cleanup);
            addopI(SWAP, 2, loc);
            addop(POP_TOP, loc);
            useLabel(end);
        }
    }

    private boolean isImportOriginated(ExprNode e) {
        if (!(e instanceof Name n)) {
            return false;
        }
        return (st.top().getSymbol(n.id) & Symbols.DEF_IMPORT) != 0;
    }

    private boolean canOptimizeSuperCall(Attribute attr) {
        ExprNode e = attr.value;
        if (!(e instanceof Call call) || !(call.func instanceof Name fn) || !fn.id.equals("super")
                || attr.attr.equals("__class__") || !call.keywords.isEmpty()) {
            return false;
        }
        int numArgs = call.args.size();
        String superName = fn.id;
        // statically visible shadowing of 'super'
        if (u.ste.getScope(superName) != Symbols.GLOBAL_IMPLICIT) {
            return false;
        }
        if (st.top().getScope(superName) != 0) {
            return false;
        }
        if (numArgs == 2) {
            for (ExprNode a : call.args) {
                if (a instanceof Starred) {
                    return false;
                }
            }
            return true;
        }
        if (numArgs != 0) {
            return false;
        }
        // zero-argument super(): the enclosing function needs an argument and a __class__ cell
        if (u.md.argcount == 0 && u.md.posonlyargcount == 0) {
            return false;
        }
        return getRefType("__class__") == Symbols.FREE;
    }

    private void loadArgsForSuper(Call e) {
        Location loc = loc(e);
        nameop(loc(e.func), ((Name) e.func).id, ExprContext.Load);
        if (e.args.size() == 2) {
            visitExpr(e.args.get(0));
            visitExpr(e.args.get(1));
            return;
        }
        nameop(loc, "__class__", ExprContext.Load);
        // self: the first argument
        String first = u.md.varnames.keySet().iterator().next();
        nameop(loc, first, ExprContext.Load);
    }

    /** If an attribute access spans lines, the location starts at the attribute name. */
    private static Location updateStartLocationToMatchAttr(Location loc, Attribute attr) {
        if (loc.lineno() != attr.end_lineno) {
            int lineno = attr.end_lineno;
            int col = loc.colOffset();
            int endCol = loc.endColOffset();
            int len = attr.attr.codePointCount(0, attr.attr.length());
            if (len <= attr.end_col_offset) {
                col = attr.end_col_offset - len;
            } else {
                col = -1;
                endCol = -1;
            }
            int endLineno = Math.max(lineno, loc.endLineno());
            if (lineno == endLineno) {
                endCol = Math.max(col, endCol);
            }
            return new Location(lineno, endLineno, col, endCol);
        }
        return loc;
    }

    private boolean maybeOptimizeMethodCall(Call e) {
        ExprNode meth = e.func;
        List<ExprNode> args = e.args;
        List<Keyword> kwds = e.keywords;
        if (!(meth instanceof Attribute attr) || attr.ctx != ExprContext.Load) {
            return false;
        }
        if (isImportOriginated(attr.value)) {
            return false;
        }
        int argsl = args.size();
        int kwdsl = kwds.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (ExprNode a : args) {
            if (a instanceof Starred) {
                return false;
            }
        }
        for (Keyword kw : kwds) {
            if (kw.arg == null) {
                return false;
            }
        }
        Location loc = loc(meth);
        if (canOptimizeSuperCall(attr)) {
            Call sc = (Call) attr.value;
            loadArgsForSuper(sc);
            int opcode = !sc.args.isEmpty() ? LOAD_SUPER_METHOD : LOAD_ZERO_SUPER_METHOD;
            addopName(opcode, attr.attr, loc);
            loc = updateStartLocationToMatchAttr(loc, attr);
            addop(NOP, loc);
        } else {
            visitExpr(attr.value);
            loc = updateStartLocationToMatchAttr(loc, attr);
            addopName(LOAD_METHOD, attr.attr, loc);
        }
        visitExprs(e.args);
        if (kwdsl > 0) {
            for (Keyword k : kwds) {
                visitExpr(k.value);
            }
            callSimpleKwHelper(loc, kwds, kwdsl);
            loc = updateStartLocationToMatchAttr(loc(e), attr);
            addopI(CALL_KW, argsl + kwdsl, loc);
        } else {
            loc = updateStartLocationToMatchAttr(loc(e), attr);
            addopI(CALL, argsl, loc);
        }
        return true;
    }

    private void validateKeywords(List<Keyword> keywords) {
        int n = keywords.size();
        for (int i = 0; i < n; i++) {
            Keyword key = keywords.get(i);
            if (key.arg == null) {
                continue;
            }
            forbiddenName(loc(key), key.arg, ExprContext.Store);
            for (int j = i + 1; j < n; j++) {
                Keyword other = keywords.get(j);
                if (other.arg != null && other.arg.equals(key.arg)) {
                    throw error(loc(other), "keyword argument repeated: " + key.arg);
                }
            }
        }
    }

    private void call(Call e) {
        validateKeywords(e.keywords);
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        checkCaller(e.func);
        visitExpr(e.func);
        addop(PUSH_NULL, loc(e.func));
        callHelper(loc(e), 0, e.args, e.keywords);
    }

    private void joinedStr(JoinedStr e) {
        Location loc = loc(e);
        int valueCount = e.values.size();
        if (valueCount > STACK_USE_GUIDELINE) {
            loadConst("", loc);
            addopName(LOAD_METHOD, "join", loc);
            addopI(BUILD_LIST, 0, loc);
            for (ExprNode v : e.values) {
                visitExpr(v);
                addopI(LIST_APPEND, 1, loc);
            }
            addopI(CALL, 1, loc);
        } else {
            visitExprs(e.values);
            if (valueCount == 0) {
                loadConst("", loc);
            } else if (valueCount != 1) {
                addopI(BUILD_STRING, valueCount, loc);
            }
        }
    }

    private void formattedValue(FormattedValue e) {
        int conversion = e.conversion;
        visitExpr(e.value);
        Location loc = loc(e);
        if (conversion != -1) {
            int oparg = switch (conversion) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> throw new IllegalStateException("Unrecognized conversion character " + conversion);
            };
            addopI(CONVERT_VALUE, oparg, loc);
        }
        if (e.format_spec != null) {
            visitExpr(e.format_spec);
            addop(FORMAT_WITH_SPEC, loc);
        } else {
            addop(FORMAT_SIMPLE, loc);
        }
    }

    private void subkwargs(Location loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                visitExpr(keywords.get(i).value);
            }
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                keys[i - begin] = keywords.get(i).arg;
            }
            loadConst(new TupleConstant(keys), loc);
            addopI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0, NO_LOCATION);
        }
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            loadConst(kw.arg, loc);
            visitExpr(kw.value);
            if (big) {
                addopI(MAP_ADD, 1, NO_LOCATION);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n, loc);
        }
    }

    private void callSimpleKwHelper(Location loc, List<Keyword> keywords, int nkwelts) {
        Object[] names = new Object[nkwelts];
        for (int i = 0; i < nkwelts; i++) {
            names[i] = keywords.get(i).arg;
        }
        loadConst(new TupleConstant(names), loc);
    }

    private void callHelper(Location loc, int n, List<ExprNode> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (ExprNode a : args) {
            if (a instanceof Starred) {
                exCall = true;
            }
        }
        for (Keyword kw : keywords) {
            if (kw.arg == null) {
                exCall = true;
            }
        }
        if (!exCall) {
            for (ExprNode a : args) {
                visitExpr(a);
            }
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    visitExpr(k.value);
                }
                callSimpleKwHelper(loc, keywords, nkwelts);
                addopI(CALL_KW, n + nelts + nkwelts, loc);
            } else {
                addopI(CALL, n + nelts, loc);
            }
            return;
        }
        // positional arguments
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred s) {
            visitExpr(s.value);
        } else {
            starunpackHelper(loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        // keyword arguments
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) {
                            addopI(DICT_MERGE, 1, loc);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visitExpr(kw.value);
                    addopI(DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    addopI(DICT_MERGE, 1, loc);
                }
            }
        }
        addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
    }

    // ------------------------------------------------------------------ comprehensions

    private static final int COMP_GENEXP = 0;
    private static final int COMP_LISTCOMP = 1;
    private static final int COMP_SETCOMP = 2;
    private static final int COMP_DICTCOMP = 3;

    private void comprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
                                        ExprNode elt, ExprNode val, int type, boolean iterOnStack) {
        Comprehension gen = generators.get(genIndex);
        if (gen.is_async != 0) {
            asyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        } else {
            syncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        }
    }

    private void comprehensionElement(ExprNode elt, ExprNode val, int type, int depth, Location eltLoc) {
        switch (type) {
            case COMP_GENEXP -> {
                visitExpr(elt);
                addopYield(eltLoc);
                addop(POP_TOP, eltLoc);
            }
            case COMP_LISTCOMP -> {
                visitExpr(elt);
                addopI(LIST_APPEND, depth + 1, eltLoc);
            }
            case COMP_SETCOMP -> {
                visitExpr(elt);
                addopI(SET_ADD, depth + 1, eltLoc);
            }
            default -> {
                // {k: v}: k is evaluated before v
                visitExpr(elt);
                visitExpr(val);
                Location l = new Location(elt.lineno, val.end_lineno, elt.col_offset, val.end_col_offset);
                addopI(MAP_ADD, depth + 1, l);
            }
        }
    }

    private void syncComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex,
                                            int depth, ExprNode elt, ExprNode val, int type,
                                            boolean iterOnStack) {
        int start = newLabel();
        int ifCleanup = newLabel();
        int anchor = newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                // the outermost iterator is the implicit argument
                u.md.argcount = 1;
                addopI(LOAD_FAST, 0, loc);
            } else {
                // fast path for the temporary variable assignment idiom: for y in [f(x)]
                List<ExprNode> elts = switch (gen.iter) {
                    case ListExpr l -> l.elts;
                    case Tuple t -> t.elts;
                    default -> null;
                };
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
                    visitExpr(elts.get(0));
                    start = -1;
                }
                if (start != -1) {
                    visitExpr(gen.iter);
                    addop(GET_ITER, loc(gen.iter));
                }
            }
        }
        if (start != -1) {
            depth++;
            useLabel(start);
            addopJ(FOR_ITER, anchor, loc(gen.iter));
        }
        visitExpr(gen.target);
        for (ExprNode e : gen.ifs) {
            jumpIf(loc, e, ifCleanup, false);
        }
        if (++genIndex < generators.size()) {
            comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Location eltLoc = loc(elt);
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth, eltLoc);
            if (type == COMP_DICTCOMP) {
                eltLoc = new Location(elt.lineno, val.end_lineno, elt.col_offset, val.end_col_offset);
            }
        }
        useLabel(ifCleanup);
        if (start != -1) {
            addopJ(JUMP, start, eltLoc);
            useLabel(anchor);
            // END_FOR first: a generator jumps to it, other iterators to the POP_TOP after it
            addop(END_FOR, NO_LOCATION);
            addop(POP_TOP, NO_LOCATION);
        }
    }

    private void asyncComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex,
                                             int depth, ExprNode elt, ExprNode val, int type,
                                             boolean iterOnStack) {
        int start = newLabel();
        int except = newLabel();
        int ifCleanup = newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                u.md.argcount = 1;
                addopI(LOAD_FAST, 0, loc);
            } else {
                visitExpr(gen.iter);
                addop(GET_AITER, loc(gen.iter));
            }
        }
        useLabel(start);
        // the runtime pushes a block here
        pushFBlock(loc, FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, -1, null);
        addopJ(SETUP_FINALLY, except, loc);
        addop(GET_ANEXT, loc);
        loadConst(null, loc);
        addYieldFrom(loc, true);
        addop(POP_BLOCK, loc);
        visitExpr(gen.target);
        for (ExprNode e : gen.ifs) {
            jumpIf(loc, e, ifCleanup, false);
        }
        depth++;
        if (++genIndex < generators.size()) {
            comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Location eltLoc = loc(elt);
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth, eltLoc);
            if (type == COMP_DICTCOMP) {
                eltLoc = new Location(elt.lineno, val.end_lineno, elt.col_offset, val.end_col_offset);
            }
        }
        useLabel(ifCleanup);
        addopJ(JUMP, start, eltLoc);
        popFBlock();
        useLabel(except);
        addop(END_ASYNC_FOR, loc);
    }

    /** State saved while compiling an inlined comprehension (PEP 709). */
    private static final class InlinedState {
        List<String> pushedLocals;
        Map<String, Integer> tempSymbols;
        List<String> fastHidden;
        int cleanup = -1;
        int end = -1;
    }

    private InlinedState pushInlinedComprehensionState(Location loc, SymbolTableEntry entry) {
        InlinedState state = new InlinedState();
        boolean inClassBlock = u.ste.ste_type == BlockType.ClassBlock && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (Map.Entry<String, Integer> en : entry.ste_symbols.entrySet()) {
            String k = en.getKey();
            int symbol = en.getValue();
            int scope = Symbols.scope(symbol);
            Integer outv = u.ste.ste_symbols.get(k);
            int outsc = Symbols.scope(outv == null ? 0 : outv);
            if ((scope != outsc && scope != Symbols.FREE && !(scope == Symbols.CELL && outsc == Symbols.FREE))
                    || inClassBlock) {
                // a different scope inside the comprehension: use the inner one while compiling it (a free
                // name is handled as outside; free outside and cell inside is *_DEREF either way)
                if (state.tempSymbols == null) {
                    state.tempSymbols = new LinkedHashMap<>();
                }
                u.ste.ste_symbols.put(k, symbol);
                state.tempSymbols.put(k, outv == null ? 0 : outv);
            }
            // names bound in the comprehension (DEF_LOCAL | DEF_NONLOCAL is an assignment expression to a
            // nonlocal: not isolated)
            if (((symbol & Symbols.DEF_LOCAL) != 0 && (symbol & Symbols.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!u.ste.isFunctionLike()) {
                    // non-function scope: this name uses fast locals for now
                    Boolean orig = u.md.fasthidden.get(k);
                    if (!Boolean.TRUE.equals(orig)) {
                        u.md.fasthidden.put(k, true);
                        if (state.fastHidden == null) {
                            state.fastHidden = new ArrayList<>();
                        }
                        state.fastHidden.add(k);
                    }
                }
                if (state.pushedLocals == null) {
                    state.pushedLocals = new ArrayList<>();
                }
                // for a cell this pushes the cell itself; a new one is made for the comprehension
                addopI(LOAD_FAST_AND_CLEAR, CodeUnitMetadata.addName(u.md.varnames,
                        SymbolTable.mangle(u.priv, k)), loc);
                if (scope == Symbols.CELL) {
                    if (outsc == Symbols.FREE) {
                        addopI(MAKE_CELL, CodeUnitMetadata.addName(u.md.freevars, SymbolTable.mangle(u.priv, k)),
                                loc);
                    } else {
                        addopI(MAKE_CELL, CodeUnitMetadata.addName(u.md.cellvars, SymbolTable.mangle(u.priv, k)),
                                loc);
                    }
                }
                state.pushedLocals.add(k);
            }
        }
        if (state.pushedLocals != null) {
            // the outermost iterable is already on the stack: swap it back to the top
            addopI(SWAP, state.pushedLocals.size() + 1, loc);
            // a cleanup handler restores the locals if the comprehension raises
            state.cleanup = newLabel();
            state.end = newLabel();
            addopJ(SETUP_FINALLY, state.cleanup, loc);
        }
        return state;
    }

    private void restoreInlinedComprehensionLocals(Location loc, InlinedState state) {
        int npops = state.pushedLocals.size();
        addopI(SWAP, npops + 1, loc);
        for (int i = npops - 1; i >= 0; i--) {
            addopI(STORE_FAST_MAYBE_NULL, CodeUnitMetadata.addName(u.md.varnames,
                    SymbolTable.mangle(u.priv, state.pushedLocals.get(i))), loc);
        }
    }

    private void popInlinedComprehensionState(Location loc, InlinedState state) {
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            for (Map.Entry<String, Integer> en : state.tempSymbols.entrySet()) {
                u.ste.ste_symbols.put(en.getKey(), en.getValue());
            }
        }
        if (state.pushedLocals != null) {
            addop(POP_BLOCK, NO_LOCATION);
            addopJ(JUMP_NO_INTERRUPT, state.end, NO_LOCATION);
            // cleanup from an exception inside the comprehension
            useLabel(state.cleanup);
            // discard the incomplete result (beneath the exception)
            addopI(SWAP, 2, NO_LOCATION);
            addop(POP_TOP, NO_LOCATION);
            restoreInlinedComprehensionLocals(loc, state);
            addopI(RERAISE, 0, NO_LOCATION);
            useLabel(state.end);
            restoreInlinedComprehensionLocals(loc, state);
        }
        if (state.fastHidden != null) {
            // False, not removed: these names were fast locals for a while (CO_FAST_HIDDEN)
            for (String k : state.fastHidden) {
                u.md.fasthidden.put(k, false);
            }
        }
    }

    private void comprehensionIter(Location loc, Comprehension comp) {
        loc = loc(comp.iter);
        visitExpr(comp.iter);
        addop(comp.is_async != 0 ? GET_AITER : GET_ITER, loc);
    }

    private void comprehension(ExprNode e, int type, String name, List<Comprehension> generators, ExprNode elt,
                               ExprNode val) {
        ScopeType scopeType = u.scopeType;
        SymbolTableEntry entry = st.lookup(e);
        boolean isInlined = entry.ste_comp_inlined;
        boolean isAsyncGenerator = entry.ste_coroutine;
        Location loc = loc(e);
        Comprehension outermost = generators.get(0);
        InlinedState inlineState = null;
        if (isInlined) {
            comprehensionIter(loc, outermost);
            inlineState = pushInlinedComprehensionState(loc, entry);
        } else {
            enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
        }
        if (isAsyncGenerator && type != COMP_GENEXP && scopeType != ScopeType.ASYNC_FUNCTION
                && scopeType != ScopeType.COMPREHENSION) {
            throw error(loc, "asynchronous comprehension outside of an asynchronous function");
        }
        if (type != COMP_GENEXP) {
            int op = switch (type) {
                case COMP_LISTCOMP -> BUILD_LIST;
                case COMP_SETCOMP -> BUILD_SET;
                default -> BUILD_MAP;
            };
            addopI(op, 0, loc);
            if (isInlined) {
                addopI(SWAP, 2, loc);
            }
        }
        comprehensionGenerator(loc, generators, 0, 0, elt, val, type, isInlined);
        if (isInlined) {
            popInlinedComprehensionState(loc, inlineState);
            return;
        }
        if (type != COMP_GENEXP) {
            addop(RETURN_VALUE, loc(e));
        }
        if (type == COMP_GENEXP) {
            wrapInStopiterationHandler();
        }
        CodeObject co = optimizeAndAssemble(true);
        exitScope();
        loc = loc(e);
        makeClosure(loc, co, 0);
        comprehensionIter(loc, outermost);
        addopI(CALL, 0, loc);
        if (isAsyncGenerator && type != COMP_GENEXP) {
            addopI(GET_AWAITABLE, 0, loc);
            loadConst(null, loc);
            addYieldFrom(loc, true);
        }
    }

    // ------------------------------------------------------------------ static attributes

    private void maybeAddStaticAttributeToClass(Attribute e) {
        if (!(e.value instanceof Name n) || e.ctx != ExprContext.Store || !n.id.equals("self")) {
            return;
        }
        for (CompilerUnit cu : stack) { // innermost enclosing unit first
            if (cu.scopeType == ScopeType.CLASS) {
                cu.staticAttributes.add(e.attr);
                break;
            }
        }
    }

    // ------------------------------------------------------------------ the expression visitor

    void visitExpr(ExprNode e) {
        Location loc = loc(e);
        switch (e) {
            case NamedExpr n -> {
                visitExpr(n.value);
                addopI(COPY, 1, loc);
                visitExpr(n.target);
            }
            case BoolOp b -> boolop(b);
            case BinOp b -> {
                visitExpr(b.left);
                visitExpr(b.right);
                addopI(BINARY_OP, binop(b.op, false), loc);
            }
            case UnaryOp uo -> {
                visitExpr(uo.operand);
                if (uo.op == UnaryOpKind.UAdd) {
                    addopI(CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
                } else if (uo.op == UnaryOpKind.Not) {
                    addop(TO_BOOL, loc);
                    addop(UNARY_NOT, loc);
                } else {
                    addop(uo.op == UnaryOpKind.Invert ? UNARY_INVERT : UNARY_NEGATIVE, loc);
                }
            }
            case Lambda l -> lambda(l);
            case IfExp i -> ifExp(i);
            case Dict d -> dict(d);
            case SetExpr s -> starunpackHelper(loc, s.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case GeneratorExp g -> comprehension(g, COMP_GENEXP, "<genexpr>", g.generators, g.elt, null);
            case ListComp l -> comprehension(l, COMP_LISTCOMP, "<listcomp>", l.generators, l.elt, null);
            case SetComp s -> comprehension(s, COMP_SETCOMP, "<setcomp>", s.generators, s.elt, null);
            case DictComp d -> comprehension(d, COMP_DICTCOMP, "<dictcomp>", d.generators, d.key, d.value);
            case Yield y -> {
                if (!u.ste.isFunctionLike()) {
                    throw error(loc, "'yield' outside function");
                }
                if (y.value != null) {
                    visitExpr(y.value);
                } else {
                    loadConst(null, loc);
                }
                addopYield(loc);
            }
            case YieldFrom y -> {
                if (!u.ste.isFunctionLike()) {
                    throw error(loc, "'yield' outside function");
                }
                if (u.scopeType == ScopeType.ASYNC_FUNCTION) {
                    throw error(loc, "'yield from' inside async function");
                }
                visitExpr(y.value);
                addop(GET_YIELD_FROM_ITER, loc);
                loadConst(null, loc);
                addYieldFrom(loc, false);
            }
            case Await a -> {
                if (!u.ste.isFunctionLike()) {
                    throw error(loc, "'await' outside function");
                }
                if (u.scopeType != ScopeType.ASYNC_FUNCTION && u.scopeType != ScopeType.COMPREHENSION) {
                    throw error(loc, "'await' outside async function");
                }
                visitExpr(a.value);
                addopI(GET_AWAITABLE, 0, loc);
                loadConst(null, loc);
                addYieldFrom(loc, true);
            }
            case Compare c -> compare(c);
            case Call c -> call(c);
            case Constant c -> loadConst(c.value, loc);
            case JoinedStr j -> joinedStr(j);
            case FormattedValue f -> formattedValue(f);
            case Attribute a -> {
                if (a.ctx == ExprContext.Load && canOptimizeSuperCall(a)) {
                    Call sc = (Call) a.value;
                    loadArgsForSuper(sc);
                    int opcode = !sc.args.isEmpty() ? LOAD_SUPER_ATTR : LOAD_ZERO_SUPER_ATTR;
                    addopName(opcode, a.attr, loc);
                    loc = updateStartLocationToMatchAttr(loc, a);
                    addop(NOP, loc);
                    return;
                }
                maybeAddStaticAttributeToClass(a);
                visitExpr(a.value);
                loc = updateStartLocationToMatchAttr(loc(e), a);
                switch (a.ctx) {
                    case Load -> addopName(LOAD_ATTR, a.attr, loc);
                    case Store -> {
                        forbiddenName(loc, a.attr, a.ctx);
                        addopName(STORE_ATTR, a.attr, loc);
                    }
                    case Del -> addopName(DELETE_ATTR, a.attr, loc);
                }
            }
            case Subscript s -> subscript(s);
            case Starred s -> {
                if (s.ctx == ExprContext.Store) {
                    throw error(loc, "starred assignment target must be in a list or tuple");
                }
                throw error(loc, "can't use starred expression here");
            }
            case Slice s -> {
                int n = slice(s);
                addopI(BUILD_SLICE, n, loc);
            }
            case Name n -> nameop(loc, n.id, n.ctx);
            case ListExpr l -> {
                if (l.ctx == ExprContext.Store) {
                    assignmentHelper(loc, l.elts);
                } else if (l.ctx == ExprContext.Load) {
                    starunpackHelper(loc, l.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                } else {
                    visitExprs(l.elts);
                }
            }
            case Tuple t -> {
                if (t.ctx == ExprContext.Store) {
                    assignmentHelper(loc, t.elts);
                } else if (t.ctx == ExprContext.Load) {
                    starunpackHelper(loc, t.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                } else {
                    visitExprs(t.elts);
                }
            }
        }
    }

    private void subscript(Subscript e) {
        Location loc = loc(e);
        ExprContext ctx = e.ctx;
        if (ctx == ExprContext.Load) {
            checkSubscripter(e.value);
            checkIndex(e.value, e.slice);
        }
        visitExpr(e.value);
        if (isTwoElementSlice(e.slice) && ctx != ExprContext.Del) {
            slice((Slice) e.slice);
            addop(ctx == ExprContext.Load ? BINARY_SLICE : STORE_SLICE, loc);
        } else {
            visitExpr(e.slice);
            addop(switch (ctx) {
                case Load -> BINARY_SUBSCR;
                case Store -> STORE_SUBSCR;
                case Del -> DELETE_SUBSCR;
            }, loc);
        }
    }

    /** Emits the parts of a slice; returns how many (2 or 3). */
    private int slice(Slice s) {
        int n = 2;
        if (s.lower != null) {
            visitExpr(s.lower);
        } else {
            loadConst(null, loc(s));
        }
        if (s.upper != null) {
            visitExpr(s.upper);
        } else {
            loadConst(null, loc(s));
        }
        if (s.step != null) {
            n++;
            visitExpr(s.step);
        }
        return n;
    }

    // ================================================================== access for PatternCompiler

    int newLabelForPatterns() {
        return newLabel();
    }

    void useLabelForPatterns(int lbl) {
        useLabel(lbl);
    }

    void emit(int op, Location loc) {
        addop(op, loc);
    }

    void emitI(int op, int arg, Location loc) {
        addopI(op, arg, loc);
    }

    void emitJ(int op, int label, Location loc) {
        addopJ(op, label, loc);
    }

    void emitConst(Object value, Location loc) {
        loadConst(value, loc);
    }

    void emitCompare(Location loc, CmpOpKind op) {
        addCompare(loc, op);
    }

    void emitBinary(Location loc, OperatorKind op) {
        addopI(BINARY_OP, binop(op, false), loc);
    }

    void storeName(Location loc, String name) {
        nameop(loc, name, ExprContext.Store);
    }

    void checkForbiddenStore(Location loc, String name) {
        forbiddenName(loc, name, ExprContext.Store);
    }

    void visitBody(List<StmtNode> stmts) {
        visitStmts(stmts);
    }

    void jumpIfFor(Location loc, ExprNode e, int next, boolean cond) {
        jumpIf(loc, e, next, cond);
    }

    PySyntaxError errorAt(Location loc, String msg) {
        return error(loc, msg);
    }

    static Location locOf(LocatedNode n) {
        return loc(n);
    }
}
