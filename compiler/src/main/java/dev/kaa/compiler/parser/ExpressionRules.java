package dev.kaa.compiler.parser;

import dev.kaa.compiler.PySyntaxError;

import dev.kaa.compiler.ast.*;
import dev.kaa.compiler.tokenize.Token;
import dev.kaa.compiler.tokenize.Utf8;
import dev.kaa.compiler.tokenize.TokenType;
import dev.kaa.compiler.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

import static dev.kaa.compiler.tokenize.TokenType.*;

/**
 * The expression-level rules of Python 3.13's Grammar/python.gram, one method per rule, named after it.
 * Statement, pattern and entry rules are in the subclasses; see {@link ParserCore} for how rules are
 * written. Every method returns its node or null (no match), leaving the position unchanged on null.
 * Alternatives are tried in the grammar's order, tokens are read when CPython reads them, and every
 * rule counts one level of depth, so errors, their locations and the "too complex" limit agree with
 * CPython.
 */
public abstract class ExpressionRules extends ParserCore {
    // Memo / left-recursion ids (1..199; statement rules use 200+).
    private static final int EXPRESSION = 1;
    private static final int STAR_EXPRESSION = 2;
    private static final int DISJUNCTION = 3;
    private static final int CONJUNCTION = 4;
    private static final int INVERSION = 5;
    private static final int BITWISE_OR = 6;
    private static final int BITWISE_XOR = 7;
    private static final int BITWISE_AND = 8;
    private static final int SHIFT_EXPR = 9;
    private static final int SUM = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int AWAIT_PRIMARY = 13;
    private static final int PRIMARY = 14;
    private static final int STRINGS = 15;
    private static final int ARGUMENTS = 16;
    private static final int STAR_TARGET = 17;
    private static final int TARGET_WITH_STAR_ATOM = 18;
    private static final int T_PRIMARY = 19;
    private static final int DEL_TARGET = 20;
    private static final int INVALID_NAMED_EXPRESSION = 21;

    protected ExpressionRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // Statement rules that expression rules refer to (invalid_expression), implemented by StatementRules.
    protected abstract StmtNode simple_stmt();

    protected abstract StmtNode pass_stmt();

    protected abstract StmtNode break_stmt();

    protected abstract StmtNode continue_stmt();

    // ------------------------------------------------------------------------------------------------
    // Small helpers

    /** A CPython CmpopExprPair. */
    private record CmpopExprPair(CmpOpKind op, ExprNode expr) {
    }

    /** A CPython KeyValuePair; key null for {@code **value}. */
    protected record KeyValuePair(ExprNode key, ExprNode value) {
    }

    /** A CPython KeywordOrStarred. */
    private record KeywordOrStarred(Object element, boolean isKeyword) {
    }

    private static <E> List<E> singleton(E a) {
        ArrayList<E> l = new ArrayList<>(1);
        l.add(a);
        return l;
    }

    private static <E> List<E> insertInFront(E a, List<E> seq) {
        ArrayList<E> l = new ArrayList<>(seq == null ? 1 : seq.size() + 1);
        l.add(a);
        if (seq != null) {
            l.addAll(seq);
        }
        return l;
    }

    /** _PyPegen_set_expr_context: a copy of the expression with the context set, recursively. */
    protected static ExprNode setExprContext(ExprNode e, ExprContext ctx) {
        return switch (e) {
            case Name n -> n.withCtx(ctx);
            case Tuple t -> new Tuple(setSeqContext(t.elts, ctx), ctx, t.lineno, t.col_offset, t.end_lineno,
                    t.end_col_offset);
            case ListExpr l -> new ListExpr(setSeqContext(l.elts, ctx), ctx, l.lineno, l.col_offset, l.end_lineno,
                    l.end_col_offset);
            case Subscript s -> s.withCtx(ctx);
            case Attribute a -> a.withCtx(ctx);
            case Starred s -> new Starred(setExprContext(s.value, ctx), ctx, s.lineno, s.col_offset, s.end_lineno,
                    s.end_col_offset);
            default -> e;
        };
    }

    private static List<ExprNode> setSeqContext(List<ExprNode> seq, ExprContext ctx) {
        if (seq == null || seq.isEmpty()) {
            return seq;
        }
        ArrayList<ExprNode> r = new ArrayList<>(seq.size());
        for (ExprNode e : seq) {
            r.add(setExprContext(e, ctx));
        }
        return r;
    }

    /** _PyPegen_check_legacy_stmt. */
    private static boolean checkLegacyStmt(ExprNode name) {
        return name instanceof Name n && (n.id.equals("print") || n.id.equals("exec"));
    }

    /** _PyPegen_get_last_comprehension_item. */
    private static ExprNode lastComprehensionItem(Comprehension c) {
        if (c.ifs == null || c.ifs.isEmpty()) {
            return c.iter;
        }
        return c.ifs.get(c.ifs.size() - 1);
    }

    private static <E> E last(List<E> l) {
        return l.get(l.size() - 1);
    }

    // ------------------------------------------------------------------------------------------------
    // EXPRESSIONS

    /** expressions: expression (',' expression)+ [','] | expression ',' | expression */
    protected ExprNode expressions() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = expression()) != null) {
                List<ExprNode> b = commaExpressionLoop1();
                if (b != null) {
                    expect(COMMA);
                    return new Tuple(insertInFront(a, b), ExprContext.Load, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if ((a = expression()) != null && expect(COMMA) != null) {
                return new Tuple(singleton(a), ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = expression()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** (',' c=expression { c })+ */
    private List<ExprNode> commaExpressionLoop1() {
        enter();
        try {
            ArrayList<ExprNode> r = null;
            while (true) {
                int m = mark();
                ExprNode c;
                if (expect(COMMA) != null && (c = expression()) != null) {
                    if (r == null) {
                        r = new ArrayList<>();
                    }
                    r.add(c);
                } else {
                    reset(m);
                    break;
                }
            }
            return r;
        } finally {
            leave();
        }
    }

    /**
     * expression (memo): invalid_expression | invalid_legacy_expression
     * | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
     */
    protected ExprNode expression() {
        enter();
        try {
            Object r = memoLookup(EXPRESSION);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = expressionAlts(m);
            memoStore(m, EXPRESSION, res);
            return res;
        } finally {
            leave();
        }
    }

    private ExprNode expressionAlts(int m) {
        if (callInvalidRules) {
            invalid_expression();
            reset(m);
            invalid_legacy_expression();
            reset(m);
        }
        ExprNode a;
        ExprNode b;
        ExprNode c;
        if ((a = disjunction()) != null && keyword("if") != null && (b = disjunction()) != null
                && keyword("else") != null && (c = expression()) != null) {
            return new IfExp(b, a, c, sl(m), sc(m), el(), ec());
        }
        reset(m);
        if ((a = disjunction()) != null) {
            return a;
        }
        reset(m);
        if ((a = lambdef()) != null) {
            return a;
        }
        reset(m);
        return null;
    }

    /** expression_without_invalid: like expression, with the invalid rules switched off below it. */
    protected ExprNode expression_without_invalid() {
        boolean prev = callInvalidRules;
        callInvalidRules = false;
        enter();
        try {
            int m = mark();
            ExprNode a;
            ExprNode b;
            ExprNode c;
            if ((a = disjunction()) != null && keyword("if") != null && (b = disjunction()) != null
                    && keyword("else") != null && (c = expression()) != null) {
                return new IfExp(b, a, c, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = disjunction()) != null) {
                return a;
            }
            reset(m);
            if ((a = lambdef()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
            callInvalidRules = prev;
        }
    }

    /** invalid_legacy_expression: NAME !'(' star_expressions -> "Missing parentheses in call to ..." */
    private Object invalid_legacy_expression() {
        enter();
        try {
            int m = mark();
            Name a;
            ExprNode b;
            if ((a = name()) != null && !check(LPAR) && (b = star_expressions()) != null) {
                if (checkLegacyStmt(a)) {
                    return raiseSyntaxErrorKnownRange(a, b,
                            "Missing parentheses in call to '" + a.id + "'. Did you mean " + a.id + "(...)?");
                }
                return null;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_expression (3.13). */
    private Object invalid_expression() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            ExprNode b;
            // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
            if (!lookaheadNameStringOrSoftKeyword() && (a = disjunction()) != null
                    && (b = expression_without_invalid()) != null) {
                if (checkLegacyStmt(a) || tokenLevelAt(mark() - 1) == 0) {
                    return null;
                }
                return raiseSyntaxErrorKnownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
            }
            reset(m);
            // a=disjunction 'if' b=disjunction !('else'|':')
            if ((a = disjunction()) != null && keyword("if") != null && (b = disjunction()) != null
                    && !checkKeyword("else") && !check(COLON)) {
                return raiseSyntaxErrorKnownRange(a, b, "expected 'else' after 'if' expression");
            }
            reset(m);
            // a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE
            Token la;
            Token lb;
            if ((la = keyword("lambda")) != null) {
                int m2 = mark();
                if (lambda_params() == null) {
                    reset(m2);
                }
                if ((lb = expect(COLON)) != null && check(FSTRING_MIDDLE)) {
                    return raiseSyntaxErrorKnownRange(la, lb,
                            "f-string: lambda expressions are not allowed without parentheses");
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** The lookahead (NAME STRING | SOFT_KEYWORD). */
    private boolean lookaheadNameStringOrSoftKeyword() {
        int m = mark();
        boolean r;
        enter();
        try {
            r = nameToken() != null && expect(STRING) != null;
            reset(m);
            if (!r) {
                r = anySoftKeyword() != null;
            }
        } finally {
            leave();
        }
        reset(m);
        return r;
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    protected ExprNode yield_expr() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (keyword("yield") != null && keyword("from") != null && (a = expression()) != null) {
                return new YieldFrom(a, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if (keyword("yield") != null) {
                a = star_expressions();
                return new Yield(a, sl(m), sc(m), el(), ec());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression */
    protected ExprNode star_expressions() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = star_expression()) != null) {
                ArrayList<ExprNode> b = null;
                enter();
                while (true) {
                    int m2 = mark();
                    ExprNode c;
                    if (expect(COMMA) != null && (c = star_expression()) != null) {
                        if (b == null) {
                            b = new ArrayList<>();
                        }
                        b.add(c);
                    } else {
                        reset(m2);
                        break;
                    }
                }
                leave();
                if (b != null) {
                    expect(COMMA);
                    return new Tuple(insertInFront(a, b), ExprContext.Load, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if ((a = star_expression()) != null && expect(COMMA) != null) {
                return new Tuple(singleton(a), ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = star_expression()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** star_expression (memo): '*' bitwise_or | expression */
    protected ExprNode star_expression() {
        enter();
        try {
            Object r = memoLookup(STAR_EXPRESSION);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = null;
            ExprNode a;
            if (expect(STAR) != null && (a = bitwise_or()) != null) {
                res = new Starred(a, ExprContext.Load, sl(m), sc(m), el(), ec());
            } else {
                reset(m);
                if ((a = expression()) != null) {
                    res = a;
                } else {
                    reset(m);
                }
            }
            memoStore(m, STAR_EXPRESSION, res);
            return res;
        } finally {
            leave();
        }
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    protected List<ExprNode> star_named_expressions() {
        enter();
        try {
            int m = mark();
            List<ExprNode> a = gatherStarNamedExpression();
            if (a != null) {
                expect(COMMA);
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<ExprNode> gatherStarNamedExpression() {
        enter();
        try {
            ExprNode e = star_named_expression();
            if (e == null) {
                return null;
            }
            ArrayList<ExprNode> r = new ArrayList<>();
            r.add(e);
            while (true) {
                int m = mark();
                if (expect(COMMA) != null && (e = star_named_expression()) != null) {
                    r.add(e);
                } else {
                    reset(m);
                    return r;
                }
            }
        } finally {
            leave();
        }
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    protected ExprNode star_named_expression() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (expect(STAR) != null && (a = bitwise_or()) != null) {
                return new Starred(a, ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = named_expression()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** assignment_expression: NAME ':=' ~ expression */
    protected ExprNode assignment_expression() {
        enter();
        try {
            int m = mark();
            Name a;
            ExprNode b;
            if ((a = name()) != null && expect(COLONEQUAL) != null) {
                if ((b = expression()) != null) {
                    return new NamedExpr(a.withCtx(ExprContext.Store), b, sl(m), sc(m), el(), ec());
                }
                reset(m);
                return null; // cut
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
    protected ExprNode named_expression() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = assignment_expression()) != null) {
                return a;
            }
            reset(m);
            if (callInvalidRules) {
                invalid_named_expression();
                reset(m);
            }
            if ((a = expression()) != null && !check(COLONEQUAL)) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_named_expression (memo). */
    private Object invalid_named_expression() {
        enter();
        try {
            Object r = memoLookup(INVALID_NAMED_EXPRESSION);
            if (r != NO_MEMO) {
                return r;
            }
            int m = mark();
            ExprNode a;
            ExprNode b;
            // a=expression ':=' expression
            if ((a = expression()) != null && expect(COLONEQUAL) != null && expression() != null) {
                return raiseSyntaxErrorKnownLocation(a,
                        "cannot use assignment expressions with " + ExprNames.getExprName(a));
            }
            reset(m);
            // a=NAME '=' b=bitwise_or !('='|':=')
            if ((a = name()) != null && expect(EQUAL) != null && (b = bitwise_or()) != null && !check(EQUAL)
                    && !check(COLONEQUAL)) {
                return raiseSyntaxErrorKnownRange(a, b,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(m);
            // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
            if (!lookaheadListTupleGenexpConst() && (a = bitwise_or()) != null && expect(EQUAL) != null
                    && bitwise_or() != null && !check(EQUAL) && !check(COLONEQUAL)) {
                return raiseSyntaxErrorKnownLocation(a, "cannot assign to " + ExprNames.getExprName(a)
                        + " here. Maybe you meant '==' instead of '='?");
            }
            reset(m);
            memoStore(m, INVALID_NAMED_EXPRESSION, null);
            return null;
        } finally {
            leave();
        }
    }

    private boolean lookaheadListTupleGenexpConst() {
        int m = mark();
        boolean r;
        enter();
        try {
            r = list() != null;
            if (!r) {
                reset(m);
                r = tuple() != null;
            }
            if (!r) {
                reset(m);
                r = genexp() != null;
            }
            if (!r) {
                reset(m);
                r = keyword("True") != null || keyword("None") != null || keyword("False") != null;
            }
        } finally {
            leave();
        }
        reset(m);
        return r;
    }

    /** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
    protected ExprNode disjunction() {
        enter();
        try {
            Object r = memoLookup(DISJUNCTION);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = boolOpAlts(m, true);
            memoStore(m, DISJUNCTION, res);
            return res;
        } finally {
            leave();
        }
    }

    /** conjunction (memo): inversion ('and' inversion)+ | inversion */
    protected ExprNode conjunction() {
        enter();
        try {
            Object r = memoLookup(CONJUNCTION);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = boolOpAlts(m, false);
            memoStore(m, CONJUNCTION, res);
            return res;
        } finally {
            leave();
        }
    }

    private ExprNode boolOpAlts(int m, boolean or) {
        String kw = or ? "or" : "and";
        ExprNode a = or ? conjunction() : inversion();
        if (a != null) {
            ArrayList<ExprNode> b = null;
            enter();
            while (true) {
                int m2 = mark();
                ExprNode c;
                if (keyword(kw) != null && (c = or ? conjunction() : inversion()) != null) {
                    if (b == null) {
                        b = new ArrayList<>();
                        b.add(a);
                    }
                    b.add(c);
                } else {
                    reset(m2);
                    break;
                }
            }
            leave();
            if (b != null) {
                return new BoolOp(or ? BoolOpKind.Or : BoolOpKind.And, b, sl(m), sc(m), el(), ec());
            }
        }
        reset(m);
        a = or ? conjunction() : inversion();
        if (a != null) {
            return a;
        }
        reset(m);
        return null;
    }

    /** inversion (memo): 'not' inversion | comparison */
    protected ExprNode inversion() {
        enter();
        try {
            Object r = memoLookup(INVERSION);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = null;
            ExprNode a;
            if (keyword("not") != null && (a = inversion()) != null) {
                res = new UnaryOp(UnaryOpKind.Not, a, sl(m), sc(m), el(), ec());
            } else {
                reset(m);
                if ((a = comparison()) != null) {
                    res = a;
                } else {
                    reset(m);
                }
            }
            memoStore(m, INVERSION, res);
            return res;
        } finally {
            leave();
        }
    }

    // Comparison operators

    /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
    protected ExprNode comparison() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = bitwise_or()) != null) {
                ArrayList<CmpopExprPair> b = null;
                enter();
                while (true) {
                    CmpopExprPair p = compare_op_bitwise_or_pair();
                    if (p == null) {
                        break;
                    }
                    if (b == null) {
                        b = new ArrayList<>();
                    }
                    b.add(p);
                }
                leave();
                if (b != null) {
                    ArrayList<CmpOpKind> ops = new ArrayList<>(b.size());
                    ArrayList<ExprNode> exprs = new ArrayList<>(b.size());
                    for (CmpopExprPair p : b) {
                        ops.add(p.op());
                        exprs.add(p.expr());
                    }
                    return new Compare(a, ops, exprs, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if ((a = bitwise_or()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** compare_op_bitwise_or_pair and its ten alternatives (eq_bitwise_or ... is_bitwise_or). */
    private CmpopExprPair compare_op_bitwise_or_pair() {
        enter();
        try {
            int m = mark();
            CmpopExprPair r;
            if ((r = cmpopPair(EQEQUAL, null, null, CmpOpKind.Eq)) != null) {
                return r;
            }
            if ((r = noteq_bitwise_or()) != null) {
                return r;
            }
            if ((r = cmpopPair(LESSEQUAL, null, null, CmpOpKind.LtE)) != null) {
                return r;
            }
            if ((r = cmpopPair(LESS, null, null, CmpOpKind.Lt)) != null) {
                return r;
            }
            if ((r = cmpopPair(GREATEREQUAL, null, null, CmpOpKind.GtE)) != null) {
                return r;
            }
            if ((r = cmpopPair(GREATER, null, null, CmpOpKind.Gt)) != null) {
                return r;
            }
            if ((r = cmpopPair(null, "not", "in", CmpOpKind.NotIn)) != null) {
                return r;
            }
            if ((r = cmpopPair(null, "in", null, CmpOpKind.In)) != null) {
                return r;
            }
            if ((r = cmpopPair(null, "is", "not", CmpOpKind.IsNot)) != null) {
                return r;
            }
            if ((r = cmpopPair(null, "is", null, CmpOpKind.Is)) != null) {
                return r;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** One of the *_bitwise_or rules: an operator token (or one or two keywords), then bitwise_or. */
    private CmpopExprPair cmpopPair(TokenType op, String kw1, String kw2, CmpOpKind kind) {
        enter();
        try {
            int m = mark();
            boolean ok = op != null ? expect(op) != null
                    : keyword(kw1) != null && (kw2 == null || keyword(kw2) != null);
            ExprNode a;
            if (ok && (a = bitwise_or()) != null) {
                return new CmpopExprPair(kind, a);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** noteq_bitwise_or: (tok='!=' { check_barry_as_flufl }) bitwise_or: '<>' is not '!='. */
    private CmpopExprPair noteq_bitwise_or() {
        enter();
        try {
            int m = mark();
            Token t;
            ExprNode a;
            if ((t = expect(NOTEQUAL)) != null && t.string().equals("!=") && (a = bitwise_or()) != null) {
                return new CmpopExprPair(CmpOpKind.NotEq, a);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    @Override
    protected final Object leftRecursiveBody(int type) {
        return switch (type) {
            case BITWISE_OR -> bitwise_or_raw();
            case BITWISE_XOR -> bitwise_xor_raw();
            case BITWISE_AND -> bitwise_and_raw();
            case SHIFT_EXPR -> shift_expr_raw();
            case SUM -> sum_raw();
            case TERM -> term_raw();
            case PRIMARY -> primary_raw();
            case T_PRIMARY -> t_primary_raw();
            default -> super.leftRecursiveBody(type);
        };
    }

    // Bitwise and arithmetic operators (left-recursive)

    protected ExprNode bitwise_or() {
        return (ExprNode) leftRecursive(BITWISE_OR);
    }

    private ExprNode bitwise_or_raw() {
        return binOpRaw(BITWISE_OR);
    }

    protected ExprNode bitwise_xor() {
        return (ExprNode) leftRecursive(BITWISE_XOR);
    }

    private ExprNode bitwise_xor_raw() {
        return binOpRaw(BITWISE_XOR);
    }

    protected ExprNode bitwise_and() {
        return (ExprNode) leftRecursive(BITWISE_AND);
    }

    private ExprNode bitwise_and_raw() {
        return binOpRaw(BITWISE_AND);
    }

    protected ExprNode shift_expr() {
        return (ExprNode) leftRecursive(SHIFT_EXPR);
    }

    private ExprNode shift_expr_raw() {
        return binOpRaw(SHIFT_EXPR);
    }

    protected ExprNode sum() {
        return (ExprNode) leftRecursive(SUM);
    }

    private ExprNode sum_raw() {
        return binOpRaw(SUM);
    }

    protected ExprNode term() {
        return (ExprNode) leftRecursive(TERM);
    }

    private ExprNode term_raw() {
        return binOpRaw(TERM);
    }

    private ExprNode binOpOperand(int level) {
        return switch (level) {
            case BITWISE_OR -> bitwise_or();
            case BITWISE_XOR -> bitwise_xor();
            case BITWISE_AND -> bitwise_and();
            case SHIFT_EXPR -> shift_expr();
            case SUM -> sum();
            case TERM -> term();
            default -> throw new IllegalStateException();
        };
    }

    private ExprNode binOpNext(int level) {
        return switch (level) {
            case BITWISE_OR -> bitwise_xor();
            case BITWISE_XOR -> bitwise_and();
            case BITWISE_AND -> shift_expr();
            case SHIFT_EXPR -> sum();
            case SUM -> term();
            case TERM -> factor();
            default -> throw new IllegalStateException();
        };
    }

    private static final TokenType[] OR_OPS = {VBAR};
    private static final OperatorKind[] OR_KINDS = {OperatorKind.BitOr};
    private static final TokenType[] XOR_OPS = {CIRCUMFLEX};
    private static final OperatorKind[] XOR_KINDS = {OperatorKind.BitXor};
    private static final TokenType[] AND_OPS = {AMPER};
    private static final OperatorKind[] AND_KINDS = {OperatorKind.BitAnd};
    private static final TokenType[] SHIFT_OPS = {LEFTSHIFT, RIGHTSHIFT};
    private static final OperatorKind[] SHIFT_KINDS = {OperatorKind.LShift, OperatorKind.RShift};
    private static final TokenType[] SUM_OPS = {PLUS, MINUS};
    private static final OperatorKind[] SUM_KINDS = {OperatorKind.Add, OperatorKind.Sub};
    private static final TokenType[] TERM_OPS = {STAR, SLASH, DOUBLESLASH, PERCENT, AT};
    private static final OperatorKind[] TERM_KINDS = {OperatorKind.Mult, OperatorKind.Div, OperatorKind.FloorDiv,
        OperatorKind.Mod, OperatorKind.MatMult};

    /** The body of a left-recursive binary-operator rule: one alternative per operator, then the next level. */
    private ExprNode binOpRaw(int level) {
        enter();
        try {
            TokenType[] ops;
            OperatorKind[] kinds;
            switch (level) {
                case BITWISE_OR -> {
                    ops = OR_OPS;
                    kinds = OR_KINDS;
                }
                case BITWISE_XOR -> {
                    ops = XOR_OPS;
                    kinds = XOR_KINDS;
                }
                case BITWISE_AND -> {
                    ops = AND_OPS;
                    kinds = AND_KINDS;
                }
                case SHIFT_EXPR -> {
                    ops = SHIFT_OPS;
                    kinds = SHIFT_KINDS;
                }
                case SUM -> {
                    ops = SUM_OPS;
                    kinds = SUM_KINDS;
                }
                default -> {
                    ops = TERM_OPS;
                    kinds = TERM_KINDS;
                }
            }
            int m = mark();
            for (int i = 0; i < ops.length; i++) {
                ExprNode a;
                ExprNode b;
                if ((a = binOpOperand(level)) != null && expect(ops[i]) != null && (b = binOpNext(level)) != null) {
                    return new BinOp(a, kinds[i], b, sl(m), sc(m), el(), ec());
                }
                reset(m);
            }
            if (callInvalidRules) {
                if (level == SHIFT_EXPR) {
                    invalid_arithmetic();
                    reset(m);
                } else if (level == TERM) {
                    invalid_factor();
                    reset(m);
                }
            }
            ExprNode a = binOpNext(level);
            if (a != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion */
    private Object invalid_arithmetic() {
        enter();
        try {
            int m = mark();
            Token a;
            ExprNode b;
            if (sum() != null && (expect(PLUS) != null || expect(MINUS) != null || expect(STAR) != null
                    || expect(SLASH) != null || expect(PERCENT) != null || expect(DOUBLESLASH) != null
                    || expect(AT) != null) && (a = keyword("not")) != null && (b = inversion()) != null) {
                return raiseSyntaxErrorKnownRange(a, b, "'not' after an operator must be parenthesized");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_factor: ('+' | '-' | '~') a='not' b=factor */
    private Object invalid_factor() {
        enter();
        try {
            int m = mark();
            Token a;
            ExprNode b;
            if ((expect(PLUS) != null || expect(MINUS) != null || expect(TILDE) != null)
                    && (a = keyword("not")) != null && (b = factor()) != null) {
                return raiseSyntaxErrorKnownRange(a, b, "'not' after an operator must be parenthesized");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** factor (memo): '+' factor | '-' factor | '~' factor | power */
    protected ExprNode factor() {
        enter();
        try {
            Object r = memoLookup(FACTOR);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = null;
            ExprNode a;
            if (expect(PLUS) != null && (a = factor()) != null) {
                res = new UnaryOp(UnaryOpKind.UAdd, a, sl(m), sc(m), el(), ec());
            } else {
                reset(m);
                if (expect(MINUS) != null && (a = factor()) != null) {
                    res = new UnaryOp(UnaryOpKind.USub, a, sl(m), sc(m), el(), ec());
                } else {
                    reset(m);
                    if (expect(TILDE) != null && (a = factor()) != null) {
                        res = new UnaryOp(UnaryOpKind.Invert, a, sl(m), sc(m), el(), ec());
                    } else {
                        reset(m);
                        if ((a = power()) != null) {
                            res = a;
                        } else {
                            reset(m);
                        }
                    }
                }
            }
            memoStore(m, FACTOR, res);
            return res;
        } finally {
            leave();
        }
    }

    /** power: await_primary '**' factor | await_primary */
    protected ExprNode power() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            ExprNode b;
            if ((a = await_primary()) != null && expect(DOUBLESTAR) != null && (b = factor()) != null) {
                return new BinOp(a, OperatorKind.Pow, b, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = await_primary()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** await_primary (memo): 'await' primary | primary */
    protected ExprNode await_primary() {
        enter();
        try {
            Object r = memoLookup(AWAIT_PRIMARY);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = null;
            ExprNode a;
            if (keyword("await") != null && (a = primary()) != null) {
                res = new Await(a, sl(m), sc(m), el(), ec());
            } else {
                reset(m);
                if ((a = primary()) != null) {
                    res = a;
                } else {
                    reset(m);
                }
            }
            memoStore(m, AWAIT_PRIMARY, res);
            return res;
        } finally {
            leave();
        }
    }

    /**
     * primary (left-recursive): primary '.' NAME | primary genexp | primary '(' [arguments] ')'
     * | primary '[' slices ']' | atom
     */
    protected ExprNode primary() {
        return (ExprNode) leftRecursive(PRIMARY);
    }

    private ExprNode primary_raw() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            ExprNode b;
            Name n;
            if ((a = primary()) != null && expect(DOT) != null && (n = name()) != null) {
                return new Attribute(a, n.id, ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = primary()) != null && (b = genexp()) != null) {
                return new Call(a, singleton(b), List.of(), sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = primary()) != null && expect(LPAR) != null) {
                Call c = arguments();
                if (expect(RPAR) != null) {
                    return new Call(a, c != null ? c.args : List.of(), c != null ? c.keywords : List.of(),
                            sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if ((a = primary()) != null && expect(LSQB) != null && (b = slices()) != null && expect(RSQB) != null) {
                return new Subscript(a, b, ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = atom()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    protected ExprNode slices() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = slice()) != null && !check(COMMA)) {
                return a;
            }
            reset(m);
            List<ExprNode> l = gatherSliceOrStarred();
            if (l != null) {
                expect(COMMA);
                return new Tuple(l, ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private ExprNode sliceOrStarred() {
        enter();
        try {
            int m = mark();
            ExprNode e = slice();
            if (e != null) {
                return e;
            }
            reset(m);
            e = starred_expression();
            if (e != null) {
                return e;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<ExprNode> gatherSliceOrStarred() {
        enter();
        try {
            ExprNode e = sliceOrStarred();
            if (e == null) {
                return null;
            }
            ArrayList<ExprNode> r = new ArrayList<>();
            r.add(e);
            while (true) {
                int m = mark();
                if (expect(COMMA) != null && (e = sliceOrStarred()) != null) {
                    r.add(e);
                } else {
                    reset(m);
                    return r;
                }
            }
        } finally {
            leave();
        }
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    protected ExprNode slice() {
        enter();
        try {
            int m = mark();
            ExprNode a = expression();
            if (expect(COLON) != null) {
                ExprNode b = expression();
                ExprNode c = null;
                int m2 = mark();
                if (expect(COLON) != null) {
                    c = expression();
                } else {
                    reset(m2);
                }
                return new Slice(a, b, c, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = named_expression()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * atom: NAME | 'True' | 'False' | 'None' | &(STRING|FSTRING_START) strings | NUMBER
     * | &'(' (tuple | group | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
     */
    protected ExprNode atom() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = name()) != null) {
                return a;
            }
            if (keyword("True") != null) {
                return new Constant(Boolean.TRUE, null, sl(m), sc(m), el(), ec());
            }
            if (keyword("False") != null) {
                return new Constant(Boolean.FALSE, null, sl(m), sc(m), el(), ec());
            }
            if (keyword("None") != null) {
                return new Constant(null, null, sl(m), sc(m), el(), ec());
            }
            // &(STRING|FSTRING_START): CPython's lookahead calls a group helper, one level deeper
            enter();
            leave();
            if ((check(STRING) || check(FSTRING_START)) && (a = strings()) != null) {
                return a;
            }
            reset(m);
            if ((a = number()) != null) {
                return a;
            }
            if (check(LPAR)) {
                if ((a = tupleGroupGenexp()) != null) {
                    return a;
                }
                reset(m);
            }
            if (check(LSQB)) {
                if ((a = listOrListcomp()) != null) {
                    return a;
                }
                reset(m);
            }
            if (check(LBRACE)) {
                if ((a = dictSetComps()) != null) {
                    return a;
                }
                reset(m);
            }
            if (expect(ELLIPSIS) != null) {
                return new Constant(EllipsisValue.INSTANCE, null, sl(m), sc(m), el(), ec());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private ExprNode tupleGroupGenexp() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = tuple()) != null) {
                return a;
            }
            reset(m);
            if ((a = group()) != null) {
                return a;
            }
            reset(m);
            if ((a = genexp()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private ExprNode listOrListcomp() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = list()) != null) {
                return a;
            }
            reset(m);
            if ((a = listcomp()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private ExprNode dictSetComps() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = dict()) != null) {
                return a;
            }
            reset(m);
            if ((a = set()) != null) {
                return a;
            }
            reset(m);
            if ((a = dictcomp()) != null) {
                return a;
            }
            reset(m);
            if ((a = setcomp()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** NUMBER as a Constant (CPython's _PyPegen_number_token). */
    protected ExprNode number() {
        Token t = expect(NUMBER);
        if (t == null) {
            return null;
        }
        Object v;
        try {
            v = NumberLiteral.parse(t.string());
        } catch (NumberLiteral.TooManyDigits e) {
            return raiseErrorKnownLocation("SyntaxError", t.lineno(), -1, t.endLineno(), -1,
                    e.getMessage() + " - Consider hexadecimal for huge integer literals to avoid decimal"
                            + " conversion limits.");
        }
        return new Constant(v, null, t.lineno(), t.col(), t.endLineno(), t.endCol());
    }

    /** group: '(' (yield_expr | named_expression) ')' | invalid_group */
    protected ExprNode group() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (expect(LPAR) != null && (a = yieldOrNamed()) != null && expect(RPAR) != null) {
                return a;
            }
            reset(m);
            if (callInvalidRules) {
                invalid_group();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    private ExprNode yieldOrNamed() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = yield_expr()) != null) {
                return a;
            }
            reset(m);
            if ((a = named_expression()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
    private Object invalid_group() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            Token t;
            if (expect(LPAR) != null && (a = starred_expression()) != null && expect(RPAR) != null) {
                return raiseSyntaxErrorKnownLocation(a, "cannot use starred expression here");
            }
            reset(m);
            if (expect(LPAR) != null && (t = expect(DOUBLESTAR)) != null && expression() != null
                    && expect(RPAR) != null) {
                return raiseSyntaxErrorKnownLocation(t, "cannot use double starred expression here");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Lambda functions

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    protected ExprNode lambdef() {
        enter();
        try {
            int m = mark();
            if (keyword("lambda") != null) {
                Arguments a = lambda_params();
                ExprNode b;
                if (expect(COLON) != null && (b = expression()) != null) {
                    return new Lambda(a != null ? a : emptyArguments(), b, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** lambda_params: invalid_lambda_parameters | lambda_parameters */
    protected Arguments lambda_params() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_lambda_parameters();
                reset(m);
            }
            Arguments a = lambda_parameters();
            if (a != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** lambda_parameters: the five shapes of a lambda's parameter list. */
    private Arguments lambda_parameters() {
        enter();
        try {
            int m = mark();
            List<Arg> a;
            CoreSlashWithDefault sw;
            // lambda_slash_no_default lambda_param_no_default* lambda_param_with_default* [lambda_star_etc]
            if ((a = lambda_slash_no_default()) != null) {
                List<Arg> b = lambdaParamNoDefaultLoop0();
                List<CoreNameDefaultPair> c = lambdaParamWithDefaultLoop0();
                CoreStarEtc d = lambda_star_etc();
                return makeArguments(a, null, b, c, d);
            }
            reset(m);
            // lambda_slash_with_default lambda_param_with_default* [lambda_star_etc]
            if ((sw = lambda_slash_with_default()) != null) {
                List<CoreNameDefaultPair> b = lambdaParamWithDefaultLoop0();
                CoreStarEtc c = lambda_star_etc();
                return makeArguments(null, sw, null, b, c);
            }
            reset(m);
            // lambda_param_no_default+ lambda_param_with_default* [lambda_star_etc]
            a = lambdaParamNoDefaultLoop0();
            if (!a.isEmpty()) {
                List<CoreNameDefaultPair> b = lambdaParamWithDefaultLoop0();
                CoreStarEtc c = lambda_star_etc();
                return makeArguments(null, null, a, b, c);
            }
            reset(m);
            // lambda_param_with_default+ [lambda_star_etc]
            List<CoreNameDefaultPair> wd = lambdaParamWithDefaultLoop0();
            if (!wd.isEmpty()) {
                CoreStarEtc c = lambda_star_etc();
                return makeArguments(null, null, null, wd, c);
            }
            reset(m);
            CoreStarEtc se = lambda_star_etc();
            if (se != null) {
                return makeArguments(null, null, null, null, se);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<Arg> lambdaParamNoDefaultLoop0() {
        enter();
        try {
            ArrayList<Arg> r = new ArrayList<>();
            Arg x;
            while ((x = lambda_param_no_default()) != null) {
                r.add(x);
            }
            return r;
        } finally {
            leave();
        }
    }

    private List<CoreNameDefaultPair> lambdaParamWithDefaultLoop0() {
        enter();
        try {
            ArrayList<CoreNameDefaultPair> r = new ArrayList<>();
            CoreNameDefaultPair x;
            while ((x = lambda_param_with_default()) != null) {
                r.add(x);
            }
            return r;
        } finally {
            leave();
        }
    }

    private List<CoreNameDefaultPair> lambdaParamMaybeDefaultLoop0() {
        enter();
        try {
            ArrayList<CoreNameDefaultPair> r = new ArrayList<>();
            CoreNameDefaultPair x;
            while ((x = lambda_param_maybe_default()) != null) {
                r.add(x);
            }
            return r;
        } finally {
            leave();
        }
    }

    /** lambda_slash_no_default: lambda_param_no_default+ '/' ',' | lambda_param_no_default+ '/' &':' */
    private List<Arg> lambda_slash_no_default() {
        enter();
        try {
            int m = mark();
            List<Arg> a = lambdaParamNoDefaultLoop0();
            if (!a.isEmpty() && expect(SLASH) != null && expect(COMMA) != null) {
                return a;
            }
            reset(m);
            a = lambdaParamNoDefaultLoop0();
            if (!a.isEmpty() && expect(SLASH) != null && check(COLON)) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** lambda_slash_with_default: lambda_param_no_default* lambda_param_with_default+ '/' (',' | &':') */
    private CoreSlashWithDefault lambda_slash_with_default() {
        enter();
        try {
            int m = mark();
            List<Arg> a = lambdaParamNoDefaultLoop0();
            List<CoreNameDefaultPair> b = lambdaParamWithDefaultLoop0();
            if (!b.isEmpty() && expect(SLASH) != null && expect(COMMA) != null) {
                return new CoreSlashWithDefault(a, b);
            }
            reset(m);
            a = lambdaParamNoDefaultLoop0();
            b = lambdaParamWithDefaultLoop0();
            if (!b.isEmpty() && expect(SLASH) != null && check(COLON)) {
                return new CoreSlashWithDefault(a, b);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * lambda_star_etc: invalid_lambda_star_etc | '*' lambda_param_no_default lambda_param_maybe_default*
     * [lambda_kwds] | '*' ',' lambda_param_maybe_default+ [lambda_kwds] | lambda_kwds
     */
    private CoreStarEtc lambda_star_etc() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_lambda_star_etc();
                reset(m);
            }
            Arg a;
            if (expect(STAR) != null && (a = lambda_param_no_default()) != null) {
                List<CoreNameDefaultPair> b = lambdaParamMaybeDefaultLoop0();
                Arg c = lambda_kwds();
                return new CoreStarEtc(a, b, c);
            }
            reset(m);
            if (expect(STAR) != null && expect(COMMA) != null) {
                List<CoreNameDefaultPair> b = lambdaParamMaybeDefaultLoop0();
                if (!b.isEmpty()) {
                    Arg c = lambda_kwds();
                    return new CoreStarEtc(null, b, c);
                }
            }
            reset(m);
            if ((a = lambda_kwds()) != null) {
                return new CoreStarEtc(null, null, a);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default */
    private Arg lambda_kwds() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_lambda_kwds();
                reset(m);
            }
            Arg a;
            if (expect(DOUBLESTAR) != null && (a = lambda_param_no_default()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** lambda_param_no_default: lambda_param ',' | lambda_param &':' */
    private Arg lambda_param_no_default() {
        enter();
        try {
            int m = mark();
            Arg a;
            if ((a = lambda_param()) != null && expect(COMMA) != null) {
                return a;
            }
            reset(m);
            if ((a = lambda_param()) != null && check(COLON)) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** lambda_param_with_default: lambda_param default ',' | lambda_param default &':' */
    private CoreNameDefaultPair lambda_param_with_default() {
        enter();
        try {
            int m = mark();
            Arg a;
            ExprNode c;
            if ((a = lambda_param()) != null && (c = default_()) != null && expect(COMMA) != null) {
                return new CoreNameDefaultPair(a, c);
            }
            reset(m);
            if ((a = lambda_param()) != null && (c = default_()) != null && check(COLON)) {
                return new CoreNameDefaultPair(a, c);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** lambda_param_maybe_default: lambda_param default? ',' | lambda_param default? &':' */
    private CoreNameDefaultPair lambda_param_maybe_default() {
        enter();
        try {
            int m = mark();
            Arg a;
            ExprNode c;
            if ((a = lambda_param()) != null) {
                c = default_();
                if (expect(COMMA) != null) {
                    return new CoreNameDefaultPair(a, c);
                }
            }
            reset(m);
            if ((a = lambda_param()) != null) {
                c = default_();
                if (check(COLON)) {
                    return new CoreNameDefaultPair(a, c);
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** lambda_param: NAME */
    private Arg lambda_param() {
        enter();
        try {
            int m = mark();
            Name a;
            if ((a = name()) != null) {
                return new Arg(a.id, null, null, sl(m), sc(m), el(), ec());
            }
            return null;
        } finally {
            leave();
        }
    }

    /** default: '=' expression | invalid_default (python.gram's {@code default}; shared with def). */
    protected ExprNode default_() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (expect(EQUAL) != null && (a = expression()) != null) {
                return a;
            }
            reset(m);
            if (callInvalidRules) {
                invalid_default();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_default: '=' &(')'|',') */
    private Object invalid_default() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = expect(EQUAL)) != null && (check(RPAR) || check(COMMA))) {
                return raiseSyntaxErrorKnownLocation(a, "expected default value expression");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_lambda_parameters. */
    private Object invalid_lambda_parameters() {
        enter();
        try {
            int m = mark();
            Token a;
            Token b;
            // "/" ','
            if ((a = expect(SLASH)) != null && expect(COMMA) != null) {
                return raiseSyntaxErrorKnownLocation(a, "at least one argument must precede /");
            }
            reset(m);
            // (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* '/'
            if (lambdaSlashNoOrWithDefault() && lambdaParamMaybeDefaultLoop0() != null
                    && (a = expect(SLASH)) != null) {
                return raiseSyntaxErrorKnownLocation(a, "/ may appear only once");
            }
            reset(m);
            // lambda_slash_no_default? lambda_param_no_default* invalid_lambda_parameters_helper
            //     a=lambda_param_no_default
            lambda_slash_no_default();
            lambdaParamNoDefaultLoop0();
            Arg pa;
            if (invalid_lambda_parameters_helper() && (pa = lambda_param_no_default()) != null) {
                return raiseSyntaxErrorKnownLocation(pa,
                        "parameter without a default follows parameter with a default");
            }
            reset(m);
            // lambda_param_no_default* '(' ','.lambda_param+ ','? ')'
            lambdaParamNoDefaultLoop0();
            if ((a = expect(LPAR)) != null && gatherLambdaParam()) {
                expect(COMMA);
                if ((b = expect(RPAR)) != null) {
                    return raiseSyntaxErrorKnownRange(a, b, "Lambda expression parameters cannot be parenthesized");
                }
            }
            reset(m);
            // (lambda_slash_no_default | lambda_slash_with_default)? lambda_param_maybe_default* '*'
            //     (',' | lambda_param_no_default) lambda_param_maybe_default* '/'
            int m2 = mark();
            if (!lambdaSlashNoOrWithDefault()) {
                reset(m2);
            }
            lambdaParamMaybeDefaultLoop0();
            if (expect(STAR) != null && commaOrLambdaParamNoDefault()) {
                lambdaParamMaybeDefaultLoop0();
                if ((a = expect(SLASH)) != null) {
                    return raiseSyntaxErrorKnownLocation(a, "/ must be ahead of *");
                }
            }
            reset(m);
            // lambda_param_maybe_default+ '/' '*'
            if (!lambdaParamMaybeDefaultLoop0().isEmpty() && expect(SLASH) != null
                    && (a = expect(STAR)) != null) {
                return raiseSyntaxErrorKnownLocation(a, "expected comma between / and *");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private boolean lambdaSlashNoOrWithDefault() {
        enter();
        try {
            int m = mark();
            if (lambda_slash_no_default() != null) {
                return true;
            }
            reset(m);
            if (lambda_slash_with_default() != null) {
                return true;
            }
            reset(m);
            return false;
        } finally {
            leave();
        }
    }

    private boolean commaOrLambdaParamNoDefault() {
        enter();
        try {
            int m = mark();
            if (expect(COMMA) != null) {
                return true;
            }
            if (lambda_param_no_default() != null) {
                return true;
            }
            reset(m);
            return false;
        } finally {
            leave();
        }
    }

    private boolean gatherLambdaParam() {
        enter();
        try {
            if (lambda_param() == null) {
                return false;
            }
            while (true) {
                int m = mark();
                if (expect(COMMA) == null || lambda_param() == null) {
                    reset(m);
                    return true;
                }
            }
        } finally {
            leave();
        }
    }

    /** invalid_lambda_parameters_helper: lambda_slash_with_default | lambda_param_with_default+ */
    private boolean invalid_lambda_parameters_helper() {
        enter();
        try {
            int m = mark();
            if (lambda_slash_with_default() != null) {
                return true;
            }
            reset(m);
            if (!lambdaParamWithDefaultLoop0().isEmpty()) {
                return true;
            }
            reset(m);
            return false;
        } finally {
            leave();
        }
    }

    /** invalid_lambda_star_etc. */
    private Object invalid_lambda_star_etc() {
        enter();
        try {
            int m = mark();
            Token a;
            // '*' (':' | ',' (':' | '**'))
            if (expect(STAR) != null) {
                int m2 = mark();
                boolean ok = expect(COLON) != null;
                if (!ok) {
                    reset(m2);
                    ok = expect(COMMA) != null && (expect(COLON) != null || expect(DOUBLESTAR) != null);
                }
                if (ok) {
                    return raiseSyntaxError("named arguments must follow bare *");
                }
            }
            reset(m);
            // '*' lambda_param a='='
            if (expect(STAR) != null && lambda_param() != null && (a = expect(EQUAL)) != null) {
                return raiseSyntaxErrorKnownLocation(a, "var-positional argument cannot have default value");
            }
            reset(m);
            // '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',')
            if (expect(STAR) != null && lambdaParamNoDefaultOrComma()) {
                lambdaParamMaybeDefaultLoop0();
                if ((a = expect(STAR)) != null && lambdaParamNoDefaultOrComma()) {
                    return raiseSyntaxErrorKnownLocation(a, "* argument may appear only once");
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private boolean lambdaParamNoDefaultOrComma() {
        enter();
        try {
            int m = mark();
            if (lambda_param_no_default() != null) {
                return true;
            }
            reset(m);
            if (expect(COMMA) != null) {
                return true;
            }
            reset(m);
            return false;
        } finally {
            leave();
        }
    }

    /** invalid_lambda_kwds. */
    private Object invalid_lambda_kwds() {
        enter();
        try {
            int m = mark();
            Token a;
            Arg p;
            if (expect(DOUBLESTAR) != null && lambda_param() != null && (a = expect(EQUAL)) != null) {
                return raiseSyntaxErrorKnownLocation(a, "var-keyword argument cannot have default value");
            }
            reset(m);
            if (expect(DOUBLESTAR) != null && lambda_param() != null && expect(COMMA) != null
                    && (p = lambda_param()) != null) {
                return raiseSyntaxErrorKnownLocation(p, "arguments cannot follow var-keyword argument");
            }
            reset(m);
            if (expect(DOUBLESTAR) != null && lambda_param() != null && expect(COMMA) != null) {
                int m2 = mark();
                a = expect(STAR);
                if (a == null) {
                    reset(m2);
                    a = expect(DOUBLESTAR);
                }
                if (a == null) {
                    reset(m2);
                    a = expect(SLASH);
                }
                if (a != null) {
                    return raiseSyntaxErrorKnownLocation(a, "arguments cannot follow var-keyword argument");
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // LITERALS: f-strings and strings

    /** fstring_middle: fstring_replacement_field | FSTRING_MIDDLE */
    private ExprNode fstring_middle() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = fstring_replacement_field()) != null) {
                return a;
            }
            reset(m);
            Token t;
            if ((t = expect(FSTRING_MIDDLE)) != null) {
                // The action decodes the token's bytes as UTF-8 (_PyPegen_constant_from_string), so invalid
                // UTF-8 inside an f-string is a plain UnicodeDecodeError, positions counted from the token.
                Utf8.DecodeError bad = Utf8.check(tokenizer.source(), t.start(), t.end());
                if (bad != null) {
                    throw new PySyntaxError("UnicodeDecodeError", bad.message(), filename, PySyntaxError.NONE,
                            PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
                }
                return new Constant(t.string(), null, t.lineno(), t.col(), t.endLineno(), t.endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** A ResultTokenWithMetadata: a conversion Name or a format-spec JoinedStr, and its token's metadata. */
    private record ResultWithMetadata(ExprNode result, String metadata) {
    }

    /**
     * fstring_replacement_field: '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}'
     * | invalid_replacement_field
     */
    protected ExprNode fstring_replacement_field() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (expect(LBRACE) != null && (a = annotated_rhs()) != null) {
                Token debug = expect(EQUAL);
                int m2 = mark();
                ResultWithMetadata conversion = fstring_conversion();
                if (conversion == null) {
                    reset(m2);
                }
                int m3 = mark();
                ResultWithMetadata format = fstring_full_format_spec();
                if (format == null) {
                    reset(m3);
                }
                Token rbrace;
                if ((rbrace = expect(RBRACE)) != null) {
                    return formattedValue(a, debug, conversion, format, rbrace, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if (callInvalidRules) {
                invalid_replacement_field();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** fstring_conversion: "!" NAME */
    private ResultWithMetadata fstring_conversion() {
        enter();
        try {
            int m = mark();
            Token convToken;
            Name conv;
            if ((convToken = expect(EXCLAMATION)) != null && (conv = name()) != null) {
                // _PyPegen_check_fstring_conversion
                if (convToken.lineno() != conv.lineno || convToken.endCol() != conv.col_offset) {
                    return raiseSyntaxErrorKnownRange(convToken, conv,
                            "f-string: conversion type must come right after the exclamanation mark");
                }
                return new ResultWithMetadata(conv, convToken.metadata());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** fstring_full_format_spec: ':' fstring_format_spec* */
    private ResultWithMetadata fstring_full_format_spec() {
        enter();
        try {
            int m = mark();
            Token colon;
            if ((colon = expect(COLON)) != null) {
                ArrayList<ExprNode> spec = new ArrayList<>();
                enter();
                ExprNode x;
                while ((x = fstring_format_spec()) != null) {
                    spec.add(x);
                }
                leave();
                return setupFullFormatSpec(colon, spec, sl(m), sc(m), el(), ec());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field */
    private ExprNode fstring_format_spec() {
        enter();
        try {
            int m = mark();
            Token t;
            if ((t = expect(FSTRING_MIDDLE)) != null) {
                // _PyPegen_decoded_constant_from_token: escapes are decoded even in a raw f-string
                return new Constant(decodeLiteral(false, t.string(), t), null, t.lineno(), t.col(), t.endLineno(),
                        t.endCol());
            }
            ExprNode a;
            if ((a = fstring_replacement_field()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** fstring: FSTRING_START fstring_middle* FSTRING_END */
    protected ExprNode fstring() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = expect(FSTRING_START)) != null) {
                ArrayList<ExprNode> b = new ArrayList<>();
                enter();
                ExprNode x;
                while ((x = fstring_middle()) != null) {
                    b.add(x);
                }
                leave();
                Token c;
                if ((c = expect(FSTRING_END)) != null) {
                    return joinedStr(a, b, c);
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** string: STRING */
    protected ExprNode string() {
        enter();
        try {
            Token t = expect(STRING);
            if (t == null) {
                return null;
            }
            return constantFromString(t);
        } finally {
            leave();
        }
    }

    /** strings (memo): (fstring | string)+ */
    protected ExprNode strings() {
        enter();
        try {
            Object r = memoLookup(STRINGS);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ArrayList<ExprNode> a = new ArrayList<>();
            enter();
            while (true) {
                int m2 = mark();
                ExprNode x = fstringOrString();
                if (x == null) {
                    reset(m2);
                    break;
                }
                a.add(x);
            }
            leave();
            ExprNode res = null;
            if (!a.isEmpty()) {
                res = concatenateStrings(a, sl(m), sc(m), el(), ec());
            } else {
                reset(m);
            }
            memoStore(m, STRINGS, res);
            return res;
        } finally {
            leave();
        }
    }

    private ExprNode fstringOrString() {
        enter();
        try {
            int m = mark();
            ExprNode x;
            if ((x = fstring()) != null) {
                return x;
            }
            reset(m);
            if ((x = string()) != null) {
                return x;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_replacement_field (3.13's f-string replacement field errors). */
    private Object invalid_replacement_field() {
        enter();
        try {
            int m = mark();
            Token a;
            if (expect(LBRACE) != null && (a = expect(EQUAL)) != null) {
                return raiseSyntaxErrorKnownLocation(a, "f-string: valid expression required before '='");
            }
            reset(m);
            if (expect(LBRACE) != null && (a = expect(EXCLAMATION)) != null) {
                return raiseSyntaxErrorKnownLocation(a, "f-string: valid expression required before '!'");
            }
            reset(m);
            if (expect(LBRACE) != null && (a = expect(COLON)) != null) {
                return raiseSyntaxErrorKnownLocation(a, "f-string: valid expression required before ':'");
            }
            reset(m);
            if (expect(LBRACE) != null && (a = expect(RBRACE)) != null) {
                return raiseSyntaxErrorKnownLocation(a, "f-string: valid expression required before '}'");
            }
            reset(m);
            // '{' !annotated_rhs
            if (expect(LBRACE) != null) {
                int m2 = mark();
                boolean has = annotated_rhs() != null;
                reset(m2);
                if (!has) {
                    return raiseSyntaxErrorOnNextToken("f-string: expecting a valid expression after '{'");
                }
            }
            reset(m);
            // '{' annotated_rhs !('=' | '!' | ':' | '}')
            if (expect(LBRACE) != null && annotated_rhs() != null && !check(EQUAL) && !check(EXCLAMATION)
                    && !check(COLON) && !check(RBRACE)) {
                return raiseSyntaxErrorOnNextToken("f-string: expecting '=', or '!', or ':', or '}'");
            }
            reset(m);
            // '{' annotated_rhs '=' !('!' | ':' | '}')
            if (expect(LBRACE) != null && annotated_rhs() != null && expect(EQUAL) != null && !check(EXCLAMATION)
                    && !check(COLON) && !check(RBRACE)) {
                return raiseSyntaxErrorOnNextToken("f-string: expecting '!', or ':', or '}'");
            }
            reset(m);
            // '{' annotated_rhs '='? invalid_conversion_character
            if (expect(LBRACE) != null && annotated_rhs() != null) {
                expect(EQUAL);
                invalid_conversion_character();
            }
            reset(m);
            // '{' annotated_rhs '='? ['!' NAME] !(':' | '}')
            if (expect(LBRACE) != null && annotated_rhs() != null) {
                expect(EQUAL);
                optBangName();
                if (!check(COLON) && !check(RBRACE)) {
                    return raiseSyntaxErrorOnNextToken("f-string: expecting ':' or '}'");
                }
            }
            reset(m);
            // '{' annotated_rhs '='? ['!' NAME] ':' fstring_format_spec* !'}'
            if (expect(LBRACE) != null && annotated_rhs() != null) {
                expect(EQUAL);
                optBangName();
                if (expect(COLON) != null) {
                    enter();
                    while (fstring_format_spec() != null) {
                        // consume
                    }
                    leave();
                    if (!check(RBRACE)) {
                        return raiseSyntaxErrorOnNextToken("f-string: expecting '}', or format specs");
                    }
                }
            }
            reset(m);
            // '{' annotated_rhs '='? ['!' NAME] !'}'
            if (expect(LBRACE) != null && annotated_rhs() != null) {
                expect(EQUAL);
                optBangName();
                if (!check(RBRACE)) {
                    return raiseSyntaxErrorOnNextToken("f-string: expecting '}'");
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private void optBangName() {
        enter();
        int m = mark();
        if (!(expect(EXCLAMATION) != null && nameToken() != null)) {
            reset(m);
        }
        leave();
    }

    /** invalid_conversion_character: '!' &(':' | '}') | '!' !NAME */
    private Object invalid_conversion_character() {
        enter();
        try {
            int m = mark();
            if (expect(EXCLAMATION) != null && (check(COLON) || check(RBRACE))) {
                return raiseSyntaxErrorOnNextToken("f-string: missing conversion character");
            }
            reset(m);
            if (expect(EXCLAMATION) != null) {
                int m2 = mark();
                boolean isName = nameToken() != null;
                reset(m2);
                if (!isName) {
                    return raiseSyntaxErrorOnNextToken("f-string: invalid conversion character");
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // f-string / string action helpers (action_helpers.c)

    /** Decodes literal text, turning codec errors into CPython's "(unicode error) ..." SyntaxError. */
    private Object decodeLiteral(boolean raw, String s, Token t) {
        try {
            return StrLiteral.decodeString(raw, s);
        } catch (StrLiteral.DecodeError e) {
            return raiseSyntaxError("(" + e.errtype + ") " + e.getMessage());
        }
    }

    /** _PyPegen_constant_from_string. */
    private ExprNode constantFromString(Token t) {
        Object v;
        String s = t.string();
        if (s.indexOf('\uFFFD') >= 0 && t.start() >= 0 && !isBytesLiteral(s)) {
            // the source bytes may not be UTF-8 here: decode them as CPython does
            String err = StrUtf8.stringLiteralError(tokenizer.source(), t.start(), t.end());
            if (err != null) {
                return raiseSyntaxError("(unicode error) " + err);
            }
        }
        try {
            v = StrLiteral.parseString(s);
        } catch (StrLiteral.DecodeError e) {
            return raiseSyntaxError("(" + e.errtype + ") " + e.getMessage());
        } catch (StrLiteral.NonAsciiBytes e) {
            return raiseSyntaxErrorKnownLocation(t, "bytes can only contain ASCII literal characters");
        }
        String warning = s.indexOf('\\') >= 0 ? StrLiteral.invalidEscapeWarning(s) : null;
        if (warning != null) {
            tokenizer.warnings().add(new dev.kaa.compiler.tokenize.TokenizerWarning(t.lineno(), warning));
        }
        String kind = s.charAt(0) == 'u' ? "u" : null;
        return new Constant(v, kind, t.lineno(), t.col(), t.endLineno(), t.endCol());
    }

    private static boolean isBytesLiteral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'b' || c == 'B') {
                return true;
            }
            if (c == '\'' || c == '"') {
                return false;
            }
        }
        return false;
    }

    private static boolean isEmptyStr(ExprNode e) {
        return e instanceof Constant c && c.value instanceof String s && s.isEmpty();
    }

    /** _PyPegen_joined_str: decode the literal parts, drop the empty ones. */
    private ExprNode joinedStr(Token a, List<ExprNode> raw, Token b) {
        ArrayList<ExprNode> expr = new ArrayList<>(raw.size());
        for (ExprNode e : raw) {
            if (e instanceof JoinedStr j) {
                expr.addAll(j.values);
            } else {
                expr.add(e);
            }
        }
        String quote = a.string();
        boolean isRaw = quote.indexOf('r') >= 0 || quote.indexOf('R') >= 0;
        ArrayList<ExprNode> seq = new ArrayList<>(expr.size());
        for (ExprNode item : expr) {
            if (item instanceof Constant c) {
                String bstr = (String) c.value;
                if (bstr.equals("{{") || bstr.equals("}}")) {
                    bstr = bstr.substring(0, 1);
                }
                boolean raw2 = isRaw || bstr.indexOf('\\') < 0;
                Object v = decodeLiteral(raw2, bstr, b);
                item = new Constant(v, null, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset);
                if (v instanceof String s && s.isEmpty()) {
                    continue;
                }
            }
            seq.add(item);
        }
        return new JoinedStr(seq, a.lineno(), a.col(), b.endLineno(), b.endCol());
    }

    /** _PyPegen_setup_full_format_spec. */
    private ResultWithMetadata setupFullFormatSpec(Token colon, List<ExprNode> spec, int lineno, int col,
                                                   int endLineno, int endCol) {
        ArrayList<ExprNode> s = new ArrayList<>(spec.size());
        for (ExprNode item : spec) {
            if (!isEmptyStr(item)) {
                s.add(item);
            }
        }
        ExprNode res;
        if (s.isEmpty() || (s.size() == 1 && s.get(0) instanceof Constant)) {
            res = new JoinedStr(s, lineno, col, endLineno, endCol);
        } else {
            res = concatenateStrings(s, lineno, col, endLineno, endCol);
        }
        return new ResultWithMetadata(res, colon.metadata());
    }

    /** _PyPegen_formatted_value. */
    private ExprNode formattedValue(ExprNode expression, Token debug, ResultWithMetadata conversion,
                                    ResultWithMetadata format, Token closingBrace, int lineno, int col,
                                    int endLineno, int endCol) {
        int conversionVal = -1;
        if (conversion != null) {
            Name conv = (Name) conversion.result();
            String id = conv.id;
            int first = id.codePointAt(0);
            if (id.codePointCount(0, id.length()) > 1 || !(first == 's' || first == 'r' || first == 'a')) {
                return raiseSyntaxErrorKnownLocation(conv, "f-string: invalid conversion character "
                        + AstRepr.repr(id) + ": expected 's', 'r', or 'a'");
            }
            conversionVal = first;
        } else if (debug != null && format == null) {
            conversionVal = 'r';
        }
        FormattedValue fv = new FormattedValue(expression, conversionVal, format != null ? format.result() : null,
                lineno, col, endLineno, endCol);
        if (debug == null) {
            return fv;
        }
        int debugEndLine;
        int debugEndOffset;
        String debugMetadata;
        if (conversion != null) {
            debugEndLine = conversion.result().lineno;
            debugEndOffset = conversion.result().col_offset;
            debugMetadata = conversion.metadata();
        } else if (format != null) {
            debugEndLine = format.result().lineno;
            debugEndOffset = format.result().col_offset + 1;
            debugMetadata = format.metadata();
        } else {
            debugEndLine = endLineno;
            debugEndOffset = endCol;
            debugMetadata = closingBrace.metadata();
        }
        Constant debugText = new Constant(debugMetadata, null, lineno, col + 1, debugEndLine, debugEndOffset - 1);
        ArrayList<ExprNode> values = new ArrayList<>(2);
        values.add(debugText);
        values.add(fv);
        return new JoinedStr(values, lineno, col, debugEndLine, debugEndOffset);
    }

    /** _PyPegen_concatenate_strings. */
    private ExprNode concatenateStrings(List<ExprNode> strings, int lineno, int col, int endLineno, int endCol) {
        int len = strings.size();
        boolean fStringFound = false;
        boolean unicodeStringFound = false;
        boolean bytesFound = false;
        int nFlattened = 0;
        for (ExprNode elem : strings) {
            switch (elem) {
                case Constant c -> {
                    if (c.value instanceof byte[]) {
                        bytesFound = true;
                    } else {
                        unicodeStringFound = true;
                    }
                    nFlattened++;
                }
                case JoinedStr j -> {
                    nFlattened += j.values.size();
                    fStringFound = true;
                }
                default -> {
                    nFlattened++;
                    fStringFound = true;
                }
            }
        }
        if ((unicodeStringFound || fStringFound) && bytesFound) {
            return raiseSyntaxError("cannot mix bytes and nonbytes literals");
        }
        if (bytesFound) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (ExprNode elem : strings) {
                byte[] b = (byte[]) ((Constant) elem).value;
                out.write(b, 0, b.length);
            }
            return new Constant(out.toByteArray(), ((Constant) strings.get(0)).kind, lineno, col, endLineno, endCol);
        }
        if (!fStringFound && len == 1) {
            return strings.get(0);
        }
        ArrayList<ExprNode> flattened = new ArrayList<>(nFlattened);
        for (ExprNode elem : strings) {
            if (elem instanceof JoinedStr j) {
                flattened.addAll(j.values);
            } else {
                flattened.add(elem);
            }
        }
        ArrayList<ExprNode> values = new ArrayList<>();
        int n = flattened.size();
        for (int i = 0; i < n; i++) {
            ExprNode elem = flattened.get(i);
            if (elem instanceof Constant first) {
                if (i + 1 < n && flattened.get(i + 1) instanceof Constant) {
                    String kind = first.kind;
                    ExprNode lastElem = elem;
                    StringBuilder sb = new StringBuilder();
                    boolean pyStr = false;
                    int j;
                    for (j = i; j < n; j++) {
                        ExprNode cur = flattened.get(j);
                        if (cur instanceof Constant cc) {
                            if (cc.value instanceof PyStr) {
                                pyStr = true;
                            }
                            appendStr(sb, cc.value);
                            lastElem = cur;
                        } else {
                            break;
                        }
                    }
                    Object v = pyStr ? concatRange(flattened, i, j) : sb.toString();
                    i = j - 1;
                    elem = new Constant(v, kind, first.lineno, first.col_offset, lastElem.end_lineno,
                            lastElem.end_col_offset);
                }
                if (fStringFound && isEmptyStrValue(((Constant) elem).value)) {
                    continue;
                }
            }
            values.add(elem);
        }
        if (!fStringFound) {
            return values.get(0);
        }
        return new JoinedStr(values, lineno, col, endLineno, endCol);
    }

    private static boolean isEmptyStrValue(Object v) {
        return v instanceof String s && s.isEmpty() || v instanceof PyStr p && p.codePoints().length == 0;
    }

    private static void appendStr(StringBuilder sb, Object v) {
        if (v instanceof String s) {
            sb.append(s);
        } else if (v instanceof PyStr p) {
            for (int cp : p.codePoints()) {
                sb.appendCodePoint(cp);
            }
        }
    }

    /** The concatenation of the constants at indexes [from, to), as a PyStr. */
    private static Object concatRange(List<ExprNode> flattened, int from, int to) {
        int total = 0;
        for (int k = from; k < to; k++) {
            Object v = ((Constant) flattened.get(k)).value;
            total += v instanceof PyStr p ? p.codePoints().length : ((String) v).codePointCount(0,
                    ((String) v).length());
        }
        int[] cps = new int[total];
        int o = 0;
        for (int k = from; k < to; k++) {
            Object v = ((Constant) flattened.get(k)).value;
            if (v instanceof PyStr p) {
                System.arraycopy(p.codePoints(), 0, cps, o, p.codePoints().length);
                o += p.codePoints().length;
            } else {
                String s = (String) v;
                for (int q = 0; q < s.length(); ) {
                    int cp = s.codePointAt(q);
                    cps[o++] = cp;
                    q += Character.charCount(cp);
                }
            }
        }
        return new PyStr(cps);
    }

    // ------------------------------------------------------------------------------------------------
    // Displays: list, tuple, set, dict

    /** list: '[' [star_named_expressions] ']' */
    protected ExprNode list() {
        enter();
        try {
            int m = mark();
            if (expect(LSQB) != null) {
                List<ExprNode> a = star_named_expressions();
                if (expect(RSQB) != null) {
                    return new ListExpr(a != null ? a : List.of(), ExprContext.Load, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
    protected ExprNode tuple() {
        enter();
        try {
            int m = mark();
            if (expect(LPAR) != null) {
                List<ExprNode> a = tupleContents();
                if (expect(RPAR) != null) {
                    return new Tuple(a != null ? a : List.of(), ExprContext.Load, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<ExprNode> tupleContents() {
        enter();
        try {
            int m = mark();
            ExprNode y;
            if ((y = star_named_expression()) != null && expect(COMMA) != null) {
                List<ExprNode> z = star_named_expressions();
                return insertInFront(y, z);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** set: '{' star_named_expressions '}' */
    protected ExprNode set() {
        enter();
        try {
            int m = mark();
            List<ExprNode> a;
            if (expect(LBRACE) != null && (a = star_named_expressions()) != null && expect(RBRACE) != null) {
                return new SetExpr(a, sl(m), sc(m), el(), ec());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
    protected ExprNode dict() {
        enter();
        try {
            int m = mark();
            if (expect(LBRACE) != null) {
                List<KeyValuePair> a = double_starred_kvpairs();
                if (expect(RBRACE) != null) {
                    ArrayList<ExprNode> keys = new ArrayList<>();
                    ArrayList<ExprNode> values = new ArrayList<>();
                    if (a != null) {
                        for (KeyValuePair p : a) {
                            keys.add(p.key());
                            values.add(p.value());
                        }
                    }
                    return new Dict(keys, values, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if (callInvalidRules) {
                if (expect(LBRACE) != null) {
                    invalid_double_starred_kvpairs();
                }
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
    private List<KeyValuePair> double_starred_kvpairs() {
        enter();
        try {
            int m = mark();
            List<KeyValuePair> a = gatherDoubleStarredKvpair();
            if (a != null) {
                expect(COMMA);
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<KeyValuePair> gatherDoubleStarredKvpair() {
        enter();
        try {
            KeyValuePair e = double_starred_kvpair();
            if (e == null) {
                return null;
            }
            ArrayList<KeyValuePair> r = new ArrayList<>();
            r.add(e);
            while (true) {
                int m = mark();
                if (expect(COMMA) != null && (e = double_starred_kvpair()) != null) {
                    r.add(e);
                } else {
                    reset(m);
                    return r;
                }
            }
        } finally {
            leave();
        }
    }

    /** double_starred_kvpair: '**' bitwise_or | kvpair */
    private KeyValuePair double_starred_kvpair() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (expect(DOUBLESTAR) != null && (a = bitwise_or()) != null) {
                return new KeyValuePair(null, a);
            }
            reset(m);
            KeyValuePair p;
            if ((p = kvpair()) != null) {
                return p;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** kvpair: expression ':' expression */
    private KeyValuePair kvpair() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            ExprNode b;
            if ((a = expression()) != null && expect(COLON) != null && (b = expression()) != null) {
                return new KeyValuePair(a, b);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_double_starred_kvpairs (3.13). */
    private Object invalid_double_starred_kvpairs() {
        enter();
        try {
            int m = mark();
            Token a;
            // ','.double_starred_kvpair+ ',' invalid_kvpair
            if (gatherDoubleStarredKvpair() != null && expect(COMMA) != null) {
                invalid_kvpair();
            }
            reset(m);
            // expression ':' a='*' bitwise_or
            if (expression() != null && expect(COLON) != null && (a = expect(STAR)) != null
                    && bitwise_or() != null) {
                return raiseSyntaxErrorStartingFrom(a, "cannot use a starred expression in a dictionary value");
            }
            reset(m);
            // expression a=':' &('}'|',')
            if (expression() != null && (a = expect(COLON)) != null && (check(RBRACE) || check(COMMA))) {
                return raiseSyntaxErrorKnownLocation(a, "expression expected after dictionary key and ':'");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_kvpair (3.13). */
    private Object invalid_kvpair() {
        enter();
        try {
            int m = mark();
            ExprNode e;
            Token a;
            if ((e = expression()) != null && !check(COLON)) {
                return raiseErrorKnownLocation("SyntaxError", e.lineno, e.end_col_offset - 1, e.end_lineno, -1,
                        "':' expected after dictionary key");
            }
            reset(m);
            if (expression() != null && expect(COLON) != null && (a = expect(STAR)) != null
                    && bitwise_or() != null) {
                return raiseSyntaxErrorStartingFrom(a, "cannot use a starred expression in a dictionary value");
            }
            reset(m);
            if (expression() != null && (a = expect(COLON)) != null && (check(RBRACE) || check(COMMA))) {
                return raiseSyntaxErrorKnownLocation(a, "expression expected after dictionary key and ':'");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Comprehensions & generators

    /** for_if_clauses: for_if_clause+ */
    protected List<Comprehension> for_if_clauses() {
        enter();
        try {
            int m = mark();
            ArrayList<Comprehension> a = null;
            enter();
            Comprehension c;
            while ((c = for_if_clause()) != null) {
                if (a == null) {
                    a = new ArrayList<>();
                }
                a.add(c);
            }
            leave();
            if (a != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * for_if_clause: 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
     * | 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_if_clause | invalid_for_target
     */
    private Comprehension for_if_clause() {
        enter();
        try {
            int m = mark();
            for (int alt = 0; alt < 2; alt++) {
                boolean isAsync = alt == 0;
                ExprNode a;
                if ((!isAsync || keyword("async") != null) && keyword("for") != null && (a = star_targets()) != null
                        && keyword("in") != null) {
                    ExprNode b = disjunction();
                    if (b == null) {
                        reset(m);
                        return null; // cut
                    }
                    ArrayList<ExprNode> c = new ArrayList<>();
                    enter();
                    while (true) {
                        int m2 = mark();
                        ExprNode z;
                        if (keyword("if") != null && (z = disjunction()) != null) {
                            c.add(z);
                        } else {
                            reset(m2);
                            break;
                        }
                    }
                    leave();
                    return new Comprehension(a, b, c, isAsync ? 1 : 0);
                }
                reset(m);
            }
            if (callInvalidRules) {
                invalid_for_if_clause();
                reset(m);
                invalid_for_target();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' */
    private Object invalid_for_if_clause() {
        enter();
        try {
            int m = mark();
            keyword("async");
            if (keyword("for") != null && bitwiseOrList()) {
                if (!checkKeyword("in")) {
                    return raiseSyntaxError("'in' expected after for-loop variables");
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private boolean bitwiseOrList() {
        enter();
        try {
            if (bitwise_or() == null) {
                return false;
            }
            enter();
            while (true) {
                int m = mark();
                if (expect(COMMA) == null || bitwise_or() == null) {
                    reset(m);
                    break;
                }
            }
            leave();
            expect(COMMA);
            return true;
        } finally {
            leave();
        }
    }

    /** invalid_for_target: 'async'? 'for' star_expressions -> "cannot assign to ..." */
    protected Object invalid_for_target() {
        enter();
        try {
            int m = mark();
            keyword("async");
            ExprNode a;
            if (keyword("for") != null && (a = star_expressions()) != null) {
                return raiseSyntaxErrorInvalidTarget(TargetsType.FOR_TARGETS, a);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
    protected ExprNode listcomp() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            List<Comprehension> b;
            if (expect(LSQB) != null && (a = named_expression()) != null && (b = for_if_clauses()) != null
                    && expect(RSQB) != null) {
                return new ListComp(a, b, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if (callInvalidRules) {
                invalid_comprehension();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
    protected ExprNode setcomp() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            List<Comprehension> b;
            if (expect(LBRACE) != null && (a = named_expression()) != null && (b = for_if_clauses()) != null
                    && expect(RBRACE) != null) {
                return new SetComp(a, b, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if (callInvalidRules) {
                invalid_comprehension();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
    protected ExprNode genexp() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            List<Comprehension> b;
            if (expect(LPAR) != null && (a = assignmentOrExpression()) != null && (b = for_if_clauses()) != null
                    && expect(RPAR) != null) {
                return new GeneratorExp(a, b, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if (callInvalidRules) {
                invalid_comprehension();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** ( assignment_expression | expression !':=' ) */
    private ExprNode assignmentOrExpression() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = assignment_expression()) != null) {
                return a;
            }
            reset(m);
            if ((a = expression()) != null && !check(COLONEQUAL)) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
    protected ExprNode dictcomp() {
        enter();
        try {
            int m = mark();
            KeyValuePair a;
            List<Comprehension> b;
            if (expect(LBRACE) != null && (a = kvpair()) != null && (b = for_if_clauses()) != null
                    && expect(RBRACE) != null) {
                return new DictComp(a.key(), a.value(), b, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if (callInvalidRules) {
                invalid_dict_comprehension();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' */
    private Object invalid_dict_comprehension() {
        enter();
        try {
            int m = mark();
            Token a;
            if (expect(LBRACE) != null && (a = expect(DOUBLESTAR)) != null && bitwise_or() != null
                    && for_if_clauses() != null && expect(RBRACE) != null) {
                return raiseSyntaxErrorKnownLocation(a, "dict unpacking cannot be used in dict comprehension");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_comprehension (3.13). */
    private Object invalid_comprehension() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            List<ExprNode> b;
            Token t;
            // ('[' | '(' | '{') a=starred_expression for_if_clauses
            if ((expect(LSQB) != null || expect(LPAR) != null || expect(LBRACE) != null)
                    && (a = starred_expression()) != null && for_if_clauses() != null) {
                return raiseSyntaxErrorKnownLocation(a, "iterable unpacking cannot be used in comprehension");
            }
            reset(m);
            // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
            if ((expect(LSQB) != null || expect(LBRACE) != null) && (a = star_named_expression()) != null
                    && expect(COMMA) != null && (b = star_named_expressions()) != null
                    && for_if_clauses() != null) {
                return raiseSyntaxErrorKnownRange(a, last(b),
                        "did you forget parentheses around the comprehension target?");
            }
            reset(m);
            // ('[' | '{') a=star_named_expression b=',' for_if_clauses
            if ((expect(LSQB) != null || expect(LBRACE) != null) && (a = star_named_expression()) != null
                    && (t = expect(COMMA)) != null && for_if_clauses() != null) {
                return raiseSyntaxErrorKnownRange(a, t,
                        "did you forget parentheses around the comprehension target?");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // FUNCTION CALL ARGUMENTS

    /** arguments (memo): args [','] &')' | invalid_arguments. Returns a Call whose func is null. */
    protected Call arguments() {
        enter();
        try {
            Object r = memoLookup(ARGUMENTS);
            if (r != NO_MEMO) {
                return (Call) r;
            }
            int m = mark();
            Call res = null;
            Call a;
            if ((a = args()) != null) {
                expect(COMMA);
                if (check(RPAR)) {
                    res = a;
                }
            }
            if (res == null) {
                reset(m);
                if (callInvalidRules) {
                    invalid_arguments();
                    reset(m);
                }
            }
            memoStore(m, ARGUMENTS, res);
            return res;
        } finally {
            leave();
        }
    }

    /**
     * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
     * | kwargs
     */
    protected Call args() {
        enter();
        try {
            int m = mark();
            List<ExprNode> a = gatherPositionalArgs();
            if (a != null) {
                List<KeywordOrStarred> b = null;
                int m2 = mark();
                if (expect(COMMA) == null || (b = kwargs()) == null) {
                    reset(m2);
                    b = null;
                }
                return collectCallSeqs(a, b, sl(m), sc(m), el(), ec());
            }
            reset(m);
            List<KeywordOrStarred> k;
            if ((k = kwargs()) != null) {
                return new Call(null, extractStarred(k), deleteStarred(k), sl(m), sc(m), el(), ec());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private ExprNode positionalArg() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = starred_expression()) != null) {
                return a;
            }
            reset(m);
            if ((a = assignmentOrExpression()) != null && !check(EQUAL)) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<ExprNode> gatherPositionalArgs() {
        enter();
        try {
            ExprNode e = positionalArg();
            if (e == null) {
                return null;
            }
            ArrayList<ExprNode> r = new ArrayList<>();
            r.add(e);
            while (true) {
                int m = mark();
                if (expect(COMMA) != null && (e = positionalArg()) != null) {
                    r.add(e);
                } else {
                    reset(m);
                    return r;
                }
            }
        } finally {
            leave();
        }
    }

    private static List<ExprNode> extractStarred(List<KeywordOrStarred> k) {
        ArrayList<ExprNode> r = new ArrayList<>();
        for (KeywordOrStarred x : k) {
            if (!x.isKeyword()) {
                r.add((ExprNode) x.element());
            }
        }
        return r;
    }

    private static List<Keyword> deleteStarred(List<KeywordOrStarred> k) {
        ArrayList<Keyword> r = new ArrayList<>();
        for (KeywordOrStarred x : k) {
            if (x.isKeyword()) {
                r.add((Keyword) x.element());
            }
        }
        return r;
    }

    /** _PyPegen_collect_call_seqs. */
    private static Call collectCallSeqs(List<ExprNode> a, List<KeywordOrStarred> b, int lineno, int col,
                                        int endLineno, int endCol) {
        if (b == null) {
            return new Call(null, a, List.of(), lineno, col, endLineno, endCol);
        }
        ArrayList<ExprNode> args = new ArrayList<>(a);
        args.addAll(extractStarred(b));
        return new Call(null, args, deleteStarred(b), lineno, col, endLineno, endCol);
    }

    /**
     * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+
     * | ','.kwarg_or_double_starred+
     */
    private List<KeywordOrStarred> kwargs() {
        enter();
        try {
            int m = mark();
            List<KeywordOrStarred> a;
            List<KeywordOrStarred> b;
            if ((a = gatherKwarg(false)) != null && expect(COMMA) != null && (b = gatherKwarg(true)) != null) {
                ArrayList<KeywordOrStarred> r = new ArrayList<>(a);
                r.addAll(b);
                return r;
            }
            reset(m);
            if ((a = gatherKwarg(false)) != null) {
                return a;
            }
            reset(m);
            if ((a = gatherKwarg(true)) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<KeywordOrStarred> gatherKwarg(boolean doubleStarred) {
        enter();
        try {
            KeywordOrStarred e = doubleStarred ? kwarg_or_double_starred() : kwarg_or_starred();
            if (e == null) {
                return null;
            }
            ArrayList<KeywordOrStarred> r = new ArrayList<>();
            r.add(e);
            while (true) {
                int m = mark();
                if (expect(COMMA) != null
                        && (e = doubleStarred ? kwarg_or_double_starred() : kwarg_or_starred()) != null) {
                    r.add(e);
                } else {
                    reset(m);
                    return r;
                }
            }
        } finally {
            leave();
        }
    }

    /** starred_expression: invalid_starred_expression | '*' expression | '*' ("Invalid star expression") */
    protected ExprNode starred_expression() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_starred_expression();
                reset(m);
            }
            ExprNode a;
            if (expect(STAR) != null && (a = expression()) != null) {
                return new Starred(a, ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            // not an invalid_ rule in 3.13: also raised in the first pass and under expression_without_invalid
            if (expect(STAR) != null) {
                return raiseSyntaxError("Invalid star expression");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_starred_expression: '*' expression '=' expression */
    private Object invalid_starred_expression() {
        enter();
        try {
            int m = mark();
            Token a;
            ExprNode b;
            if ((a = expect(STAR)) != null && expression() != null && expect(EQUAL) != null
                    && (b = expression()) != null) {
                return raiseSyntaxErrorKnownRange(a, b, "cannot assign to iterable argument unpacking");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
    private KeywordOrStarred kwarg_or_starred() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_kwarg();
                reset(m);
            }
            Name a;
            ExprNode b;
            if ((a = name()) != null && expect(EQUAL) != null && (b = expression()) != null) {
                return new KeywordOrStarred(new Keyword(a.id, b, sl(m), sc(m), el(), ec()), true);
            }
            reset(m);
            if ((b = starred_expression()) != null) {
                return new KeywordOrStarred(b, false);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
    private KeywordOrStarred kwarg_or_double_starred() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_kwarg();
                reset(m);
            }
            Name a;
            ExprNode b;
            if ((a = name()) != null && expect(EQUAL) != null && (b = expression()) != null) {
                return new KeywordOrStarred(new Keyword(a.id, b, sl(m), sc(m), el(), ec()), true);
            }
            reset(m);
            if (expect(DOUBLESTAR) != null && (b = expression()) != null) {
                return new KeywordOrStarred(new Keyword(null, b, sl(m), sc(m), el(), ec()), true);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_kwarg (3.13). */
    private Object invalid_kwarg() {
        enter();
        try {
            int m = mark();
            Token a;
            Token b;
            // ('True'|'False'|'None') '='
            if (((a = keyword("True")) != null || (a = keyword("False")) != null || (a = keyword("None")) != null)
                    && (b = expect(EQUAL)) != null) {
                return raiseSyntaxErrorKnownRange(a, b, "cannot assign to " + a.string());
            }
            reset(m);
            // NAME '=' expression for_if_clauses
            Name n;
            if ((n = name()) != null && (b = expect(EQUAL)) != null && expression() != null
                    && for_if_clauses() != null) {
                return raiseSyntaxErrorKnownRange(n, b,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(m);
            // !(NAME '=') a=expression b='='
            boolean nameEq = nameToken() != null && expect(EQUAL) != null;
            reset(m);
            ExprNode e;
            if (!nameEq && (e = expression()) != null && (b = expect(EQUAL)) != null) {
                return raiseSyntaxErrorKnownRange(e, b,
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            reset(m);
            // '**' expression '=' expression
            if ((a = expect(DOUBLESTAR)) != null && expression() != null && expect(EQUAL) != null
                    && (e = expression()) != null) {
                return raiseSyntaxErrorKnownRange(a, e, "cannot assign to keyword argument unpacking");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_arguments (3.13). */
    private Object invalid_arguments() {
        enter();
        try {
            int m = mark();
            Token t;
            ExprNode a;
            List<Comprehension> b;
            // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
            //     a=',' ','.(starred_expression !'=')+
            if (invalidArgumentsPrefix() && (t = expect(COMMA)) != null && gatherStarredNotEq()) {
                return raiseSyntaxErrorStartingFrom(t,
                        "iterable argument unpacking follows keyword argument unpacking");
            }
            reset(m);
            // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
            if ((a = expression()) != null && (b = for_if_clauses()) != null && expect(COMMA) != null) {
                int m2 = mark();
                if (args() == null) {
                    reset(m2);
                    if (!(expression() != null && for_if_clauses() != null)) {
                        reset(m2);
                    }
                }
                return raiseSyntaxErrorKnownRange(a, lastComprehensionItem(last(b)),
                        "Generator expression must be parenthesized");
            }
            reset(m);
            // a=NAME b='=' expression for_if_clauses
            Name n;
            if ((n = name()) != null && (t = expect(EQUAL)) != null && expression() != null
                    && for_if_clauses() != null) {
                return raiseSyntaxErrorKnownRange(n, t,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(m);
            // (args ',')? a=NAME b='=' &(',' | ')')
            int m3 = mark();
            if (!(args() != null && expect(COMMA) != null)) {
                reset(m3);
            }
            if ((n = name()) != null && (t = expect(EQUAL)) != null && (check(COMMA) || check(RPAR))) {
                return raiseSyntaxErrorKnownRange(n, t, "expected argument value expression");
            }
            reset(m);
            // a=args b=for_if_clauses
            Call c;
            if ((c = args()) != null && (b = for_if_clauses()) != null) {
                // _PyPegen_nonparen_genexp_in_call
                int len = c.args.size();
                if (len <= 1) {
                    reset(m);
                } else {
                    return raiseSyntaxErrorKnownRange(c.args.get(len - 1), lastComprehensionItem(last(b)),
                            "Generator expression must be parenthesized");
                }
            }
            reset(m);
            // args ',' a=expression b=for_if_clauses
            if (args() != null && expect(COMMA) != null && (a = expression()) != null
                    && (b = for_if_clauses()) != null) {
                return raiseSyntaxErrorKnownRange(a, lastComprehensionItem(last(b)),
                        "Generator expression must be parenthesized");
            }
            reset(m);
            // a=args ',' args
            if ((c = args()) != null && expect(COMMA) != null && args() != null) {
                boolean kwargUnpacking = false;
                for (Keyword k : c.keywords) {
                    if (k.arg == null) {
                        kwargUnpacking = true;
                    }
                }
                return raiseSyntaxError(kwargUnpacking ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private boolean invalidArgumentsPrefix() {
        enter();
        try {
            int m = mark();
            if (gatherPositionalArgs() != null && expect(COMMA) != null && kwargs() != null) {
                return true;
            }
            reset(m);
            if (kwargs() != null) {
                return true;
            }
            reset(m);
            return false;
        } finally {
            leave();
        }
    }

    private boolean starredNotEq() {
        enter();
        try {
            int m = mark();
            if (starred_expression() != null && !check(EQUAL)) {
                return true;
            }
            reset(m);
            return false;
        } finally {
            leave();
        }
    }

    private boolean gatherStarredNotEq() {
        enter();
        try {
            if (!starredNotEq()) {
                return false;
            }
            while (true) {
                int m = mark();
                if (expect(COMMA) == null || !starredNotEq()) {
                    reset(m);
                    return true;
                }
            }
        } finally {
            leave();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // ASSIGNMENT TARGETS

    /** star_targets: star_target !',' | star_target (',' star_target)* [','] */
    protected ExprNode star_targets() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = star_target()) != null && !check(COMMA)) {
                return a;
            }
            reset(m);
            if ((a = star_target()) != null) {
                ArrayList<ExprNode> b = new ArrayList<>();
                b.add(a);
                enter();
                while (true) {
                    int m2 = mark();
                    ExprNode c;
                    if (expect(COMMA) != null && (c = star_target()) != null) {
                        b.add(c);
                    } else {
                        reset(m2);
                        break;
                    }
                }
                leave();
                expect(COMMA);
                return new Tuple(b, ExprContext.Store, sl(m), sc(m), el(), ec());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** star_targets_list_seq: ','.star_target+ [','] */
    protected List<ExprNode> star_targets_list_seq() {
        enter();
        try {
            int m = mark();
            ExprNode e = star_target();
            if (e == null) {
                reset(m);
                return null;
            }
            ArrayList<ExprNode> r = new ArrayList<>();
            r.add(e);
            enter();
            while (true) {
                int m2 = mark();
                if (expect(COMMA) != null && (e = star_target()) != null) {
                    r.add(e);
                } else {
                    reset(m2);
                    break;
                }
            }
            leave();
            expect(COMMA);
            return r;
        } finally {
            leave();
        }
    }

    /** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
    protected List<ExprNode> star_targets_tuple_seq() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = star_target()) != null) {
                ArrayList<ExprNode> b = new ArrayList<>();
                b.add(a);
                enter();
                while (true) {
                    int m2 = mark();
                    ExprNode c;
                    if (expect(COMMA) != null && (c = star_target()) != null) {
                        b.add(c);
                    } else {
                        reset(m2);
                        break;
                    }
                }
                leave();
                if (b.size() > 1) {
                    expect(COMMA);
                    return b;
                }
            }
            reset(m);
            if ((a = star_target()) != null && expect(COMMA) != null) {
                return singleton(a);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
    protected ExprNode star_target() {
        enter();
        try {
            Object r = memoLookup(STAR_TARGET);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = null;
            ExprNode a;
            if (expect(STAR) != null && (a = notStarStarTarget()) != null) {
                res = new Starred(setExprContext(a, ExprContext.Store), ExprContext.Store, sl(m), sc(m), el(), ec());
            } else {
                reset(m);
                if ((a = target_with_star_atom()) != null) {
                    res = a;
                } else {
                    reset(m);
                }
            }
            memoStore(m, STAR_TARGET, res);
            return res;
        } finally {
            leave();
        }
    }

    private ExprNode notStarStarTarget() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (!check(STAR) && (a = star_target()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom */
    protected ExprNode target_with_star_atom() {
        enter();
        try {
            Object r = memoLookup(TARGET_WITH_STAR_ATOM);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = targetAttrOrSubscript(m, ExprContext.Store);
            if (res == null) {
                ExprNode a;
                if ((a = star_atom()) != null) {
                    res = a;
                } else {
                    reset(m);
                }
            }
            memoStore(m, TARGET_WITH_STAR_ATOM, res);
            return res;
        } finally {
            leave();
        }
    }

    /** The two alternatives t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead. */
    private ExprNode targetAttrOrSubscript(int m, ExprContext ctx) {
        ExprNode a;
        Name b;
        ExprNode s;
        if ((a = t_primary()) != null && expect(DOT) != null && (b = name()) != null && !t_lookahead()) {
            return new Attribute(a, b.id, ctx, sl(m), sc(m), el(), ec());
        }
        reset(m);
        if ((a = t_primary()) != null && expect(LSQB) != null && (s = slices()) != null && expect(RSQB) != null
                && !t_lookahead()) {
            return new Subscript(a, s, ctx, sl(m), sc(m), el(), ec());
        }
        reset(m);
        return null;
    }

    /**
     * star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
     * | '[' [star_targets_list_seq] ']'
     */
    protected ExprNode star_atom() {
        enter();
        try {
            int m = mark();
            Name n;
            if ((n = name()) != null) {
                return n.withCtx(ExprContext.Store);
            }
            ExprNode a;
            if (expect(LPAR) != null && (a = target_with_star_atom()) != null && expect(RPAR) != null) {
                return setExprContext(a, ExprContext.Store);
            }
            reset(m);
            if (expect(LPAR) != null) {
                List<ExprNode> l = star_targets_tuple_seq();
                if (expect(RPAR) != null) {
                    return new Tuple(l != null ? l : List.of(), ExprContext.Store, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if (expect(LSQB) != null) {
                List<ExprNode> l = star_targets_list_seq();
                if (expect(RSQB) != null) {
                    return new ListExpr(l != null ? l : List.of(), ExprContext.Store, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
    protected ExprNode single_target() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = single_subscript_attribute_target()) != null) {
                return a;
            }
            reset(m);
            Name n;
            if ((n = name()) != null) {
                return n.withCtx(ExprContext.Store);
            }
            if (expect(LPAR) != null && (a = single_target()) != null && expect(RPAR) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
    protected ExprNode single_subscript_attribute_target() {
        enter();
        try {
            return targetAttrOrSubscript(mark(), ExprContext.Store);
        } finally {
            leave();
        }
    }

    /** t_primary (left-recursive). */
    protected ExprNode t_primary() {
        return (ExprNode) leftRecursive(T_PRIMARY);
    }

    private ExprNode t_primary_raw() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            ExprNode b;
            Name n;
            if ((a = t_primary()) != null && expect(DOT) != null && (n = name()) != null && t_lookahead()) {
                return new Attribute(a, n.id, ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = t_primary()) != null && expect(LSQB) != null && (b = slices()) != null && expect(RSQB) != null
                    && t_lookahead()) {
                return new Subscript(a, b, ExprContext.Load, sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = t_primary()) != null && (b = genexp()) != null && t_lookahead()) {
                return new Call(a, singleton(b), List.of(), sl(m), sc(m), el(), ec());
            }
            reset(m);
            if ((a = t_primary()) != null && expect(LPAR) != null) {
                Call c = arguments();
                if (expect(RPAR) != null && t_lookahead()) {
                    return new Call(a, c != null ? c.args : List.of(), c != null ? c.keywords : List.of(),
                            sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if ((a = atom()) != null && t_lookahead()) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** t_lookahead: '(' | '[' | '.' (a lookahead: consumes nothing). */
    protected boolean t_lookahead() {
        enter();
        try {
            return check(LPAR) || check(LSQB) || check(DOT);
        } finally {
            leave();
        }
    }

    // Targets for del statements

    /** del_targets: ','.del_target+ [','] */
    protected List<ExprNode> del_targets() {
        enter();
        try {
            int m = mark();
            ExprNode e = del_target();
            if (e == null) {
                reset(m);
                return null;
            }
            ArrayList<ExprNode> r = new ArrayList<>();
            r.add(e);
            enter();
            while (true) {
                int m2 = mark();
                if (expect(COMMA) != null && (e = del_target()) != null) {
                    r.add(e);
                } else {
                    reset(m2);
                    break;
                }
            }
            leave();
            expect(COMMA);
            return r;
        } finally {
            leave();
        }
    }

    /** del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom */
    protected ExprNode del_target() {
        enter();
        try {
            Object r = memoLookup(DEL_TARGET);
            if (r != NO_MEMO) {
                return (ExprNode) r;
            }
            int m = mark();
            ExprNode res = targetAttrOrSubscript(m, ExprContext.Del);
            if (res == null) {
                ExprNode a;
                if ((a = del_t_atom()) != null) {
                    res = a;
                } else {
                    reset(m);
                }
            }
            memoStore(m, DEL_TARGET, res);
            return res;
        } finally {
            leave();
        }
    }

    /** del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']' */
    protected ExprNode del_t_atom() {
        enter();
        try {
            int m = mark();
            Name n;
            if ((n = name()) != null) {
                return n.withCtx(ExprContext.Del);
            }
            ExprNode a;
            if (expect(LPAR) != null && (a = del_target()) != null && expect(RPAR) != null) {
                return setExprContext(a, ExprContext.Del);
            }
            reset(m);
            if (expect(LPAR) != null) {
                List<ExprNode> l = del_targets();
                if (expect(RPAR) != null) {
                    return new Tuple(l != null ? l : List.of(), ExprContext.Del, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            if (expect(LSQB) != null) {
                List<ExprNode> l = del_targets();
                if (expect(RSQB) != null) {
                    return new ListExpr(l != null ? l : List.of(), ExprContext.Del, sl(m), sc(m), el(), ec());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // TYPING ELEMENTS

    /** type_expressions (func_type input): the seven shapes, * and ** dropped. */
    protected List<ExprNode> type_expressions() {
        enter();
        try {
            int m = mark();
            List<ExprNode> a;
            ExprNode b;
            ExprNode c;
            if ((a = gatherExpression()) != null && expect(COMMA) != null && expect(STAR) != null
                    && (b = expression()) != null && expect(COMMA) != null && expect(DOUBLESTAR) != null
                    && (c = expression()) != null) {
                ArrayList<ExprNode> r = new ArrayList<>(a);
                r.add(b);
                r.add(c);
                return r;
            }
            reset(m);
            if ((a = gatherExpression()) != null && expect(COMMA) != null && expect(STAR) != null
                    && (b = expression()) != null) {
                ArrayList<ExprNode> r = new ArrayList<>(a);
                r.add(b);
                return r;
            }
            reset(m);
            if ((a = gatherExpression()) != null && expect(COMMA) != null && expect(DOUBLESTAR) != null
                    && (b = expression()) != null) {
                ArrayList<ExprNode> r = new ArrayList<>(a);
                r.add(b);
                return r;
            }
            reset(m);
            if (expect(STAR) != null && (b = expression()) != null && expect(COMMA) != null
                    && expect(DOUBLESTAR) != null && (c = expression()) != null) {
                ArrayList<ExprNode> r = new ArrayList<>();
                r.add(b);
                r.add(c);
                return r;
            }
            reset(m);
            if (expect(STAR) != null && (b = expression()) != null) {
                return singleton(b);
            }
            reset(m);
            if (expect(DOUBLESTAR) != null && (b = expression()) != null) {
                return singleton(b);
            }
            reset(m);
            if ((a = gatherExpression()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<ExprNode> gatherExpression() {
        enter();
        try {
            ExprNode e = expression();
            if (e == null) {
                return null;
            }
            ArrayList<ExprNode> r = new ArrayList<>();
            r.add(e);
            while (true) {
                int m = mark();
                if (expect(COMMA) != null && (e = expression()) != null) {
                    r.add(e);
                } else {
                    reset(m);
                    return r;
                }
            }
        } finally {
            leave();
        }
    }

    /** annotated_rhs: yield_expr | star_expressions (a statement rule, needed by f-strings). */
    protected ExprNode annotated_rhs() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = yield_expr()) != null) {
                return a;
            }
            reset(m);
            if ((a = star_expressions()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }
}
