/**
 * CPython 3.13's bytecode as data: the instruction set ({@link dev.kaa.compiler.bytecode.Opcode}, generated
 * by tools/gen_opcodes.py from CPython's own tables), the code object ({@link dev.kaa.compiler.bytecode.CodeObject}
 * with CPython's {@code co_*} fields), the location table (PEP 626/657, {@link dev.kaa.compiler.bytecode.LineTable})
 * and exception table ({@link dev.kaa.compiler.bytecode.ExceptionTable}) formats, the compile-time constant
 * forms ({@link dev.kaa.compiler.bytecode.TupleConstant}, {@link dev.kaa.compiler.bytecode.FrozensetConstant}),
 * CPython's hash and set order for them ({@link dev.kaa.compiler.bytecode.SetOrder}), and the disassembler
 * ({@link dev.kaa.compiler.bytecode.Dis}, what {@code python3.13 -m dis} prints).
 *
 * <p>Constants use the AST's Java representation of Python values (null, Boolean, Long/BigInteger, Double,
 * ComplexValue, String/PyStr, byte[], EllipsisValue) plus the two collection forms above and nested
 * CodeObjects. Nothing here depends on the runtime: the interpreter reads these objects.
 */
package dev.kaa.compiler.bytecode;
