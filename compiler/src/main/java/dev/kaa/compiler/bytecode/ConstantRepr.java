package dev.kaa.compiler.bytecode;

import dev.kaa.compiler.ast.AstRepr;

/**
 * Python's {@code repr()} of a {@code co_consts} item, as dis prints it: the AST constants (via
 * {@link AstRepr}), tuples, frozensets and code objects.
 *
 * <p>A frozenset prints its items in stored order: the compiler stores them in CPython's iteration order
 * (see {@link SetOrder}).
 */
public final class ConstantRepr {
    private ConstantRepr() {
    }

    public static String repr(Object value) {
        StringBuilder sb = new StringBuilder();
        repr(sb, value);
        return sb.toString();
    }

    public static void repr(StringBuilder sb, Object value) {
        switch (value) {
            case null -> sb.append("None");
            case TupleConstant t -> {
                sb.append('(');
                for (int i = 0; i < t.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    repr(sb, t.get(i));
                }
                if (t.size() == 1) {
                    sb.append(',');
                }
                sb.append(')');
            }
            case FrozensetConstant f -> {
                if (f.size() == 0) {
                    sb.append("frozenset()");
                    return;
                }
                sb.append("frozenset({");
                Object[] items = f.toArray();
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    repr(sb, items[i]);
                }
                sb.append("})");
            }
            case CodeObject c -> sb.append(c);
            default -> AstRepr.repr(sb, value);
        }
    }
}
