package dev.kaa.compiler.codegen;

import dev.kaa.compiler.ast.Node;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which strings CPython has interned by the time it makes a code object: those interned when
 * {@code python3.13 -m dis} calls compile() ({@link StartupInterned}) and every identifier of the module
 * being compiled (the parser interns identifiers; string literals are new objects). It only decides the
 * order of frozenset constants of strings (see CodeGen.orderedFrozenset).
 */
final class InternedNames {
    private final Node root;
    private Set<String> identifiers;
    /** Each node class's instance fields (Class.getFields copies its array at every call). */
    private final java.util.Map<Class<?>, Field[]> fields = new java.util.HashMap<>();

    InternedNames(Node root) {
        this.root = root;
    }

    boolean isInterned(String s) {
        if (StartupInterned.WORDS.contains(s)) {
            return true;
        }
        if (identifiers == null) {
            identifiers = new HashSet<>();
            collect(root);
        }
        return identifiers.contains(s);
    }

    private void collect(Object o) {
        if (o instanceof dev.kaa.compiler.ast.Constant) {
            return; // string literals are new objects, not interned by the parser
        }
        if (o instanceof Node n) {
            Field[] fs = fields.computeIfAbsent(n.getClass(), k -> java.util.Arrays.stream(k.getFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers())).toArray(Field[]::new));
            for (Field f : fs) {
                Object v;
                try {
                    v = f.get(n);
                } catch (IllegalAccessException e) {
                    continue;
                }
                if (v instanceof String s) {
                    if (!f.getName().equals("kind") && !f.getName().equals("type_comment")) {
                        for (String part : s.split("\\.")) {
                            identifiers.add(part);
                        }
                    }
                } else {
                    collect(v);
                }
            }
        } else if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof String s) {
                    identifiers.add(s);
                } else {
                    collect(x);
                }
            }
        }
    }
}
