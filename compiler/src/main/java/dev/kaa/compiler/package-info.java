/**
 * Kaa's compiler: Python source bytes to code objects, depending on the JDK only.
 *
 * <pre>
 * source bytes ─ decode (PEP 263) ─► {@link dev.kaa.compiler.tokenize tokenize} ─► {@link dev.kaa.compiler.parser parser}
 *     ─► {@link dev.kaa.compiler.ast ast} ─► symtable ─► codegen ─► flowgraph ─► bytecode (CPython 3.13's instruction set)
 * </pre>
 *
 * <p>Each stage has an exact oracle in CPython 3.13.0 ({@code tokenize}, {@code ast.dump},
 * {@code compile()}'s SyntaxError, {@code symtable}, {@code dis}); the tests compare against it over all of
 * CPython's {@code Lib/}. Errors in the source surface as {@link dev.kaa.compiler.PySyntaxError}, with
 * CPython's message and positions, never as a Java exception.
 */
package dev.kaa.compiler;
