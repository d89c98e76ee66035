package dev.kaa.compiler.codegen;

import dev.kaa.compiler.ast.*;
import dev.kaa.compiler.bytecode.ConstantRepr;
import dev.kaa.compiler.bytecode.TupleConstant;
import java.util.List;

/**
 * Turns an expression back into source text the way CPython's Python/ast_unparse.c does; the compiler
 * stores annotations as these strings under {@code from __future__ import annotations}. Parentheses are
 * added by operator precedence only where needed.
 */
final class AnnotationUnparser {
    // precedence levels, lowest first (ast_unparse.c)
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_EXPR = 6;
    private static final int PR_BOR = PR_EXPR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    private final StringBuilder sb = new StringBuilder();

    private AnnotationUnparser() {
    }

    static String unparse(ExprNode e) {
        return asString(e, PR_TEST);
    }

    private static String asString(ExprNode e, int level) {
        AnnotationUnparser u = new AnnotationUnparser();
        u.expr(e, level);
        return u.sb.toString();
    }

    private void open(boolean cond) {
        if (cond) {
            sb.append('(');
        }
    }

    private void close(boolean cond) {
        if (cond) {
            sb.append(')');
        }
    }

    private void expr(ExprNode e, int level) {
        switch (e) {
            case BoolOp b -> {
                int pr = b.op == BoolOpKind.And ? PR_AND : PR_OR;
                open(level > pr);
                for (int i = 0; i < b.values.size(); i++) {
                    if (i > 0) {
                        sb.append(b.op == BoolOpKind.And ? " and " : " or ");
                    }
                    expr(b.values.get(i), pr + 1);
                }
                close(level > pr);
            }
            case BinOp b -> {
                String op;
                int pr;
                switch (b.op) {
                    case Add -> { op = " + "; pr = PR_ARITH; }
                    case Sub -> { op = " - "; pr = PR_ARITH; }
                    case Mult -> { op = " * "; pr = PR_TERM; }
                    case MatMult -> { op = " @ "; pr = PR_TERM; }
                    case Div -> { op = " / "; pr = PR_TERM; }
                    case Mod -> { op = " % "; pr = PR_TERM; }
                    case LShift -> { op = " << "; pr = PR_SHIFT; }
                    case RShift -> { op = " >> "; pr = PR_SHIFT; }
                    case BitOr -> { op = " | "; pr = PR_BOR; }
                    case BitXor -> { op = " ^ "; pr = PR_BXOR; }
                    case BitAnd -> { op = " & "; pr = PR_BAND; }
                    case FloorDiv -> { op = " // "; pr = PR_TERM; }
                    default -> { op = " ** "; pr = PR_POWER; }
                }
                boolean rassoc = b.op == OperatorKind.Pow;
                open(level > pr);
                expr(b.left, pr + (rassoc ? 1 : 0));
                sb.append(op);
                expr(b.right, pr + (rassoc ? 0 : 1));
                close(level > pr);
            }
            case UnaryOp uo -> {
                String op;
                int pr;
                switch (uo.op) {
                    case Invert -> { op = "~"; pr = PR_FACTOR; }
                    case Not -> { op = "not "; pr = PR_NOT; }
                    case UAdd -> { op = "+"; pr = PR_FACTOR; }
                    default -> { op = "-"; pr = PR_FACTOR; }
                }
                open(level > pr);
                sb.append(op);
                expr(uo.operand, pr);
                close(level > pr);
            }
            case Lambda l -> {
                open(level > PR_TEST);
                int nPositional = l.args.args.size() + l.args.posonlyargs.size();
                sb.append(nPositional > 0 || l.args.vararg != null || !l.args.kwonlyargs.isEmpty()
                        || l.args.kwarg != null ? "lambda " : "lambda");
                args(l.args);
                sb.append(": ");
                expr(l.body, PR_TEST);
                close(level > PR_TEST);
            }
            case IfExp i -> {
                open(level > PR_TEST);
                expr(i.body, PR_TEST + 1);
                sb.append(" if ");
                expr(i.test, PR_TEST + 1);
                sb.append(" else ");
                expr(i.orelse, PR_TEST);
                close(level > PR_TEST);
            }
            case Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.values.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    ExprNode k = d.keys.get(i);
                    if (k != null) {
                        expr(k, PR_TEST);
                        sb.append(": ");
                        expr(d.values.get(i), PR_TEST);
                    } else {
                        sb.append("**");
                        expr(d.values.get(i), PR_EXPR);
                    }
                }
                sb.append('}');
            }
            case SetExpr s -> {
                if (s.elts.isEmpty()) {
                    sb.append("{*()}");
                    return;
                }
                sb.append('{');
                seq(s.elts, PR_TEST);
                sb.append('}');
            }
            case GeneratorExp g -> {
                sb.append('(');
                expr(g.elt, PR_TEST);
                comprehensions(g.generators);
                sb.append(')');
            }
            case ListComp l -> {
                sb.append('[');
                expr(l.elt, PR_TEST);
                comprehensions(l.generators);
                sb.append(']');
            }
            case SetComp s -> {
                sb.append('{');
                expr(s.elt, PR_TEST);
                comprehensions(s.generators);
                sb.append('}');
            }
            case DictComp d -> {
                sb.append('{');
                expr(d.key, PR_TEST);
                sb.append(": ");
                expr(d.value, PR_TEST);
                comprehensions(d.generators);
                sb.append('}');
            }
            case Yield y -> {
                if (y.value == null) {
                    sb.append("(yield)");
                    return;
                }
                sb.append("(yield ");
                expr(y.value, PR_TEST);
                sb.append(')');
            }
            case YieldFrom y -> {
                sb.append("(yield from ");
                expr(y.value, PR_TEST);
                sb.append(')');
            }
            case Await a -> {
                open(level > PR_AWAIT);
                sb.append("await ");
                expr(a.value, PR_ATOM);
                close(level > PR_AWAIT);
            }
            case Compare c -> {
                open(level > PR_CMP);
                expr(c.left, PR_CMP + 1);
                for (int i = 0; i < c.ops.size(); i++) {
                    sb.append(switch (c.ops.get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators.get(i), PR_CMP + 1);
                }
                close(level > PR_CMP);
            }
            case Call c -> {
                expr(c.func, PR_ATOM);
                if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof GeneratorExp g) {
                    expr(g, PR_TEST); // a single generator expression keeps its own parentheses
                    return;
                }
                sb.append('(');
                boolean first = true;
                for (ExprNode a : c.args) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    expr(a, PR_TEST);
                }
                for (Keyword k : c.keywords) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    if (k.arg == null) {
                        sb.append("**");
                    } else {
                        sb.append(k.arg).append('=');
                    }
                    expr(k.value, PR_TEST);
                }
                sb.append(')');
            }
            case FormattedValue f -> formattedValue(f);
            case JoinedStr j -> joinedStr(j, false);
            case Constant c -> {
                if (c.value == EllipsisValue.INSTANCE) {
                    sb.append("...");
                    return;
                }
                if (c.kind != null) {
                    sb.append(c.kind);
                }
                constant(c.value);
            }
            case Attribute a -> {
                expr(a.value, PR_ATOM);
                // "1 .real": an int literal needs a space before the dot
                boolean intLit = a.value instanceof Constant k
                        && (k.value instanceof Long || k.value instanceof java.math.BigInteger);
                sb.append(intLit ? " ." : ".");
                sb.append(a.attr);
            }
            case Subscript s -> {
                expr(s.value, PR_ATOM);
                sb.append('[');
                expr(s.slice, PR_TUPLE);
                sb.append(']');
            }
            case Starred s -> {
                sb.append('*');
                expr(s.value, PR_EXPR);
            }
            case Name n -> sb.append(n.id);
            case ListExpr l -> {
                sb.append('[');
                seq(l.elts, PR_TEST);
                sb.append(']');
            }
            case Tuple t -> {
                int n = t.elts.size();
                if (n == 0) {
                    sb.append("()");
                    return;
                }
                open(level > PR_TUPLE);
                seq(t.elts, PR_TEST);
                if (n == 1) {
                    sb.append(',');
                }
                close(level > PR_TUPLE);
            }
            case Slice s -> {
                if (s.lower != null) {
                    expr(s.lower, PR_TEST);
                }
                sb.append(':');
                if (s.upper != null) {
                    expr(s.upper, PR_TEST);
                }
                if (s.step != null) {
                    sb.append(':');
                    expr(s.step, PR_TEST);
                }
            }
            case NamedExpr n -> {
                open(level > PR_TUPLE);
                expr(n.target, PR_ATOM);
                sb.append(" := ");
                expr(n.value, PR_ATOM);
                close(level > PR_TUPLE);
            }
        }
    }

    private void seq(List<ExprNode> elts, int level) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(elts.get(i), level);
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension c : gens) {
            sb.append(c.is_async != 0 ? " async for " : " for ");
            expr(c.target, PR_TUPLE);
            sb.append(" in ");
            expr(c.iter, PR_TEST + 1);
            for (ExprNode i : c.ifs) {
                sb.append(" if ");
                expr(i, PR_TEST + 1);
            }
        }
    }

    private void args(Arguments a) {
        boolean first = true;
        int argCount = a.posonlyargs.size() + a.args.size();
        int defaultOffset = argCount - a.defaults.size();
        for (int i = 0; i < argCount; i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            Arg arg = i < a.posonlyargs.size() ? a.posonlyargs.get(i) : a.args.get(i - a.posonlyargs.size());
            arg(arg);
            int di = i - defaultOffset;
            if (di >= 0) {
                sb.append('=');
                expr(a.defaults.get(di), PR_TEST);
            }
            if (i + 1 == a.posonlyargs.size()) {
                sb.append(", /");
            }
        }
        if (a.vararg != null || !a.kwonlyargs.isEmpty()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('*');
            if (a.vararg != null) {
                arg(a.vararg);
            }
        }
        for (int i = 0; i < a.kwonlyargs.size(); i++) {
            sb.append(", ");
            arg(a.kwonlyargs.get(i));
            ExprNode d = a.kw_defaults.get(i);
            if (d != null) {
                sb.append('=');
                expr(d, PR_TEST);
            }
        }
        if (a.kwarg != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("**");
            arg(a.kwarg);
        }
    }

    private void arg(Arg a) {
        sb.append(a.arg);
        if (a.annotation != null) {
            sb.append(": ");
            expr(a.annotation, PR_TEST);
        }
    }

    private void constant(Object v) {
        if (v instanceof TupleConstant t) {
            sb.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                constant(t.get(i));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            sb.append(')');
            return;
        }
        String r = ConstantRepr.repr(v);
        if ((v instanceof Double d && d.isInfinite()) || v instanceof ComplexValue) {
            r = r.replace("inf", "1e309");
        }
        sb.append(r);
    }

    private void formattedValue(FormattedValue f) {
        String inner = asString(f.value, PR_TEST + 1);
        sb.append(inner.startsWith("{") ? "{ " : "{");
        sb.append(inner);
        if (f.conversion > 0) {
            sb.append('!').append((char) f.conversion);
        }
        if (f.format_spec != null) {
            sb.append(':');
            fstringElement(f.format_spec, true);
        }
        sb.append('}');
    }

    private void fstringElement(ExprNode e, boolean isFormatSpec) {
        switch (e) {
            case Constant c -> {
                String s = c.value instanceof String str ? str : String.valueOf(c.value);
                sb.append(s.replace("{", "{{").replace("}", "}}"));
            }
            case JoinedStr j -> joinedStr(j, isFormatSpec);
            case FormattedValue f -> formattedValue(f);
            default -> throw new IllegalStateException("unknown expression kind inside f-string");
        }
    }

    private void joinedStr(JoinedStr j, boolean isFormatSpec) {
        AnnotationUnparser body = new AnnotationUnparser();
        for (ExprNode v : j.values) {
            body.fstringElement(v, isFormatSpec);
        }
        if (!isFormatSpec) {
            sb.append('f');
            sb.append(ConstantRepr.repr(body.sb.toString()));
        } else {
            sb.append(body.sb);
        }
    }
}
