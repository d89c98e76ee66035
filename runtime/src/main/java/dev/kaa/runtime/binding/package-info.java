/**
 * What generated builtin tables are made of: {@link dev.kaa.runtime.binding.TypeSpec} and
 * {@link dev.kaa.runtime.binding.ModuleSpec} (the generated classes' bases), {@link
 * dev.kaa.runtime.binding.BuiltinTable} (one {@code switch} per entry point, so a type's builtins cost one
 * class), {@link dev.kaa.runtime.binding.MethodDef} ({@code PyMethodDef}), {@link
 * dev.kaa.runtime.binding.ArgSpec} (Argument Clinic's keyword parser and the Python-function binder, with
 * CPython's messages) and {@link dev.kaa.runtime.binding.Args} (conversions and the argument-count errors
 * of {@code METH_NOARGS}/{@code METH_O}/Clinic).
 *
 * <p>A generated method entry checks the convention's argument count, takes its arguments straight from
 * the caller's array when there are no keywords and the count is in range (no allocation), otherwise
 * unpacks them with its {@code ArgSpec}, converts each to the Java parameter type, and calls the Java method.
 */
package dev.kaa.runtime.binding;
