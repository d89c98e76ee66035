package dev.kaa.compiler.flowgraph;

import dev.kaa.compiler.ast.PyStr;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.FrozensetConstant;
import dev.kaa.compiler.bytecode.TupleConstant;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The key under which the compiler merges equal constants (CPython's {@code _PyCode_ConstantKey}): equal
 * values of different types stay apart ({@code 1}, {@code 1.0} and {@code True}; {@code 0.0} and
 * {@code -0.0}), tuples and frozensets compare by the keys of their items, code objects by identity.
 */
public final class ConstKey {
    private ConstKey() {
    }

    private static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private record StrKey(List<Integer> codePoints) {
    }

    private record TupleKey(List<Object> items) {
    }

    private record FrozensetKey(HashSet<Object> items) {
    }

    /**
     * Code objects compare equal field by field, as code_richcompare (not qualname or filename). The hash
     * is computed once: keys of enclosing code objects contain this one, and are hashed at every lookup.
     */
    private record CodeKey(String name, int argcount, int posonlyargcount, int kwonlyargcount, int flags,
                           int firstlineno, ByteBuffer code, Object consts, List<String> names,
                           List<String> localsplusnames, ByteBuffer linetable, ByteBuffer exceptiontable,
                           int hash) {
        static CodeKey of(CodeObject c) {
            ByteBuffer code = ByteBuffer.wrap(c.co_code);
            Object consts = ConstKey.of(new TupleConstant(c.co_consts));
            List<String> names = List.of(c.co_names);
            List<String> localsplusnames = List.of(c.co_localsplusnames);
            ByteBuffer linetable = ByteBuffer.wrap(c.co_linetable);
            ByteBuffer exceptiontable = ByteBuffer.wrap(c.co_exceptiontable);
            int h = java.util.Objects.hash(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
                    c.co_flags, c.co_firstlineno, code, consts, names, localsplusnames, linetable, exceptiontable);
            return new CodeKey(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags,
                    c.co_firstlineno, code, consts, names, localsplusnames, linetable, exceptiontable, h);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** The merge key of a constant. */
    public static Object of(Object value) {
        return switch (value) {
            case null -> NONE;
            case byte[] b -> ByteBuffer.wrap(b.clone());
            case PyStr s -> {
                List<Integer> cps = new ArrayList<>(s.codePoints().length);
                for (int c : s.codePoints()) {
                    cps.add(c);
                }
                yield new StrKey(cps);
            }
            case TupleConstant t -> {
                List<Object> items = new ArrayList<>(t.size());
                for (int i = 0; i < t.size(); i++) {
                    items.add(of(t.get(i)));
                }
                yield new TupleKey(items);
            }
            case FrozensetConstant f -> {
                HashSet<Object> items = new HashSet<>();
                for (int i = 0; i < f.size(); i++) {
                    items.add(of(f.get(i)));
                }
                yield new FrozensetKey(items);
            }
            // nan != nan: only the same float object is the same constant
            case Double d when d.isNaN() -> new Identity(d);
            case CodeObject c -> CodeKey.of(c);
            default -> value; // Boolean, Long, BigInteger, Double (bitwise equality), ComplexValue, String, Ellipsis
        };
    }
}
