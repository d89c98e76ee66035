/**
 * The tokenizer, equal to CPython 3.13's C tokenizer ({@code Parser/lexer/}): {@link
 * dev.kaa.compiler.tokenize.Tokenizer} produces {@link dev.kaa.compiler.tokenize.Token}s on demand in the
 * parser's mode or the {@code tokenize} module's mode; {@link dev.kaa.compiler.tokenize.TokenDump} is
 * {@code kaa --dump-tokens}, equal to {@code python3.13 -m tokenize -e}. Token types and numbers come from
 * CPython's {@code token} module ({@code tools/gen_tokens.py}).
 */
package dev.kaa.compiler.tokenize;
