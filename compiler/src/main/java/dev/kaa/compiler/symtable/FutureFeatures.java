package dev.kaa.compiler.symtable;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.Alias;
import dev.kaa.compiler.ast.Constant;
import dev.kaa.compiler.ast.Expr;
import dev.kaa.compiler.ast.ImportFrom;
import dev.kaa.compiler.ast.Interactive;
import dev.kaa.compiler.ast.ModNode;
import dev.kaa.compiler.ast.Module;
import dev.kaa.compiler.ast.StmtNode;
import dev.kaa.compiler.bytecode.CodeObject;
import java.util.List;

/**
 * The {@code from __future__ import ...} statements at the top of a module (CPython Python/future.c):
 * the features that change compilation ({@code annotations}, {@code barry_as_FLUFL}) as co_flags bits,
 * and the line of the last future statement (a later one is an error the code generator reports).
 *
 * @param features CO_FUTURE_* bits (plus compiler flags the caller passed in)
 * @param lineno line of the last future statement, or -1
 */
public record FutureFeatures(int features, int lineno) {
    public static final FutureFeatures NONE = new FutureFeatures(0, -1);

    /** Reads the future statements of a module; an unknown feature is a SyntaxError. */
    public static FutureFeatures fromAst(ModNode mod, String filename, int flags) {
        List<StmtNode> body = switch (mod) {
            case Module m -> m.body;
            case Interactive i -> i.body;
            default -> List.of();
        };
        int features = flags;
        int lineno = -1;
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Expr e && e.value instanceof Constant c
                && c.value instanceof String) {
            i++; // a docstring may precede the future statements
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof ImportFrom s) || s.level == null || s.level != 0
                    || !"__future__".equals(s.module)) {
                break;
            }
            for (Alias a : s.names) {
                switch (a.name) {
                    case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                         "print_function", "unicode_literals", "generator_stop" -> {
                    }
                    case "barry_as_FLUFL" -> features |= CodeObject.CO_FUTURE_BARRY_AS_BDFL;
                    case "annotations" -> features |= CodeObject.CO_FUTURE_ANNOTATIONS;
                    case "braces" -> throw error("not a chance", filename, s);
                    default -> throw error("future feature " + a.name + " is not defined", filename, s);
                }
            }
            lineno = s.lineno;
        }
        return new FutureFeatures(features, lineno);
    }

    private static PySyntaxError error(String msg, String filename, StmtNode s) {
        // future.c reports only the start (PyErr_SyntaxLocationObject): end_offset is None
        return new PySyntaxError("SyntaxError", msg, filename, s.lineno, s.col_offset + 1, s.lineno,
                PySyntaxError.NONE, null);
    }

    public boolean has(int flag) {
        return (features & flag) != 0;
    }
}
