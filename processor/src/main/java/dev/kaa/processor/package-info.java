/**
 * The annotation processor that turns {@code @PyClass} and {@code @PyModule} classes into generated tables
 * at compile time: {@link dev.kaa.processor.BuiltinProcessor} (analysis: methods, signatures, slots,
 * conversions), {@link dev.kaa.processor.Signature} (the text-signature syntax of {@code sig = "..."}),
 * {@link dev.kaa.processor.SlotShape} (the Java shape of each slot kind) and
 * {@link dev.kaa.processor.TableWriter} (the source it writes). Generated files say so on their first line.
 */
package dev.kaa.processor;
