package dev.kaa.compiler.codegen;

import dev.kaa.compiler.ast.ComplexValue;
import dev.kaa.compiler.ast.PyStr;
import dev.kaa.compiler.bytecode.TupleConstant;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Python equality of constants, as a set applies it: {@code 1}, {@code 1.0}, {@code True} and
 * {@code (1+0j)} are the same element. Used to drop duplicates from constant set displays.
 */
final class SetKey {
    private SetKey() {
    }

    private record Str(List<Integer> cps) {
    }

    private record Tup(List<Object> items) {
    }

    private record Cplx(double re, double im) {
    }

    static Object of(Object v) {
        return switch (v) {
            case null -> "None\u0000";
            case Boolean b -> BigInteger.valueOf(b ? 1 : 0);
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Double d -> number(d);
            case ComplexValue c -> c.imag() == 0.0 ? number(c.real()) : new Cplx(c.real(), c.imag());
            case PyStr s -> {
                List<Integer> cps = new ArrayList<>();
                for (int c : s.codePoints()) {
                    cps.add(c);
                }
                yield new Str(cps);
            }
            case byte[] b -> ByteBuffer.wrap(b.clone());
            case TupleConstant t -> {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < t.size(); i++) {
                    items.add(of(t.get(i)));
                }
                yield new Tup(items);
            }
            default -> v;
        };
    }

    private static Object number(double d) {
        if (Double.isNaN(d)) {
            return new Object(); // nan != nan: never a duplicate
        }
        if (!Double.isInfinite(d) && d == Math.rint(d)) {
            return new BigDecimal(d).toBigIntegerExact();
        }
        return d == 0.0 ? 0.0 : d;
    }
}
