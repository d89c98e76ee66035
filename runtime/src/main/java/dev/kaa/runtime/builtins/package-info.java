/**
 * Native modules declared with {@code @PyModule}: so far {@link dev.kaa.runtime.builtins.BuiltinsModule}
 * ({@code builtins}: the core types, exceptions, constants and the functions the runtime needs). Each
 * interpreter instantiates its own module objects from the generated tables.
 */
package dev.kaa.runtime.builtins;
