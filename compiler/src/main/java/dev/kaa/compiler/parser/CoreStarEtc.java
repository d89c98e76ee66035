package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.Arg;

import java.util.List;

/** CPython's StarEtc: *vararg, keyword-only parameters, **kwarg (each may be null). */
public record CoreStarEtc(Arg vararg, List<CoreNameDefaultPair> kwonlyargs, Arg kwarg) {
}
