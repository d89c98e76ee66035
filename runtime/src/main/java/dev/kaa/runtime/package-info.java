/**
 * Kaa's runtime: the object model, the operations on objects, and the interpreter state. The bytecode
 * interpreter (a later stage) executes code objects on top of this package; everything here is written
 * so it can dispatch quickly and so that many interpreters can share one JVM. A guide for code building
 * on it (how to call slots, declare builtins, raise and catch exceptions, what the interpreter may cache)
 * is {@code runtime/notes/object-model.md}.
 *
 * <h2>Map</h2>
 * <ul>
 *   <li><b>Interpreter state.</b> {@link dev.kaa.runtime.Interpreter} holds all mutable state of one Python
 *       "process" (modules, builtins, hash secret, recursion limit, interned strings);
 *       {@link dev.kaa.runtime.ThreadState} holds per-thread state and is reached through a
 *       {@link java.lang.ScopedValue} bound by {@code Interpreter.run}. No static field is mutable.</li>
 *   <li><b>Objects.</b> {@link dev.kaa.runtime.objects} has one Java class per Python type
 *       ({@code PyInt}, {@code PyStr}, {@code PyDict}, ...), rooted at
 *       {@link dev.kaa.runtime.objects.PyObject}, whose {@code type} field is the Python type. Type objects
 *       ({@link dev.kaa.runtime.objects.PyType}) carry the slots.</li>
 *   <li><b>Slots.</b> {@link dev.kaa.runtime.slots} defines the slot interfaces ({@code BinaryFunc} for
 *       {@code nb_add}, ...), the dunder-to-slot table ({@code SlotDefs}) and the slot functions that call
 *       Python-level dunders ({@code SlotFunctions}).</li>
 *   <li><b>Operations.</b> {@link dev.kaa.runtime.Abstract} (CPython's {@code PyObject_*}: attributes,
 *       calls, comparison, items, iteration, hashing) and {@link dev.kaa.runtime.PyNumber}
 *       ({@code PyNumber_*}: the binary-operator protocol) dispatch through slots with CPython's error
 *       messages. This is the generic path under the interpreter's specialized instructions.</li>
 *   <li><b>Builtin declarations.</b> Types and modules are declared with the annotations of
 *       {@code kaa-annotations}; {@code kaa-processor} generates their tables at compile time;
 *       {@link dev.kaa.runtime.binding} holds what generated code calls (argument parsing with CPython's
 *       messages, conversions) and {@link dev.kaa.runtime.builtins} the {@code builtins} module.</li>
 *   <li><b>Errors.</b> A raised Python exception is a {@link dev.kaa.runtime.PyException} (stackless)
 *       carrying the exception object; {@link dev.kaa.runtime.PyErr} creates them.</li>
 *   <li><b>Hashing.</b> {@link dev.kaa.runtime.PyHash} and {@link dev.kaa.runtime.HashSecret}: CPython's
 *       hash functions bit for bit (see {@code runtime/notes/hash.md}).</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Calls use CPython's vectorcall convention: {@code (callable, args, off, nargs, kwnames)} with the
 *       keyword values after the positionals and {@code kwnames} null when there are none.</li>
 *   <li>{@code tp_iternext} returns null at the end and never raises StopIteration.</li>
 *   <li>Methods that raise return a {@code PyException} for the caller to {@code throw}
 *       ({@code throw PyErr.format(PyExc.TypeError, ...)}).</li>
 *   <li>Names follow CPython ({@code tp_repr}, {@code nb_add}, {@code PyExc.ValueError}); each Java method
 *       doing what a CPython function does says which.</li>
 * </ul>
 */
package dev.kaa.runtime;
