package dev.kaa.compiler.bytecode;

import dev.kaa.compiler.ast.ComplexValue;
import dev.kaa.compiler.ast.EllipsisValue;
import dev.kaa.compiler.ast.PyStr;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Builds {@link CodeObject}s from the JSON of tools/dump_code.py (CPython's own code objects). */
public final class CodeJson {
    private CodeJson() {
    }

    @SuppressWarnings("unchecked")
    public static CodeObject code(Map<String, Object> m) {
        List<Object> consts = (List<Object>) m.get("consts");
        Object[] cs = new Object[consts.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = constant((Map<String, Object>) consts.get(i));
        }
        List<Object> kinds = (List<Object>) m.get("localspluskinds");
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (long) (Long) kinds.get(i);
        }
        return new CodeObject(num(m, "argcount"), num(m, "posonlyargcount"), num(m, "kwonlyargcount"),
                num(m, "stacksize"), num(m, "flags"), num(m, "firstlineno"), hex(m, "code"), cs,
                strings(m, "names"), strings(m, "localsplusnames"), k, (String) m.get("filename"),
                (String) m.get("name"), (String) m.get("qualname"), hex(m, "linetable"), hex(m, "exceptiontable"));
    }

    private static int num(Map<String, Object> m, String k) {
        return (int) (long) (Long) m.get(k);
    }

    private static byte[] hex(Map<String, Object> m, String k) {
        return HexFormat.of().parseHex((String) m.get(k));
    }

    @SuppressWarnings("unchecked")
    private static String[] strings(Map<String, Object> m, String k) {
        return ((List<Object>) m.get(k)).toArray(new String[0]);
    }

    @SuppressWarnings("unchecked")
    static Object constant(Map<String, Object> c) {
        Map.Entry<String, Object> e = c.entrySet().iterator().next();
        Object v = e.getValue();
        return switch (e.getKey()) {
            case "none" -> null;
            case "ellipsis" -> EllipsisValue.INSTANCE;
            case "bool" -> v;
            case "int" -> {
                BigInteger b = new BigInteger((String) v);
                yield b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case "float" -> pyFloatFromHex((String) v);
            case "complex" -> new ComplexValue(pyFloatFromHex((String) ((List<Object>) v).get(0)),
                    pyFloatFromHex((String) ((List<Object>) v).get(1)));
            case "str" -> str((String) v);
            case "codepoints" -> {
                List<Object> l = (List<Object>) v;
                int[] cps = new int[l.size()];
                for (int i = 0; i < cps.length; i++) {
                    cps[i] = (int) (long) (Long) l.get(i);
                }
                yield new PyStr(cps);
            }
            case "bytes" -> HexFormat.of().parseHex((String) v);
            case "tuple", "frozenset" -> {
                List<Object> l = (List<Object>) v;
                Object[] items = new Object[l.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = constant((Map<String, Object>) l.get(i));
                }
                yield e.getKey().equals("tuple") ? new TupleConstant(items) : new FrozensetConstant(items);
            }
            case "code" -> code((Map<String, Object>) v);
            default -> throw new IllegalArgumentException(e.getKey());
        };
    }

    private static Object str(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isSurrogate(ch)) {
                boolean paired = Character.isHighSurrogate(ch) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (!paired) {
                    return new PyStr(s.codePoints().toArray());
                }
                i++;
            }
        }
        return s;
    }

    static double pyFloatFromHex(String h) {
        return switch (h) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(h.contains("p") ? h : h + "p0");
        };
    }
}
