package dev.kaa.compiler.flowgraph;

import dev.kaa.compiler.ast.ComplexValue;
import dev.kaa.compiler.ast.PyStr;
import dev.kaa.compiler.bytecode.FrozensetConstant;
import dev.kaa.compiler.bytecode.TupleConstant;
import java.math.BigInteger;

/** bool() of a compile-time constant (PyObject_IsTrue for the types co_consts can hold). */
public final class Truth {
    private Truth() {
    }

    public static boolean isTrue(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case ComplexValue c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case PyStr s -> s.codePoints().length != 0;
            case byte[] b -> b.length != 0;
            case TupleConstant t -> t.size() != 0;
            case FrozensetConstant f -> f.size() != 0;
            default -> true; // Ellipsis, code objects
        };
    }
}
