package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.Arg;
import dev.kaa.compiler.ast.ExprNode;

/** CPython's NameDefaultPair: a parameter and its default (null if none). */
public record CoreNameDefaultPair(Arg arg, ExprNode value) {
}
