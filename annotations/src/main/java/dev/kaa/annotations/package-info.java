/**
 * The annotations that declare Python types, methods and native modules in Java: the public API for Kaa's
 * own builtins and for users' Java extension modules (the analogue of PyO3's {@code #[pyclass]}).
 *
 * <ul>
 *   <li>{@link dev.kaa.annotations.PyClass} on a class: a Python type; its members carry
 *       {@link dev.kaa.annotations.PyMethod}, {@link dev.kaa.annotations.PyGetter},
 *       {@link dev.kaa.annotations.PySetter} and {@link dev.kaa.annotations.PySlot}.</li>
 *   <li>{@link dev.kaa.annotations.PyModule} on a class: a native module; its static
 *       {@link dev.kaa.annotations.PyFunction} methods are the module's functions.</li>
 *   <li>{@link dev.kaa.annotations.Slot}: the type slots ({@code tp_repr}, {@code nb_add}, ...) with
 *       their Java shapes.</li>
 * </ul>
 *
 * <p>Nothing here is read by reflection: the annotation processor in {@code kaa-processor}
 * ({@code dev.kaa.processor.BuiltinProcessor}) turns each annotated class into a generated
 * {@code <Name>Table} class at compile time, with the argument parsing and CPython's error messages.
 * Signatures are written as CPython's {@code __text_signature__}; see {@link dev.kaa.annotations.PyMethod}.
 */
package dev.kaa.annotations;
