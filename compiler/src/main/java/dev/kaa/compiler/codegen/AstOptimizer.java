package dev.kaa.compiler.codegen;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.*;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.FrozensetConstant;
import dev.kaa.compiler.bytecode.TupleConstant;
import java.util.ArrayList;
import java.util.List;

/**
 * The AST optimizer (CPython 3.13's Python/ast_opt.c), run before the symbol table: folds operations on
 * constants ({@code 2 * 3}, {@code -1}, {@code "a" + "b"}, {@code (1, 2)}, {@code "abc"[0]}), turns
 * {@code __debug__} into a constant, literal lists and sets after {@code in} and in {@code for} into
 * tuples and frozensets, and simple {@code "%s" % (x,)} formatting into f-strings. AST nodes are
 * immutable, so it returns a new tree (sharing the subtrees it did not change).
 */
public final class AstOptimizer {
    private final int optimize;
    private final boolean futureAnnotations;
    private final String filename;
    private int depth;
    private static final int RECURSION_LIMIT = 10000 - 6;

    private AstOptimizer(int optimize, int ffFeatures, String filename) {
        this.optimize = optimize;
        this.futureAnnotations = (ffFeatures & CodeObject.CO_FUTURE_ANNOTATIONS) != 0;
        this.filename = filename;
    }

    /** _PyAST_Optimize. */
    public static ModNode optimize(ModNode mod, int optimize, int ffFeatures, String filename) {
        AstOptimizer o = new AstOptimizer(optimize, ffFeatures, filename);
        try {
            return switch (mod) {
                case dev.kaa.compiler.ast.Module m -> {
                    List<StmtNode> body = o.body(m.body);
                    yield body == m.body ? m : new dev.kaa.compiler.ast.Module(body, m.type_ignores);
                }
                case Interactive i -> {
                    List<StmtNode> body = o.stmts(i.body);
                    yield body == i.body ? i : new Interactive(body);
                }
                case Expression e -> {
                    ExprNode b = o.expr(e.body);
                    yield b == e.body ? e : new Expression(b);
                }
                case FunctionType f -> f;
            };
        } catch (StackOverflowError e) {
            throw o.recursionError();
        }
    }

    private PySyntaxError recursionError() {
        return new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                filename, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
    }

    // ------------------------------------------------------------------ helpers

    private static Constant makeConst(ExprNode node, Object value) {
        return new Constant(value, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
    }

    private static boolean hasStarred(List<ExprNode> elts) {
        for (ExprNode e : elts) {
            if (e instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    private List<ExprNode> exprs(List<ExprNode> list) {
        List<ExprNode> out = null;
        for (int i = 0; i < list.size(); i++) {
            ExprNode e = list.get(i);
            ExprNode n = e == null ? null : expr(e);
            if (n != e && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? list : out;
    }

    private List<StmtNode> stmts(List<StmtNode> list) {
        List<StmtNode> out = null;
        for (int i = 0; i < list.size(); i++) {
            StmtNode s = list.get(i);
            StmtNode n = stmt(s);
            if (n != s && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? list : out;
    }

    private static boolean isDocString(List<StmtNode> stmts) {
        return !stmts.isEmpty() && stmts.get(0) instanceof Expr e && e.value instanceof Constant c
                && (c.value instanceof String || c.value instanceof PyStr);
    }

    /** A block that may hold a docstring (astfold_body). */
    private List<StmtNode> body(List<StmtNode> stmts) {
        boolean docstring = isDocString(stmts);
        stmts = stmts(stmts);
        if (!docstring && isDocString(stmts)) {
            // folding made a constant string first: it must not become a docstring
            Expr st = (Expr) stmts.get(0);
            List<StmtNode> out = new ArrayList<>(stmts);
            out.set(0, new Expr(new JoinedStr(List.of(st.value), st.lineno, st.col_offset, st.end_lineno,
                    st.end_col_offset), st.lineno, st.col_offset, st.end_lineno, st.end_col_offset));
            stmts = out;
        }
        return stmts;
    }

    // ------------------------------------------------------------------ expressions

    private ExprNode expr(ExprNode e) {
        if (++depth > RECURSION_LIMIT) {
            throw recursionError();
        }
        ExprNode r = expr1(e);
        depth--;
        return r;
    }

    private ExprNode expr1(ExprNode e) {
        switch (e) {
            case BoolOp b -> {
                List<ExprNode> v = exprs(b.values);
                return v == b.values ? b : new BoolOp(b.op, v, b.lineno, b.col_offset, b.end_lineno, b.end_col_offset);
            }
            case BinOp b -> {
                ExprNode l = expr(b.left);
                ExprNode r = expr(b.right);
                BinOp n = l == b.left && r == b.right ? b
                        : new BinOp(l, b.op, r, b.lineno, b.col_offset, b.end_lineno, b.end_col_offset);
                return foldBinop(n);
            }
            case UnaryOp u -> {
                ExprNode o = expr(u.operand);
                UnaryOp n = o == u.operand ? u
                        : new UnaryOp(u.op, o, u.lineno, u.col_offset, u.end_lineno, u.end_col_offset);
                return foldUnaryop(n);
            }
            case Lambda l -> {
                Arguments a = arguments(l.args);
                ExprNode body = expr(l.body);
                return a == l.args && body == l.body ? l
                        : new Lambda(a, body, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            }
            case IfExp i -> {
                ExprNode t = expr(i.test);
                ExprNode b = expr(i.body);
                ExprNode o = expr(i.orelse);
                return t == i.test && b == i.body && o == i.orelse ? i
                        : new IfExp(t, b, o, i.lineno, i.col_offset, i.end_lineno, i.end_col_offset);
            }
            case Dict d -> {
                List<ExprNode> k = exprs(d.keys);
                List<ExprNode> v = exprs(d.values);
                return k == d.keys && v == d.values ? d
                        : new Dict(k, v, d.lineno, d.col_offset, d.end_lineno, d.end_col_offset);
            }
            case SetExpr s -> {
                List<ExprNode> v = exprs(s.elts);
                return v == s.elts ? s : new SetExpr(v, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            }
            case ListComp l -> {
                ExprNode elt = expr(l.elt);
                List<Comprehension> g = comprehensions(l.generators);
                return elt == l.elt && g == l.generators ? l
                        : new ListComp(elt, g, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            }
            case SetComp l -> {
                ExprNode elt = expr(l.elt);
                List<Comprehension> g = comprehensions(l.generators);
                return elt == l.elt && g == l.generators ? l
                        : new SetComp(elt, g, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            }
            case DictComp d -> {
                ExprNode k = expr(d.key);
                ExprNode v = expr(d.value);
                List<Comprehension> g = comprehensions(d.generators);
                return k == d.key && v == d.value && g == d.generators ? d
                        : new DictComp(k, v, g, d.lineno, d.col_offset, d.end_lineno, d.end_col_offset);
            }
            case GeneratorExp l -> {
                ExprNode elt = expr(l.elt);
                List<Comprehension> g = comprehensions(l.generators);
                return elt == l.elt && g == l.generators ? l
                        : new GeneratorExp(elt, g, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            }
            case Await a -> {
                ExprNode v = expr(a.value);
                return v == a.value ? a : new Await(v, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            }
            case Yield y -> {
                if (y.value == null) {
                    return y;
                }
                ExprNode v = expr(y.value);
                return v == y.value ? y : new Yield(v, y.lineno, y.col_offset, y.end_lineno, y.end_col_offset);
            }
            case YieldFrom y -> {
                ExprNode v = expr(y.value);
                return v == y.value ? y : new YieldFrom(v, y.lineno, y.col_offset, y.end_lineno, y.end_col_offset);
            }
            case Compare c -> {
                ExprNode l = expr(c.left);
                List<ExprNode> comps = exprs(c.comparators);
                // literal list or set after 'in' / 'not in' becomes a tuple or frozenset
                int i = c.ops.size() - 1;
                CmpOpKind op = c.ops.get(i);
                if (op == CmpOpKind.In || op == CmpOpKind.NotIn) {
                    ExprNode last = comps.get(i);
                    ExprNode folded = foldIter(last);
                    if (folded != last) {
                        comps = new ArrayList<>(comps);
                        comps.set(i, folded);
                    }
                }
                return l == c.left && comps == c.comparators ? c
                        : new Compare(l, c.ops, comps, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset);
            }
            case Call c -> {
                ExprNode f = expr(c.func);
                List<ExprNode> args = exprs(c.args);
                List<Keyword> kws = keywords(c.keywords);
                return f == c.func && args == c.args && kws == c.keywords ? c
                        : new Call(f, args, kws, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset);
            }
            case FormattedValue f -> {
                ExprNode v = expr(f.value);
                ExprNode spec = f.format_spec == null ? null : expr(f.format_spec);
                return v == f.value && spec == f.format_spec ? f
                        : new FormattedValue(v, f.conversion, spec, f.lineno, f.col_offset, f.end_lineno,
                        f.end_col_offset);
            }
            case JoinedStr j -> {
                List<ExprNode> v = exprs(j.values);
                return v == j.values ? j : new JoinedStr(v, j.lineno, j.col_offset, j.end_lineno, j.end_col_offset);
            }
            case Attribute a -> {
                ExprNode v = expr(a.value);
                return v == a.value ? a
                        : new Attribute(v, a.attr, a.ctx, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            }
            case Subscript s -> {
                ExprNode v = expr(s.value);
                ExprNode sl = expr(s.slice);
                Subscript n = v == s.value && sl == s.slice ? s
                        : new Subscript(v, sl, s.ctx, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
                if (n.ctx == ExprContext.Load && n.value instanceof Constant cv && n.slice instanceof Constant ci) {
                    Object r = ConstFold.subscript(cv.value, ci.value);
                    if (r != null) {
                        return makeConst(n, r == ConstFold.NONE_ITEM ? null : r);
                    }
                }
                return n;
            }
            case Starred s -> {
                ExprNode v = expr(s.value);
                return v == s.value ? s
                        : new Starred(v, s.ctx, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            }
            case Slice s -> {
                ExprNode lo = s.lower == null ? null : expr(s.lower);
                ExprNode up = s.upper == null ? null : expr(s.upper);
                ExprNode st = s.step == null ? null : expr(s.step);
                return lo == s.lower && up == s.upper && st == s.step ? s
                        : new Slice(lo, up, st, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            }
            case ListExpr l -> {
                List<ExprNode> v = exprs(l.elts);
                return v == l.elts ? l : new ListExpr(v, l.ctx, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            }
            case Tuple t -> {
                List<ExprNode> v = exprs(t.elts);
                Tuple n = v == t.elts ? t : new Tuple(v, t.ctx, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
                if (n.ctx == ExprContext.Load) {
                    Object c = makeConstTuple(n.elts);
                    if (c != null) {
                        return makeConst(n, c);
                    }
                }
                return n;
            }
            case Name n -> {
                if (n.ctx == ExprContext.Load && n.id.equals("__debug__")) {
                    return makeConst(n, optimize == 0);
                }
                return n;
            }
            case NamedExpr n -> {
                ExprNode v = expr(n.value);
                return v == n.value ? n
                        : new NamedExpr(n.target, v, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
            }
            case Constant c -> {
                return c;
            }
        }
    }

    private static TupleConstant makeConstTuple(List<ExprNode> elts) {
        Object[] items = new Object[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (!(elts.get(i) instanceof Constant c)) {
                return null;
            }
            items[i] = c.value;
        }
        return new TupleConstant(items);
    }

    /** fold_iter: a literal list becomes a tuple, a set of constants a frozenset. */
    private static ExprNode foldIter(ExprNode arg) {
        if (arg instanceof ListExpr l) {
            if (hasStarred(l.elts)) {
                return arg;
            }
            Tuple t = new Tuple(l.elts, l.ctx, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            TupleConstant c = makeConstTuple(l.elts);
            return c != null ? makeConst(t, c) : t;
        }
        if (arg instanceof SetExpr s) {
            TupleConstant c = makeConstTuple(s.elts);
            if (c != null) {
                return makeConst(s, new FrozensetConstant(CodeGen.distinct(c.toArray())));
            }
        }
        return arg;
    }

    private ExprNode foldUnaryop(UnaryOp node) {
        ExprNode arg = node.operand;
        if (!(arg instanceof Constant c)) {
            // not (a is b) -> a is not b, and the like for 'in'
            if (node.op == UnaryOpKind.Not && arg instanceof Compare cmp && cmp.ops.size() == 1) {
                CmpOpKind op = switch (cmp.ops.get(0)) {
                    case Is -> CmpOpKind.IsNot;
                    case IsNot -> CmpOpKind.Is;
                    case In -> CmpOpKind.NotIn;
                    case NotIn -> CmpOpKind.In;
                    default -> null;
                };
                if (op != null) {
                    return new Compare(cmp.left, List.of(op), cmp.comparators, cmp.lineno, cmp.col_offset,
                            cmp.end_lineno, cmp.end_col_offset);
                }
            }
            return node;
        }
        Object v = ConstFold.unary(node.op, c.value);
        return v == null && node.op != UnaryOpKind.Not ? node : makeConst(node, v);
    }

    private ExprNode foldBinop(BinOp node) {
        ExprNode lhs = node.left;
        ExprNode rhs = node.right;
        if (!(lhs instanceof Constant lc)) {
            return node;
        }
        Object lv = lc.value;
        if (node.op == OperatorKind.Mod && rhs instanceof Tuple t && (lv instanceof String || lv instanceof PyStr)
                && !hasStarred(t.elts)) {
            return FormatOptimizer.optimize(node, lv, t.elts);
        }
        if (!(rhs instanceof Constant rc)) {
            return node;
        }
        Object r = ConstFold.binary(node.op, lv, rc.value);
        return r == null ? node : makeConst(node, r);
    }

    // ------------------------------------------------------------------ other nodes

    private List<Comprehension> comprehensions(List<Comprehension> gens) {
        List<Comprehension> out = null;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            ExprNode target = expr(c.target);
            ExprNode iter = expr(c.iter);
            List<ExprNode> ifs = exprs(c.ifs);
            iter = foldIter(iter);
            Comprehension n = target == c.target && iter == c.iter && ifs == c.ifs ? c
                    : new Comprehension(target, iter, ifs, c.is_async);
            if (n != c && out == null) {
                out = new ArrayList<>(gens.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? gens : out;
    }

    private List<Keyword> keywords(List<Keyword> kws) {
        List<Keyword> out = null;
        for (int i = 0; i < kws.size(); i++) {
            Keyword k = kws.get(i);
            ExprNode v = expr(k.value);
            Keyword n = v == k.value ? k : new Keyword(k.arg, v, k.lineno, k.col_offset, k.end_lineno,
                    k.end_col_offset);
            if (n != k && out == null) {
                out = new ArrayList<>(kws.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? kws : out;
    }

    private Arg arg(Arg a) {
        if (a == null || a.annotation == null || futureAnnotations) {
            return a;
        }
        ExprNode ann = expr(a.annotation);
        return ann == a.annotation ? a
                : new Arg(a.arg, ann, a.type_comment, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
    }

    private List<Arg> args(List<Arg> args) {
        List<Arg> out = null;
        for (int i = 0; i < args.size(); i++) {
            Arg a = args.get(i);
            Arg n = arg(a);
            if (n != a && out == null) {
                out = new ArrayList<>(args.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? args : out;
    }

    private Arguments arguments(Arguments a) {
        List<Arg> posonly = args(a.posonlyargs);
        List<Arg> as = args(a.args);
        Arg vararg = arg(a.vararg);
        List<Arg> kwonly = args(a.kwonlyargs);
        List<ExprNode> kwDefaults = exprs(a.kw_defaults);
        Arg kwarg = arg(a.kwarg);
        List<ExprNode> defaults = exprs(a.defaults);
        if (posonly == a.posonlyargs && as == a.args && vararg == a.vararg && kwonly == a.kwonlyargs
                && kwDefaults == a.kw_defaults && kwarg == a.kwarg && defaults == a.defaults) {
            return a;
        }
        return new Arguments(posonly, as, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private List<TypeParamNode> typeParams(List<TypeParamNode> tps) {
        List<TypeParamNode> out = null;
        for (int i = 0; i < tps.size(); i++) {
            TypeParamNode tp = tps.get(i);
            TypeParamNode n = switch (tp) {
                case TypeVar t -> {
                    ExprNode b = t.bound == null ? null : expr(t.bound);
                    ExprNode d = t.default_value == null ? null : expr(t.default_value);
                    yield b == t.bound && d == t.default_value ? t
                            : new TypeVar(t.name, b, d, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
                }
                case ParamSpec p -> {
                    ExprNode d = p.default_value == null ? null : expr(p.default_value);
                    yield d == p.default_value ? p
                            : new ParamSpec(p.name, d, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
                }
                case TypeVarTuple p -> {
                    ExprNode d = p.default_value == null ? null : expr(p.default_value);
                    yield d == p.default_value ? p
                            : new TypeVarTuple(p.name, d, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
                }
            };
            if (n != tp && out == null) {
                out = new ArrayList<>(tps.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? tps : out;
    }

    private List<ExcepthandlerNode> handlers(List<ExcepthandlerNode> hs) {
        List<ExcepthandlerNode> out = null;
        for (int i = 0; i < hs.size(); i++) {
            ExceptHandler h = (ExceptHandler) hs.get(i);
            ExprNode type = h.type == null ? null : expr(h.type);
            List<StmtNode> body = stmts(h.body);
            ExceptHandler n = type == h.type && body == h.body ? h
                    : new ExceptHandler(type, h.name, body, h.lineno, h.col_offset, h.end_lineno, h.end_col_offset);
            if (n != h && out == null) {
                out = new ArrayList<>(hs.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? hs : out;
    }

    private List<Withitem> withitems(List<Withitem> items) {
        List<Withitem> out = null;
        for (int i = 0; i < items.size(); i++) {
            Withitem w = items.get(i);
            ExprNode ce = expr(w.context_expr);
            ExprNode ov = w.optional_vars == null ? null : expr(w.optional_vars);
            Withitem n = ce == w.context_expr && ov == w.optional_vars ? w : new Withitem(ce, ov);
            if (n != w && out == null) {
                out = new ArrayList<>(items.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? items : out;
    }

    private PatternNode pattern(PatternNode p) {
        if (++depth > RECURSION_LIMIT) {
            throw recursionError();
        }
        PatternNode r = switch (p) {
            case MatchValue v -> {
                ExprNode e = expr(v.value);
                yield e == v.value ? v : new MatchValue(e, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
            }
            case MatchSingleton s -> s;
            case MatchSequence s -> {
                List<PatternNode> ps = patterns(s.patterns);
                yield ps == s.patterns ? s
                        : new MatchSequence(ps, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            }
            case MatchMapping m -> {
                List<ExprNode> keys = exprs(m.keys);
                List<PatternNode> ps = patterns(m.patterns);
                yield keys == m.keys && ps == m.patterns ? m
                        : new MatchMapping(keys, ps, m.rest, m.lineno, m.col_offset, m.end_lineno, m.end_col_offset);
            }
            case MatchClass c -> {
                ExprNode cls = expr(c.cls);
                List<PatternNode> ps = patterns(c.patterns);
                List<PatternNode> kps = patterns(c.kwd_patterns);
                yield cls == c.cls && ps == c.patterns && kps == c.kwd_patterns ? c
                        : new MatchClass(cls, ps, c.kwd_attrs, kps, c.lineno, c.col_offset, c.end_lineno,
                        c.end_col_offset);
            }
            case MatchStar s -> s;
            case MatchAs a -> {
                if (a.pattern == null) {
                    yield a;
                }
                PatternNode q = pattern(a.pattern);
                yield q == a.pattern ? a : new MatchAs(q, a.name, a.lineno, a.col_offset, a.end_lineno,
                        a.end_col_offset);
            }
            case MatchOr o -> {
                List<PatternNode> ps = patterns(o.patterns);
                yield ps == o.patterns ? o : new MatchOr(ps, o.lineno, o.col_offset, o.end_lineno, o.end_col_offset);
            }
        };
        depth--;
        return r;
    }

    private List<PatternNode> patterns(List<PatternNode> ps) {
        List<PatternNode> out = null;
        for (int i = 0; i < ps.size(); i++) {
            PatternNode p = ps.get(i);
            PatternNode n = pattern(p);
            if (n != p && out == null) {
                out = new ArrayList<>(ps.subList(0, i));
            }
            if (out != null) {
                out.add(n);
            }
        }
        return out == null ? ps : out;
    }

    private ExprNode annotation(ExprNode a) {
        return a == null || futureAnnotations ? a : expr(a);
    }

    private StmtNode stmt(StmtNode s) {
        if (++depth > RECURSION_LIMIT) {
            throw recursionError();
        }
        StmtNode r = stmt1(s);
        depth--;
        return r;
    }

    private StmtNode stmt1(StmtNode s) {
        switch (s) {
            case FunctionDef f -> {
                Arguments a = arguments(f.args);
                List<StmtNode> body = body(f.body);
                List<ExprNode> decos = exprs(f.decorator_list);
                ExprNode ret = annotation(f.returns);
                List<TypeParamNode> tps = typeParams(f.type_params);
                return a == f.args && body == f.body && decos == f.decorator_list && ret == f.returns
                        && tps == f.type_params ? f
                        : new FunctionDef(f.name, a, body, decos, ret, f.type_comment, tps, f.lineno, f.col_offset,
                        f.end_lineno, f.end_col_offset);
            }
            case AsyncFunctionDef f -> {
                Arguments a = arguments(f.args);
                List<StmtNode> body = body(f.body);
                List<ExprNode> decos = exprs(f.decorator_list);
                ExprNode ret = annotation(f.returns);
                List<TypeParamNode> tps = typeParams(f.type_params);
                return a == f.args && body == f.body && decos == f.decorator_list && ret == f.returns
                        && tps == f.type_params ? f
                        : new AsyncFunctionDef(f.name, a, body, decos, ret, f.type_comment, tps, f.lineno,
                        f.col_offset, f.end_lineno, f.end_col_offset);
            }
            case ClassDef c -> {
                List<ExprNode> bases = exprs(c.bases);
                List<Keyword> kws = keywords(c.keywords);
                List<StmtNode> body = body(c.body);
                List<ExprNode> decos = exprs(c.decorator_list);
                List<TypeParamNode> tps = typeParams(c.type_params);
                return bases == c.bases && kws == c.keywords && body == c.body && decos == c.decorator_list
                        && tps == c.type_params ? c
                        : new ClassDef(c.name, bases, kws, body, decos, tps, c.lineno, c.col_offset, c.end_lineno,
                        c.end_col_offset);
            }
            case Return r -> {
                if (r.value == null) {
                    return r;
                }
                ExprNode v = expr(r.value);
                return v == r.value ? r : new Return(v, r.lineno, r.col_offset, r.end_lineno, r.end_col_offset);
            }
            case Delete d -> {
                List<ExprNode> t = exprs(d.targets);
                return t == d.targets ? d : new Delete(t, d.lineno, d.col_offset, d.end_lineno, d.end_col_offset);
            }
            case Assign a -> {
                List<ExprNode> t = exprs(a.targets);
                ExprNode v = expr(a.value);
                return t == a.targets && v == a.value ? a
                        : new Assign(t, v, a.type_comment, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            }
            case AugAssign a -> {
                ExprNode t = expr(a.target);
                ExprNode v = expr(a.value);
                return t == a.target && v == a.value ? a
                        : new AugAssign(t, a.op, v, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            }
            case AnnAssign a -> {
                ExprNode t = expr(a.target);
                ExprNode ann = annotation(a.annotation);
                ExprNode v = a.value == null ? null : expr(a.value);
                return t == a.target && ann == a.annotation && v == a.value ? a
                        : new AnnAssign(t, ann, v, a.simple, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            }
            case TypeAlias t -> {
                ExprNode name = expr(t.name);
                List<TypeParamNode> tps = typeParams(t.type_params);
                ExprNode v = expr(t.value);
                return name == t.name && tps == t.type_params && v == t.value ? t
                        : new TypeAlias(name, tps, v, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
            }
            case For f -> {
                ExprNode t = expr(f.target);
                ExprNode it = expr(f.iter);
                List<StmtNode> body = stmts(f.body);
                List<StmtNode> orelse = stmts(f.orelse);
                it = foldIter(it);
                return t == f.target && it == f.iter && body == f.body && orelse == f.orelse ? f
                        : new For(t, it, body, orelse, f.type_comment, f.lineno, f.col_offset, f.end_lineno,
                        f.end_col_offset);
            }
            case AsyncFor f -> {
                ExprNode t = expr(f.target);
                ExprNode it = expr(f.iter);
                List<StmtNode> body = stmts(f.body);
                List<StmtNode> orelse = stmts(f.orelse);
                return t == f.target && it == f.iter && body == f.body && orelse == f.orelse ? f
                        : new AsyncFor(t, it, body, orelse, f.type_comment, f.lineno, f.col_offset, f.end_lineno,
                        f.end_col_offset);
            }
            case While w -> {
                ExprNode t = expr(w.test);
                List<StmtNode> body = stmts(w.body);
                List<StmtNode> orelse = stmts(w.orelse);
                return t == w.test && body == w.body && orelse == w.orelse ? w
                        : new While(t, body, orelse, w.lineno, w.col_offset, w.end_lineno, w.end_col_offset);
            }
            case If i -> {
                ExprNode t = expr(i.test);
                List<StmtNode> body = stmts(i.body);
                List<StmtNode> orelse = stmts(i.orelse);
                return t == i.test && body == i.body && orelse == i.orelse ? i
                        : new If(t, body, orelse, i.lineno, i.col_offset, i.end_lineno, i.end_col_offset);
            }
            case With w -> {
                List<Withitem> items = withitems(w.items);
                List<StmtNode> body = stmts(w.body);
                return items == w.items && body == w.body ? w
                        : new With(items, body, w.type_comment, w.lineno, w.col_offset, w.end_lineno, w.end_col_offset);
            }
            case AsyncWith w -> {
                List<Withitem> items = withitems(w.items);
                List<StmtNode> body = stmts(w.body);
                return items == w.items && body == w.body ? w
                        : new AsyncWith(items, body, w.type_comment, w.lineno, w.col_offset, w.end_lineno,
                        w.end_col_offset);
            }
            case Match m -> {
                ExprNode subject = expr(m.subject);
                List<MatchCase> cases = new ArrayList<>();
                boolean changed = subject != m.subject;
                for (MatchCase mc : m.cases) {
                    PatternNode p = pattern(mc.pattern);
                    ExprNode g = mc.guard == null ? null : expr(mc.guard);
                    List<StmtNode> body = stmts(mc.body);
                    MatchCase n = p == mc.pattern && g == mc.guard && body == mc.body ? mc : new MatchCase(p, g, body);
                    changed |= n != mc;
                    cases.add(n);
                }
                return changed ? new Match(subject, cases, m.lineno, m.col_offset, m.end_lineno, m.end_col_offset) : m;
            }
            case Raise r -> {
                ExprNode e = r.exc == null ? null : expr(r.exc);
                ExprNode c = r.cause == null ? null : expr(r.cause);
                return e == r.exc && c == r.cause ? r
                        : new Raise(e, c, r.lineno, r.col_offset, r.end_lineno, r.end_col_offset);
            }
            case Try t -> {
                List<StmtNode> body = stmts(t.body);
                List<ExcepthandlerNode> hs = handlers(t.handlers);
                List<StmtNode> orelse = stmts(t.orelse);
                List<StmtNode> fin = stmts(t.finalbody);
                return body == t.body && hs == t.handlers && orelse == t.orelse && fin == t.finalbody ? t
                        : new Try(body, hs, orelse, fin, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
            }
            case TryStar t -> {
                List<StmtNode> body = stmts(t.body);
                List<ExcepthandlerNode> hs = handlers(t.handlers);
                List<StmtNode> orelse = stmts(t.orelse);
                List<StmtNode> fin = stmts(t.finalbody);
                return body == t.body && hs == t.handlers && orelse == t.orelse && fin == t.finalbody ? t
                        : new TryStar(body, hs, orelse, fin, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
            }
            case Assert a -> {
                ExprNode t = expr(a.test);
                ExprNode m = a.msg == null ? null : expr(a.msg);
                return t == a.test && m == a.msg ? a
                        : new Assert(t, m, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            }
            case Expr e -> {
                ExprNode v = expr(e.value);
                return v == e.value ? e : new Expr(v, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
            }
            default -> {
                return s; // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue
            }
        }
    }
}
