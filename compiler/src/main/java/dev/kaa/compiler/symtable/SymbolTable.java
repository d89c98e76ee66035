package dev.kaa.compiler.symtable;

import static dev.kaa.compiler.symtable.Symbols.CELL;
import static dev.kaa.compiler.symtable.Symbols.DEF_ANNOT;
import static dev.kaa.compiler.symtable.Symbols.DEF_BOUND;
import static dev.kaa.compiler.symtable.Symbols.DEF_COMP_CELL;
import static dev.kaa.compiler.symtable.Symbols.DEF_COMP_ITER;
import static dev.kaa.compiler.symtable.Symbols.DEF_FREE_CLASS;
import static dev.kaa.compiler.symtable.Symbols.DEF_GLOBAL;
import static dev.kaa.compiler.symtable.Symbols.DEF_IMPORT;
import static dev.kaa.compiler.symtable.Symbols.DEF_LOCAL;
import static dev.kaa.compiler.symtable.Symbols.DEF_NONLOCAL;
import static dev.kaa.compiler.symtable.Symbols.DEF_PARAM;
import static dev.kaa.compiler.symtable.Symbols.DEF_TYPE_PARAM;
import static dev.kaa.compiler.symtable.Symbols.FREE;
import static dev.kaa.compiler.symtable.Symbols.GLOBAL_EXPLICIT;
import static dev.kaa.compiler.symtable.Symbols.GLOBAL_IMPLICIT;
import static dev.kaa.compiler.symtable.Symbols.LOCAL;
import static dev.kaa.compiler.symtable.Symbols.SCOPE_OFFSET;
import static dev.kaa.compiler.symtable.Symbols.USE;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.*;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table pass (CPython Python/symtable.c): which names each scope binds, uses, declares global
 * or nonlocal, and from that the scope of every name — local, global (explicit or implicit), free or
 * cell — which the code generator turns into {@code LOAD_FAST}, {@code LOAD_GLOBAL}, {@code LOAD_DEREF},
 * {@code LOAD_NAME}...
 *
 * <p>Two passes, as in CPython. The first walks the AST and records raw facts per scope (a
 * {@link SymbolTableEntry} per module, class, function, lambda, comprehension and PEP 695 type scope):
 * "x is assigned here", "y is used here", "z is a parameter". The second ({@link #analyze}) walks the
 * scope tree top-down passing the names bound in enclosing functions, decides each name's scope, and
 * bottom-up turns locals that children use freely into cells. Comprehensions other than generator
 * expressions are then inlined into their parent scope (PEP 709): their names join the parent's and
 * their child scopes become the parent's children. Classes hide their names from nested functions,
 * except through the implicit {@code __class__} and {@code __classdict__} cells.
 *
 * <p>Errors are CPython's SyntaxErrors with its messages and positions (offsets are the AST's UTF-8 byte
 * columns + 1, as CPython reports them for this pass); the source line ({@code text}) is left null for
 * the caller to fill in, as CPython reads it from the file.
 */
public final class SymbolTable {
    /** Key of the scope of a type parameter's default (CPython keys it by the node's address + 1). */
    public record DefaultKey(TypeParamNode typeParam) {
    }

    /** Key of the type-parameter scope of a generic function, class or type alias. */
    public record TypeParamsKey(StmtNode owner) {
    }

    private static final int RECURSION_LIMIT = 10000 - 6;

    public final String filename;
    public final FutureFeatures future;
    private SymbolTableEntry top;
    private final Map<Object, SymbolTableEntry> blocks = new HashMap<>();
    private final List<SymbolTableEntry> stack = new ArrayList<>();
    private SymbolTableEntry cur;
    private Map<String, Integer> global;
    private String priv;
    private int depth;

    private SymbolTable(String filename, FutureFeatures future) {
        this.filename = filename;
        this.future = future;
    }

    /** The module's scope. */
    public SymbolTableEntry top() {
        return top;
    }

    /** The scope made for an AST node (or a {@link DefaultKey} / {@link TypeParamsKey}). */
    public SymbolTableEntry lookup(Object key) {
        SymbolTableEntry e = blocks.get(key);
        if (e == null) {
            throw new IllegalStateException("unknown symbol table entry");
        }
        return e;
    }

    /** Builds and analyzes the symbol table of a module (_PySymtable_Build). */
    public static SymbolTable build(ModNode mod, String filename, FutureFeatures future) {
        SymbolTable st = new SymbolTable(filename, future);
        st.enterBlock("top", BlockType.ModuleBlock, mod, new Location(0, 0, 0, 0));
        st.top = st.cur;
        try {
            switch (mod) {
                case dev.kaa.compiler.ast.Module m -> st.visitStmts(m.body);
                case Expression e -> st.visitExpr(e.body);
                case Interactive i -> st.visitStmts(i.body);
                case FunctionType f -> throw new PySyntaxError("RuntimeError",
                        "this compiler does not handle FunctionTypes", filename, -1, -1, -1, -1, null);
            }
        } catch (StackOverflowError e) {
            throw st.recursionError();
        }
        st.exitBlock();
        st.analyze();
        return st;
    }

    private PySyntaxError recursionError() {
        return new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                filename, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
    }

    private PySyntaxError error(String msg, Location loc) {
        return new PySyntaxError("SyntaxError", msg, filename, loc.lineno(), loc.colOffset() + 1, loc.endLineno(),
                loc.endColOffset() + 1, null);
    }

    static Location loc(LocatedNode n) {
        return new Location(n.lineno, n.end_lineno, n.col_offset, n.end_col_offset);
    }

    private static Location steLoc(SymbolTableEntry e) {
        return new Location(e.ste_lineno, e.ste_end_lineno, e.ste_col_offset, e.ste_end_col_offset);
    }

    // ---------------------------------------------------------------- name mangling

    /**
     * _Py_Mangle: {@code __spam} inside class {@code Ham} becomes {@code _Ham__spam}; dunder names, dotted
     * names and classes named only with underscores are left alone.
     */
    public static String mangle(String privateName, String ident) {
        if (privateName == null || ident.length() < 2 || ident.charAt(0) != '_' || ident.charAt(1) != '_') {
            return ident;
        }
        int n = ident.length();
        if ((ident.charAt(n - 1) == '_' && ident.charAt(n - 2) == '_') || ident.indexOf('.') >= 0) {
            return ident;
        }
        int ipriv = 0;
        while (ipriv < privateName.length() && privateName.charAt(ipriv) == '_') {
            ipriv++;
        }
        if (ipriv == privateName.length()) {
            return ident;
        }
        return "_" + privateName.substring(ipriv) + ident;
    }

    /**
     * _Py_MaybeMangle: inside the type-parameter scope of a generic class only the type parameters
     * themselves are mangled.
     */
    public static String maybeMangle(String privateName, SymbolTableEntry ste, String name) {
        if (ste.ste_mangled_names != null && !ste.ste_mangled_names.contains(name)) {
            return name;
        }
        return mangle(privateName, name);
    }

    // ---------------------------------------------------------------- blocks

    private SymbolTableEntry newEntry(String name, BlockType type, Object key, Location loc) {
        SymbolTableEntry ste = new SymbolTableEntry(key, name, type, loc.lineno(), loc.colOffset(),
                loc.endLineno(), loc.endColOffset());
        if (cur != null && (cur.ste_nested || cur.isFunctionLike())) {
            ste.ste_nested = true;
        }
        blocks.put(key, ste);
        return ste;
    }

    private void enterBlock(String name, BlockType type, Object key, Location loc) {
        SymbolTableEntry ste = newEntry(name, type, key, loc);
        stack.add(ste);
        SymbolTableEntry prev = cur;
        if (prev != null) {
            // bpo-37757: no assignment expressions anywhere in the outermost iterable of a comprehension
            ste.ste_comp_iter_expr = prev.ste_comp_iter_expr;
        }
        if (prev != null && prev.ste_mangled_names != null && type != BlockType.ClassBlock) {
            ste.ste_mangled_names = prev.ste_mangled_names; // shared, as CPython shares the set
        }
        cur = ste;
        if (type == BlockType.AnnotationBlock) {
            return; // future annotations become strings: their scope is not part of the table
        }
        if (type == BlockType.ModuleBlock) {
            global = ste.ste_symbols;
        }
        if (prev != null) {
            prev.ste_children.add(ste);
        }
    }

    private void exitBlock() {
        stack.removeLast();
        cur = stack.isEmpty() ? null : stack.getLast();
    }

    // ---------------------------------------------------------------- definitions

    private int lookup(String name) {
        return lookupEntry(cur, name);
    }

    private int lookupEntry(SymbolTableEntry ste, String name) {
        return ste.getSymbol(maybeMangle(priv, ste, name));
    }

    private void addDef(String name, int flag, Location loc) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.ste_mangled_names != null) {
            cur.ste_mangled_names.add(name);
        }
        addDefHelper(name, flag, cur, loc);
    }

    private void addDefHelper(String name, int flag, SymbolTableEntry ste, Location loc) {
        String mangled = maybeMangle(priv, cur, name);
        Integer o = ste.ste_symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw error("duplicate type parameter '" + name + "'", loc);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.ste_comp_iter_target) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.ste_symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.ste_varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            global.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private void recordDirective(String name, Location loc) {
        if (cur.ste_directives == null) {
            cur.ste_directives = new ArrayList<>();
        }
        cur.ste_directives.add(new Object[] {maybeMangle(priv, cur, name), loc});
    }

    private PySyntaxError errorAtDirective(SymbolTableEntry ste, String name, String msg) {
        if (ste.ste_directives != null) {
            for (Object[] d : ste.ste_directives) {
                if (d[0].equals(name)) {
                    return error(msg, (Location) d[1]);
                }
            }
        }
        return new PySyntaxError("RuntimeError", "BUG: internal directive bookkeeping broken", filename,
                -1, -1, -1, -1, null);
    }

    private void enterTypeParamBlock(String name, Object key, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass, Location loc) {
        BlockType currentType = cur.ste_type;
        enterBlock(name, BlockType.TypeParametersBlock, key, loc);
        if (currentType == BlockType.ClassBlock) {
            cur.ste_can_see_class_scope = true;
            addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            // set when the type params tuple is made, used when the bases are built
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    private static boolean hasKwOnlyDefaults(Arguments a) {
        for (ExprNode d : a.kw_defaults) {
            if (d != null) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- first pass: statements

    private void enterRecursive() {
        if (++depth > RECURSION_LIMIT) {
            throw recursionError();
        }
    }

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

    private void visitExprsWithNull(List<ExprNode> exprs) {
        for (ExprNode e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitFunction(StmtNode s, String name, Arguments args, List<StmtNode> body,
                               List<ExprNode> decorators, ExprNode returns, List<TypeParamNode> typeParams,
                               boolean isAsync) {
        addDef(name, DEF_LOCAL, loc(s));
        visitExprs(args.defaults);
        visitExprsWithNull(args.kw_defaults);
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(name, new TypeParamsKey(s), true, hasKwOnlyDefaults(args), false, loc(s));
            for (TypeParamNode tp : typeParams) {
                visitTypeParam(tp);
            }
        }
        visitAnnotations(s, args, returns);
        enterBlock(name, BlockType.FunctionBlock, s, loc(s));
        if (isAsync) {
            cur.ste_coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitStmt(StmtNode s) {
        enterRecursive();
        switch (s) {
            case FunctionDef f -> visitFunction(f, f.name, f.args, f.body, f.decorator_list, f.returns,
                    f.type_params, false);
            case AsyncFunctionDef f -> visitFunction(f, f.name, f.args, f.body, f.decorator_list, f.returns,
                    f.type_params, true);
            case ClassDef c -> {
                addDef(c.name, DEF_LOCAL, loc(c));
                visitExprs(c.decorator_list);
                String tmp = priv;
                boolean generic = !c.type_params.isEmpty();
                if (generic) {
                    enterTypeParamBlock(c.name, new TypeParamsKey(c), false, false, true, loc(c));
                    priv = c.name;
                    cur.ste_mangled_names = new HashSet<>();
                    for (TypeParamNode tp : c.type_params) {
                        visitTypeParam(tp);
                    }
                }
                visitExprs(c.bases);
                for (Keyword k : c.keywords) {
                    visitExpr(k.value);
                }
                enterBlock(c.name, BlockType.ClassBlock, c, loc(c));
                priv = c.name;
                if (generic) {
                    addDef("__type_params__", DEF_LOCAL, loc(c));
                    addDef(".type_params", USE, loc(c));
                }
                visitStmts(c.body);
                exitBlock();
                if (generic) {
                    exitBlock();
                }
                priv = tmp;
            }
            case TypeAlias t -> {
                visitExpr(t.name);
                String name = ((Name) t.name).id;
                boolean inClass = cur.ste_type == BlockType.ClassBlock;
                boolean generic = !t.type_params.isEmpty();
                if (generic) {
                    enterTypeParamBlock(name, new TypeParamsKey(t), false, false, false, loc(t));
                    for (TypeParamNode tp : t.type_params) {
                        visitTypeParam(tp);
                    }
                }
                enterBlock(name, BlockType.TypeAliasBlock, t, loc(t));
                cur.ste_can_see_class_scope = inClass;
                if (inClass) {
                    addDef("__classdict__", USE, loc(t.value));
                }
                visitExpr(t.value);
                exitBlock();
                if (generic) {
                    exitBlock();
                }
            }
            case Return r -> {
                if (r.value != null) {
                    visitExpr(r.value);
                    cur.ste_returns_value = true;
                }
            }
            case Delete d -> visitExprs(d.targets);
            case Assign a -> {
                visitExprs(a.targets);
                visitExpr(a.value);
            }
            case AnnAssign a -> {
                if (a.target instanceof Name n) {
                    int c = lookup(n.id);
                    if ((c & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.ste_symbols != global && a.simple != 0) {
                        throw error(((c & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal").formatted(n.id), loc(a));
                    }
                    if (a.simple != 0) {
                        addDef(n.id, DEF_ANNOT | DEF_LOCAL, loc(n));
                    } else if (a.value != null) {
                        addDef(n.id, DEF_LOCAL, loc(n));
                    }
                } else {
                    visitExpr(a.target);
                }
                visitAnnotation(a.annotation);
                if (a.value != null) {
                    visitExpr(a.value);
                }
            }
            case AugAssign a -> {
                visitExpr(a.target);
                visitExpr(a.value);
            }
            case For f -> {
                visitExpr(f.target);
                visitExpr(f.iter);
                visitStmts(f.body);
                visitStmts(f.orelse);
            }
            case AsyncFor f -> {
                visitExpr(f.target);
                visitExpr(f.iter);
                visitStmts(f.body);
                visitStmts(f.orelse);
            }
            case While w -> {
                visitExpr(w.test);
                visitStmts(w.body);
                visitStmts(w.orelse);
            }
            case If i -> {
                visitExpr(i.test);
                visitStmts(i.body);
                visitStmts(i.orelse);
            }
            case Match m -> {
                visitExpr(m.subject);
                for (MatchCase mc : m.cases) {
                    visitPattern(mc.pattern);
                    if (mc.guard != null) {
                        visitExpr(mc.guard);
                    }
                    visitStmts(mc.body);
                }
            }
            case Raise r -> {
                if (r.exc != null) {
                    visitExpr(r.exc);
                    if (r.cause != null) {
                        visitExpr(r.cause);
                    }
                }
            }
            case Try t -> {
                visitStmts(t.body);
                visitHandlers(t.handlers);
                visitStmts(t.orelse);
                visitStmts(t.finalbody);
            }
            case TryStar t -> {
                visitStmts(t.body);
                visitHandlers(t.handlers);
                visitStmts(t.orelse);
                visitStmts(t.finalbody);
            }
            case Assert a -> {
                visitExpr(a.test);
                if (a.msg != null) {
                    visitExpr(a.msg);
                }
            }
            case Import i -> {
                for (Alias a : i.names) {
                    visitAlias(a);
                }
            }
            case ImportFrom i -> {
                for (Alias a : i.names) {
                    visitAlias(a);
                }
            }
            case Global g -> {
                for (String name : g.names) {
                    int c = lookup(name);
                    if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg;
                        if ((c & DEF_PARAM) != 0) {
                            msg = "name '%s' is parameter and global";
                        } else if ((c & USE) != 0) {
                            msg = "name '%s' is used prior to global declaration";
                        } else if ((c & DEF_ANNOT) != 0) {
                            msg = "annotated name '%s' can't be global";
                        } else {
                            msg = "name '%s' is assigned to before global declaration";
                        }
                        throw error(msg.formatted(name), loc(g));
                    }
                    addDef(name, DEF_GLOBAL, loc(g));
                    recordDirective(name, loc(g));
                }
            }
            case Nonlocal g -> {
                for (String name : g.names) {
                    int c = lookup(name);
                    if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg;
                        if ((c & DEF_PARAM) != 0) {
                            msg = "name '%s' is parameter and nonlocal";
                        } else if ((c & USE) != 0) {
                            msg = "name '%s' is used prior to nonlocal declaration";
                        } else if ((c & DEF_ANNOT) != 0) {
                            msg = "annotated name '%s' can't be nonlocal";
                        } else {
                            msg = "name '%s' is assigned to before nonlocal declaration";
                        }
                        throw error(msg.formatted(name), loc(g));
                    }
                    addDef(name, DEF_NONLOCAL, loc(g));
                    recordDirective(name, loc(g));
                }
            }
            case Expr e -> visitExpr(e.value);
            case Pass p -> {
            }
            case Break b -> {
            }
            case Continue c -> {
            }
            case With w -> {
                for (Withitem item : w.items) {
                    visitWithitem(item);
                }
                visitStmts(w.body);
            }
            case AsyncWith w -> {
                for (Withitem item : w.items) {
                    visitWithitem(item);
                }
                visitStmts(w.body);
            }
        }
        depth--;
    }

    private void visitHandlers(List<ExcepthandlerNode> handlers) {
        for (ExcepthandlerNode h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            if (eh.type != null) {
                visitExpr(eh.type);
            }
            if (eh.name != null) {
                addDef(eh.name, DEF_LOCAL, loc(eh));
            }
            visitStmts(eh.body);
        }
    }

    private void visitWithitem(Withitem item) {
        visitExpr(item.context_expr);
        if (item.optional_vars != null) {
            visitExpr(item.optional_vars);
        }
    }

    private void visitAlias(Alias a) {
        // the name an import binds: "spam" for "import spam.eggs"
        String name = a.asname == null ? a.name : a.asname;
        int dot = name.indexOf('.');
        String storeName = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(storeName, DEF_IMPORT, loc(a));
        } else if (cur.ste_type != BlockType.ModuleBlock) {
            throw error("import * only allowed at module level", loc(a));
        }
    }

    // ---------------------------------------------------------------- annotations

    private boolean futureAnnotations() {
        return future.has(CodeObject.CO_FUTURE_ANNOTATIONS);
    }

    private void visitAnnotation(ExprNode annotation) {
        boolean fa = futureAnnotations();
        if (fa) {
            enterBlock("_annotation", BlockType.AnnotationBlock, annotation, loc(annotation));
        }
        visitExpr(annotation);
        if (fa) {
            exitBlock();
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation != null) {
                visitExpr(a.annotation);
            }
        }
    }

    private void visitAnnotations(StmtNode o, Arguments a, ExprNode returns) {
        boolean fa = futureAnnotations();
        if (fa) {
            enterBlock("_annotation", BlockType.AnnotationBlock, a, loc(o));
        }
        visitArgAnnotations(a.posonlyargs);
        visitArgAnnotations(a.args);
        if (a.vararg != null && a.vararg.annotation != null) {
            visitExpr(a.vararg.annotation);
        }
        if (a.kwarg != null && a.kwarg.annotation != null) {
            visitExpr(a.kwarg.annotation);
        }
        visitArgAnnotations(a.kwonlyargs);
        if (fa) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg, DEF_PARAM, loc(a));
        }
    }

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs);
        visitParams(a.args);
        visitParams(a.kwonlyargs);
        if (a.vararg != null) {
            addDef(a.vararg.arg, DEF_PARAM, loc(a.vararg));
            cur.ste_varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, DEF_PARAM, loc(a.kwarg));
            cur.ste_varkeywords = true;
        }
    }

    // ---------------------------------------------------------------- first pass: expressions

    private void raiseIfAnnotationBlock(String name, ExprNode e) {
        String msg = switch (cur.ste_type) {
            case AnnotationBlock -> name + " cannot be used within an annotation";
            case TypeVariableBlock -> name + " cannot be used within " + cur.ste_scope_info;
            case TypeAliasBlock -> name + " cannot be used within a type alias";
            case TypeParametersBlock -> name + " cannot be used within the definition of a generic";
            default -> null;
        };
        if (msg != null) {
            throw error(msg, loc(e));
        }
    }

    private void raiseIfComprehensionBlock(ExprNode e) {
        String msg = switch (cur.ste_comprehension) {
            case ListComprehension -> "'yield' inside list comprehension";
            case SetComprehension -> "'yield' inside set comprehension";
            case DictComprehension -> "'yield' inside dict comprehension";
            default -> "'yield' inside generator expression";
        };
        throw error(msg, loc(e));
    }

    private void visitExpr(ExprNode e) {
        enterRecursive();
        switch (e) {
            case NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", n);
                handleNamedExpr(n);
            }
            case BoolOp b -> visitExprs(b.values);
            case BinOp b -> {
                visitExpr(b.left);
                visitExpr(b.right);
            }
            case UnaryOp u -> visitExpr(u.operand);
            case Lambda l -> {
                visitExprs(l.args.defaults);
                visitExprsWithNull(l.args.kw_defaults);
                enterBlock("lambda", BlockType.FunctionBlock, l, loc(l));
                visitArguments(l.args);
                visitExpr(l.body);
                exitBlock();
            }
            case IfExp i -> {
                visitExpr(i.test);
                visitExpr(i.body);
                visitExpr(i.orelse);
            }
            case Dict d -> {
                visitExprsWithNull(d.keys);
                visitExprs(d.values);
            }
            case SetExpr s -> visitExprs(s.elts);
            case GeneratorExp g -> handleComprehension(g, "genexpr", g.generators, g.elt, null);
            case ListComp l -> handleComprehension(l, "listcomp", l.generators, l.elt, null);
            case SetComp s -> handleComprehension(s, "setcomp", s.generators, s.elt, null);
            case DictComp d -> handleComprehension(d, "dictcomp", d.generators, d.key, d.value);
            case Yield y -> {
                raiseIfAnnotationBlock("yield expression", y);
                if (y.value != null) {
                    visitExpr(y.value);
                }
                cur.ste_generator = true;
                if (cur.ste_comprehension != ComprehensionType.NoComprehension) {
                    raiseIfComprehensionBlock(y);
                }
            }
            case YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", y);
                visitExpr(y.value);
                cur.ste_generator = true;
                if (cur.ste_comprehension != ComprehensionType.NoComprehension) {
                    raiseIfComprehensionBlock(y);
                }
            }
            case Await a -> {
                raiseIfAnnotationBlock("await expression", a);
                visitExpr(a.value);
                cur.ste_coroutine = true;
            }
            case Compare c -> {
                visitExpr(c.left);
                visitExprs(c.comparators);
            }
            case Call c -> {
                visitExpr(c.func);
                visitExprs(c.args);
                for (Keyword k : c.keywords) {
                    visitExpr(k.value);
                }
            }
            case FormattedValue f -> {
                visitExpr(f.value);
                if (f.format_spec != null) {
                    visitExpr(f.format_spec);
                }
            }
            case JoinedStr j -> visitExprs(j.values);
            case Constant c -> {
            }
            case Attribute a -> visitExpr(a.value);
            case Subscript s -> {
                visitExpr(s.value);
                visitExpr(s.slice);
            }
            case Starred s -> visitExpr(s.value);
            case Slice s -> {
                if (s.lower != null) {
                    visitExpr(s.lower);
                }
                if (s.upper != null) {
                    visitExpr(s.upper);
                }
                if (s.step != null) {
                    visitExpr(s.step);
                }
            }
            case Name n -> {
                addDef(n.id, n.ctx == ExprContext.Load ? USE : DEF_LOCAL, loc(n));
                // super() counts as a use of __class__
                if (n.ctx == ExprContext.Load && cur.isFunctionLike() && n.id.equals("super")) {
                    addDef("__class__", USE, loc(n));
                }
            }
            case ListExpr l -> visitExprs(l.elts);
            case Tuple t -> visitExprs(t.elts);
        }
        depth--;
    }

    private void handleNamedExpr(NamedExpr e) {
        if (cur.ste_comp_iter_expr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", loc(e));
        }
        if (cur.ste_comprehension != ComprehensionType.NoComprehension) {
            extendNamedExprScope((Name) e.target);
        }
        visitExpr(e.value);
        visitExpr(e.target);
    }

    /** An assignment expression in a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void extendNamedExprScope(Name e) {
        String target = e.id;
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymbolTableEntry ste = stack.get(i);
            if (ste.ste_comprehension != ComprehensionType.NoComprehension) {
                int inScope = lookupEntry(ste, target);
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + target + "'", loc(e));
                }
                continue;
            }
            if (ste.ste_type == BlockType.FunctionBlock) {
                int inScope = lookupEntry(ste, target);
                addDef(target, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, loc(e));
                recordDirective(target, loc(e));
                addDefHelper(target, DEF_LOCAL, ste, loc(e));
                return;
            }
            if (ste.ste_type == BlockType.ModuleBlock) {
                addDef(target, DEF_GLOBAL, loc(e));
                recordDirective(target, loc(e));
                addDefHelper(target, DEF_GLOBAL, ste, loc(e));
                return;
            }
            String msg = switch (ste.ste_type) {
                case ClassBlock -> "assignment expression within a comprehension cannot be used in a class body";
                case TypeParametersBlock -> "assignment expression within a comprehension cannot be used within "
                        + "the definition of a generic";
                case TypeAliasBlock -> "assignment expression within a comprehension cannot be used in a type alias";
                case TypeVariableBlock -> "assignment expression within a comprehension cannot be used in a "
                        + "TypeVar bound";
                default -> null;
            };
            if (msg != null) {
                throw error(msg, loc(e));
            }
        }
        throw new IllegalStateException("unreachable: no scope for assignment expression");
    }

    private void visitComprehension(Comprehension lc) {
        cur.ste_comp_iter_target = true;
        visitExpr(lc.target);
        cur.ste_comp_iter_target = false;
        cur.ste_comp_iter_expr++;
        visitExpr(lc.iter);
        cur.ste_comp_iter_expr--;
        visitExprs(lc.ifs);
        if (lc.is_async != 0) {
            cur.ste_coroutine = true;
        }
    }

    private void handleComprehension(ExprNode e, String scopeName, List<Comprehension> generators,
                                     ExprNode elt, ExprNode value) {
        boolean isGenerator = e instanceof GeneratorExp;
        Comprehension outermost = generators.get(0);
        // the outermost iterable is evaluated in the enclosing scope
        cur.ste_comp_iter_expr++;
        visitExpr(outermost.iter);
        cur.ste_comp_iter_expr--;
        enterBlock(scopeName, BlockType.FunctionBlock, e, loc(e));
        cur.ste_comprehension = switch (e) {
            case ListComp l -> ComprehensionType.ListComprehension;
            case SetComp s -> ComprehensionType.SetComprehension;
            case DictComp d -> ComprehensionType.DictComprehension;
            default -> ComprehensionType.GeneratorExpression;
        };
        if (outermost.is_async != 0) {
            cur.ste_coroutine = true;
        }
        // the outermost iterator is passed in as the implicit argument ".0"
        addDef(".0", DEF_PARAM, steLoc(cur));
        cur.ste_comp_iter_target = true;
        visitExpr(outermost.target);
        cur.ste_comp_iter_target = false;
        visitExprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            visitComprehension(generators.get(i));
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.ste_generator = isGenerator;
        boolean isAsync = cur.ste_coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.ste_coroutine = true;
        }
    }

    private void visitTypeParamBoundOrDefault(ExprNode e, String name, Object key, String scopeInfo) {
        if (e != null) {
            boolean inClass = cur.ste_can_see_class_scope;
            enterBlock(name, BlockType.TypeVariableBlock, key, loc(e));
            cur.ste_can_see_class_scope = inClass;
            if (inClass) {
                addDef("__classdict__", USE, loc(e));
            }
            cur.ste_scope_info = scopeInfo;
            visitExpr(e);
            exitBlock();
        }
    }

    private void visitTypeParam(TypeParamNode tp) {
        enterRecursive();
        switch (tp) {
            case TypeVar t -> {
                addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc(t));
                String info = t.bound == null ? null
                        : t.bound instanceof Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                visitTypeParamBoundOrDefault(t.bound, t.name, t, info);
                visitTypeParamBoundOrDefault(t.default_value, t.name, new DefaultKey(t), "a TypeVar default");
            }
            case TypeVarTuple t -> {
                addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc(t));
                visitTypeParamBoundOrDefault(t.default_value, t.name, t, "a TypeVarTuple default");
            }
            case ParamSpec t -> {
                addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc(t));
                visitTypeParamBoundOrDefault(t.default_value, t.name, t, "a ParamSpec default");
            }
        }
        depth--;
    }

    private void visitPattern(PatternNode p) {
        enterRecursive();
        switch (p) {
            case MatchValue v -> visitExpr(v.value);
            case MatchSingleton s -> {
            }
            case MatchSequence s -> {
                for (PatternNode q : s.patterns) {
                    visitPattern(q);
                }
            }
            case MatchStar s -> {
                if (s.name != null) {
                    addDef(s.name, DEF_LOCAL, loc(s));
                }
            }
            case MatchMapping m -> {
                visitExprs(m.keys);
                for (PatternNode q : m.patterns) {
                    visitPattern(q);
                }
                if (m.rest != null) {
                    addDef(m.rest, DEF_LOCAL, loc(m));
                }
            }
            case MatchClass c -> {
                visitExpr(c.cls);
                for (PatternNode q : c.patterns) {
                    visitPattern(q);
                }
                for (PatternNode q : c.kwd_patterns) {
                    visitPattern(q);
                }
            }
            case MatchAs a -> {
                if (a.pattern != null) {
                    visitPattern(a.pattern);
                }
                if (a.name != null) {
                    addDef(a.name, DEF_LOCAL, loc(a));
                }
            }
            case MatchOr o -> {
                for (PatternNode q : o.patterns) {
                    visitPattern(q);
                }
            }
        }
        depth--;
    }

    // ---------------------------------------------------------------- second pass: analysis

    private void analyze() {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    /**
     * Decides the scope of one name (analyze_name). {@code bound} holds the names bound in enclosing
     * functions (null at module level), {@code global} the names declared global above.
     */
    private void analyzeName(SymbolTableEntry ste, Map<String, Integer> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global,
                             Set<String> typeParams, SymbolTableEntry classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            ste.ste_free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In a scope that can see an enclosing class, a name the class binds (or declares global) is looked
        // up in the class namespace and then the globals, not in an outer function.
        if (classEntry != null) {
            int classFlags = classEntry.getSymbol(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.ste_free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.ste_nested) {
            ste.ste_free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private static boolean isFreeInAnyChild(SymbolTableEntry entry, String key) {
        for (SymbolTableEntry child : entry.ste_children) {
            if (child.getScope(key) == FREE) {
                return true;
            }
        }
        return false;
    }

    /** PEP 709: merges an inlined comprehension's names into its parent (inline_comprehension). */
    private static void inlineComprehension(SymbolTableEntry ste, SymbolTableEntry comp,
                                            Map<String, Integer> scopes, Set<String> compFree,
                                            Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> en : comp.ste_symbols.entrySet()) {
            String k = en.getKey();
            int compFlags = en.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the ".0" parameter
            }
            int scope = Symbols.scope(compFlags);
            int onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.ste_symbols.get(k);
            // __class__ is never free through a class scope (see dropClassFree)
            if (scope == FREE && ste.ste_type == BlockType.ClassBlock && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.ste_symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && ste.ste_type != BlockType.ClassBlock
                    && !isFreeInAnyChild(comp, k)) {
                // free in the comprehension but local outside: simply a local now
                compFree.remove(k);
            }
        }
        if (removeDunderClass) {
            comp.ste_symbols.remove("__class__");
        }
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> en : scopes.entrySet()) {
            if (en.getValue() != LOCAL) {
                continue;
            }
            String name = en.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            en.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(SymbolTableEntry ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.ste_needs_class_closure = true;
        }
        if (free.remove("__classdict__")) {
            ste.ste_needs_classdict = true;
        }
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes,
                                      Set<String> bound, Set<String> free, Set<String> inlinedCells,
                                      boolean classflag) {
        for (Map.Entry<String, Integer> en : symbols.entrySet()) {
            int flags = en.getValue();
            if (inlinedCells.contains(en.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            Integer scope = scopes.get(en.getKey());
            flags |= scope << SCOPE_OFFSET;
            en.setValue(flags);
        }
        // record free variables of children not yet resolved here
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                // a free variable in a method with the same name as a name of the class
                if (classflag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue; // a cell, or already free here
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private void analyzeBlock(SymbolTableEntry ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, SymbolTableEntry classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        // A class's names are not visible in its methods: pass down only what was visible before it.
        if (ste.ste_type == BlockType.ClassBlock) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> en : ste.ste_symbols.entrySet()) {
            analyzeName(ste, scopes, en.getKey(), en.getValue(), bound, local, free, global, typeParams,
                    classEntry);
        }
        if (ste.ste_type != BlockType.ClassBlock) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (SymbolTableEntry entry : ste.ste_children) {
            SymbolTableEntry newClassEntry = null;
            if (entry.ste_can_see_class_scope) {
                if (ste.ste_type == BlockType.ClassBlock) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            // all comprehensions but generator expressions are inlined, except in annotation scopes in classes
            boolean inlineComp = entry.ste_comprehension != ComprehensionType.NoComprehension
                    && !entry.ste_generator && !ste.ste_can_see_class_scope;
            Set<String> childFree = analyzeChildBlock(entry, newBound, newFree, newGlobal, typeParams,
                    newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.ste_comp_inlined = true;
            }
            newFree.addAll(childFree);
            if (entry.ste_free || entry.ste_child_free) {
                ste.ste_child_free = true;
            }
        }

        // the children of inlined comprehensions become our children
        for (int i = ste.ste_children.size() - 1; i >= 0; i--) {
            SymbolTableEntry entry = ste.ste_children.get(i);
            if (entry.ste_comp_inlined) {
                ste.ste_children.remove(i);
                ste.ste_children.addAll(i, entry.ste_children);
            }
        }

        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.ste_type == BlockType.ClassBlock) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.ste_symbols, scopes, bound, newFree, inlinedCells,
                ste.ste_type == BlockType.ClassBlock || ste.ste_can_see_class_scope);
        free.addAll(newFree);
    }

    private Set<String> analyzeChildBlock(SymbolTableEntry entry, Set<String> bound, Set<String> free,
                                          Set<String> global, Set<String> typeParams,
                                          SymbolTableEntry classEntry) {
        Set<String> tempFree = new HashSet<>(free);
        analyzeBlock(entry, new HashSet<>(bound), tempFree, new HashSet<>(global), new HashSet<>(typeParams),
                classEntry);
        return tempFree;
    }
}
