package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.*;

/** _PyPegen_get_expr_name: how SyntaxErrors name an expression ("cannot assign to function call"). */
public final class ExprNames {
    private ExprNames() {
    }

    public static String getExprName(ExprNode e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case ListExpr l -> "list";
            case Tuple t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case Dict d -> "dict literal";
            case SetExpr s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Constant c -> {
                Object v = c.value;
                if (v == null) {
                    yield "None";
                } else if (v == Boolean.FALSE) {
                    yield "False";
                } else if (v == Boolean.TRUE) {
                    yield "True";
                } else if (v == EllipsisValue.INSTANCE) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
        };
    }
}
