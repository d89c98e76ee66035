package dev.kaa.compiler.codegen;

import dev.kaa.compiler.ast.ExprNode;

/** The source text of an annotation under {@code from __future__ import annotations} (ast_unparse.c). */
final class Unparser {
    private Unparser() {
    }

    static String unparse(ExprNode e) {
        return AnnotationUnparser.unparse(e);
    }
}
