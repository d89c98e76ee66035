package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.Arg;

import java.util.List;

/** CPython's SlashWithDefault: positional-only parameters, the last ones with defaults. */
public record CoreSlashWithDefault(List<Arg> plainNames, List<CoreNameDefaultPair> namesWithDefaults) {
}
