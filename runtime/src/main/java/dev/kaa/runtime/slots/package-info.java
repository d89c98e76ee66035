/**
 * Type slots: the functional interfaces a {@code PyType} holds (named after CPython's typedefs:
 * {@link dev.kaa.runtime.slots.UnaryFunc} for {@code unaryfunc}, {@link dev.kaa.runtime.slots.BinaryFunc},
 * {@link dev.kaa.runtime.slots.VectorcallFunc} for {@code tp_call}, ...), and the bridge between slots and
 * dunder methods.
 *
 * <ul>
 *   <li>{@link dev.kaa.runtime.slots.SlotDefs}: CPython's {@code slotdefs[]}: which dunders map to which
 *       slot and how; builtin types publish their slots as wrapper descriptors with it, and heap types get
 *       their slots from the dunders found along their MRO ({@code fixupSlots}, {@code updateSlot}).</li>
 *   <li>{@link dev.kaa.runtime.slots.SlotFunctions}: the slot implementations for classes defined in
 *       Python, which look up and call the dunder, with CPython's checks of the results and the
 *       reflected-operand protocol of binary operators.</li>
 *   <li>{@link dev.kaa.runtime.slots.CompareOp}: the six comparisons ({@code Py_LT} ... {@code Py_GE}).</li>
 * </ul>
 *
 * <p>To call a slot: {@code PyType t = o.type(); if (t.nb_add != null) r = t.nb_add.apply(v, w);} — but
 * almost always go through {@code Abstract}/{@code PyNumber}, which implement the protocols around the
 * slots (NotImplemented, reflected operands, fallbacks, errors).
 */
package dev.kaa.runtime.slots;
