package dev.kaa.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the Java source of generated tables. Kept thin: the work is in the runtime's ArgSpec and Args. */
final class TableWriter {
    private static final String RT = "dev.kaa.runtime.";
    private static final String OBJ = RT + "objects.PyObject";
    private static final String TUPLE = RT + "objects.PyTuple";
    private static final String ARGS = RT + "binding.Args";

    private TableWriter() {
    }

    static String type(BuiltinProcessor.TypeModel t) {
        StringBuilder sb = new StringBuilder();
        header(sb, t.pkg(), t.qname());
        sb.append("@SuppressWarnings({\"all\"})\n");
        sb.append("final class ").append(t.simple()).append("Table extends ").append(RT).append("binding.TypeSpec {\n");
        for (String f : t.specFields()) {
            sb.append("    ").append(f).append('\n');
        }
        sb.append("\n    ").append(t.simple()).append("Table() {\n");
        sb.append("        super(").append(lit(t.pyName())).append(", ").append(lit(t.pyModule())).append(", ")
                .append(lit(t.pyQualname())).append(", ").append(t.qname()).append(".class, ")
                .append(t.basetype()).append(", ").append(lit(t.doc())).append(");\n    }\n\n");

        // defineSlots
        sb.append("    @Override\n    public void defineSlots(").append(RT).append("objects.PyType t) {\n");
        for (int i = 0; i < t.slots().size(); i++) {
            sb.append("        t.").append(t.slots().get(i).slot().name()).append(" = new Slots(").append(i)
                    .append(");\n");
        }
        sb.append("    }\n\n");

        // defineMembers
        sb.append("    @Override\n    public void defineMembers(").append(RT).append("binding.Members m) {\n");
        for (Entry e : t.methods()) {
            sb.append("        m.method(").append(lit(e.pyName)).append(", ").append(e.index).append(", ")
                    .append(e.flags).append(", ").append(lit(e.doc)).append(", ").append(lit(e.textSignature))
                    .append(");\n");
        }
        for (String[] gs : t.getsets()) {
            sb.append("        m.getset(").append(lit(gs[0])).append(", ").append(gs[1]).append(", ").append(gs[2])
                    .append(", ").append(lit(gs[3])).append(");\n");
        }
        sb.append("    }\n\n");

        callMethod(sb, t.methods());

        if (!t.getterCalls().isEmpty()) {
            sb.append("    @Override\n    public ").append(OBJ).append(" get(int index, ").append(OBJ)
                    .append(" self) {\n        switch (index) {\n");
            for (int i = 0; i < t.getterCalls().size(); i++) {
                sb.append("            case ").append(i).append(": return ").append(t.getterCalls().get(i))
                        .append(";\n");
            }
            sb.append("            default: throw new IllegalStateException(\"getter \" + index);\n        }\n    }\n\n");
        }
        if (!t.setterCalls().isEmpty()) {
            sb.append("    @Override\n    public void set(int index, ").append(OBJ).append(" self, ").append(OBJ)
                    .append(" value) {\n        switch (index) {\n");
            for (int i = 0; i < t.setterCalls().size(); i++) {
                sb.append("            case ").append(i).append(": ").append(t.setterCalls().get(i))
                        .append("; return;\n");
            }
            sb.append("            default: throw new IllegalStateException(\"setter \" + index);\n        }\n    }\n\n");
        }

        slotsClass(sb, t.slots());
        sb.append("}\n");
        return sb.toString();
    }

    static String module(String pkg, String simple, String qname, String pyName, String doc, List<Entry> methods,
                         List<String> specFields, boolean hasExec) {
        StringBuilder sb = new StringBuilder();
        header(sb, pkg, qname);
        sb.append("@SuppressWarnings({\"all\"})\n");
        sb.append("public final class ").append(simple).append("Table extends ").append(RT)
                .append("binding.ModuleSpec {\n");
        for (String f : specFields) {
            sb.append("    ").append(f).append('\n');
        }
        sb.append("\n    public ").append(simple).append("Table() {\n        super(").append(lit(pyName)).append(", ")
                .append(lit(doc)).append(");\n    }\n\n");
        sb.append("    @Override\n    public void defineMembers(").append(RT).append("binding.Members m) {\n");
        for (Entry e : methods) {
            sb.append("        m.method(").append(lit(e.pyName)).append(", ").append(e.index).append(", ")
                    .append(e.flags).append(", ").append(lit(e.doc)).append(", ").append(lit(e.textSignature))
                    .append(");\n");
        }
        sb.append("    }\n\n");
        if (hasExec) {
            sb.append("    @Override\n    public void exec(").append(RT).append("objects.PyModule module) {\n        ")
                    .append(qname).append(".exec(module);\n    }\n\n");
        }
        callMethod(sb, methods);
        sb.append("}\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, String pkg, String qname) {
        sb.append("// GENERATED by kaa-processor (dev.kaa.processor.BuiltinProcessor) from ").append(qname)
                .append(". Do not edit.\n");
        if (!pkg.isEmpty()) {
            sb.append("package ").append(pkg).append(";\n\n");
        }
    }

    private static void callMethod(StringBuilder sb, List<Entry> methods) {
        if (methods.isEmpty()) {
            sb.append("    @Override\n    public ").append(OBJ).append(" call(int index, ").append(OBJ)
                    .append(" self, ").append(OBJ).append("[] args, int off, int nargs, ").append(TUPLE)
                    .append(" kwnames) {\n        throw new IllegalStateException(\"method \" + index);\n    }\n\n");
            return;
        }
        sb.append("    @Override\n    public ").append(OBJ).append(" call(int index, ").append(OBJ).append(" self, ")
                .append(OBJ).append("[] args, int off, int nargs, ").append(TUPLE).append(" kwnames) {\n");
        sb.append("        switch (index) {\n");
        for (Entry e : methods) {
            sb.append("            case ").append(e.index).append(": { // ").append(e.pyName)
                    .append(e.textSignature == null ? "" : e.textSignature.replace("\n", "\\n")).append('\n');
            body(sb, e, "                ", false);
            sb.append("            }\n");
        }
        sb.append("            default: throw new IllegalStateException(\"method \" + index);\n        }\n    }\n\n");
    }

    /**
     * The checks, argument extraction and call of one entry. Variables in scope: self (or type), args,
     * off, nargs, kwnames. {@code voidResult}: the enclosing method returns void.
     */
    static void body(StringBuilder sb, Entry e, String ind, boolean voidResult) {
        List<Entry.JParam> ps = e.params;
        Signature sig = e.sig;
        List<Signature.Param> named = sig.named();
        int maxpos = 0;
        int minpos = 0;
        boolean countingMin = true;
        for (Signature.Param p : named) {
            if (p.kind() == Signature.Kind.POSONLY || p.kind() == Signature.Kind.POS_OR_KW) {
                maxpos++;
                if (countingMin && p.defaultValue() == null) {
                    minpos++;
                } else {
                    countingMin = false;
                }
            }
        }
        boolean varargs = sig.hasVarargs();
        boolean varkw = sig.hasVarkw();
        boolean requiredKwonly = named.stream().anyMatch(p -> p.kind() == Signature.Kind.KWONLY && p.required());
        // Java variable per Python parameter, in signature order.
        String[] vars = new String[ps.size()];
        switch (e.style) {
            case NOARGS -> {
                sb.append(ind).append("if (kwnames != null) throw ").append(ARGS).append(".noKeywords(")
                        .append(lit(e.funcstr)).append(");\n");
                sb.append(ind).append("if (nargs != 0) throw ").append(ARGS).append(".noArgs(")
                        .append(lit(e.funcstr)).append(", nargs);\n");
            }
            case O -> {
                sb.append(ind).append("if (kwnames != null) throw ").append(ARGS).append(".noKeywords(")
                        .append(lit(e.funcstr)).append(");\n");
                sb.append(ind).append("if (nargs != 1) throw ").append(ARGS).append(".exactlyOne(")
                        .append(lit(e.funcstr)).append(", nargs);\n");
                vars[0] = "args[off]";
            }
            case POSITIONAL -> {
                sb.append(ind).append("if (kwnames != null) throw ").append(ARGS).append(".noKeywords(")
                        .append(lit(e.funcstr)).append(");\n");
                String check = varargs ? (minpos > 0 ? "nargs < " + minpos : null)
                        : minpos == maxpos ? "nargs != " + minpos
                        : minpos > 0 ? "nargs < " + minpos + " || nargs > " + maxpos : "nargs > " + maxpos;
                if (check != null) {
                    sb.append(ind).append("if (").append(check).append(") throw ").append(ARGS)
                            .append(".checkPositional(").append(lit(e.fname)).append(", nargs, ").append(minpos)
                            .append(", ").append(varargs ? "Integer.MAX_VALUE" : String.valueOf(maxpos)).append(");\n");
                }
                int pos = 0;
                for (int i = 0; i < ps.size(); i++) {
                    Signature.Param p = ps.get(i).param();
                    if (p.kind() == Signature.Kind.VARARGS) {
                        vars[i] = ARGS + ".tail(args, off, nargs, " + maxpos + ")";
                    } else if (pos < minpos) {
                        vars[i] = "args[off + " + pos + "]";
                        pos++;
                    } else {
                        vars[i] = "a" + i;
                        sb.append(ind).append(OBJ).append(" a").append(i).append(" = nargs > ").append(pos)
                                .append(" ? args[off + ").append(pos).append("] : null;\n");
                        pos++;
                    }
                }
            }
            case KEYWORDS, NEW -> {
                // Fast path: no keywords, positional count in range; else Clinic's parser.
                for (int i = 0; i < ps.size(); i++) {
                    vars[i] = "a" + i;
                    String jt = ps.get(i).conv() == Entry.Conv.TUPLE ? TUPLE
                            : ps.get(i).conv() == Entry.Conv.DICT ? RT + "objects.PyDict" : OBJ;
                    sb.append(ind).append(jt).append(" a").append(i).append(";\n");
                }
                StringBuilder cond = new StringBuilder("kwnames == null && nargs >= ").append(minpos);
                if (!varargs) {
                    cond.append(" && nargs <= ").append(maxpos);
                }
                if (requiredKwonly) {
                    cond.append(" && false");
                }
                sb.append(ind).append("if (").append(cond).append(") {\n");
                int pos = 0;
                for (int i = 0; i < ps.size(); i++) {
                    Signature.Param p = ps.get(i).param();
                    sb.append(ind).append("    a").append(i).append(" = ");
                    switch (p.kind()) {
                        case VARARGS -> sb.append(ARGS).append(".tail(args, off, nargs, ").append(maxpos).append(")");
                        case VARKW -> sb.append("new ").append(RT).append("objects.PyDict()");
                        case KWONLY -> sb.append("null");
                        default -> {
                            sb.append(pos < minpos ? "args[off + " + pos + "]"
                                    : "nargs > " + pos + " ? args[off + " + pos + "] : null");
                            pos++;
                        }
                    }
                    sb.append(";\n");
                }
                sb.append(ind).append("} else {\n");
                sb.append(ind).append("    ").append(OBJ).append("[] b = ").append(e.specField)
                        .append(".unpack(args, off, nargs, kwnames);\n");
                int ni = 0;
                for (int i = 0; i < ps.size(); i++) {
                    Signature.Param p = ps.get(i).param();
                    sb.append(ind).append("    a").append(i).append(" = ");
                    switch (p.kind()) {
                        case VARARGS -> sb.append("(").append(TUPLE).append(") b[").append(e.specField)
                                .append(".varargsIndex()]");
                        case VARKW -> sb.append("(").append(RT).append("objects.PyDict) b[").append(e.specField)
                                .append(".varkwIndex()]");
                        default -> sb.append("b[").append(ni++).append("]");
                    }
                    sb.append(";\n");
                }
                sb.append(ind).append("}\n");
            }
        }
        // The call.
        List<String> argExprs = new ArrayList<>(e.leading);
        int posIndex = 0;
        for (int i = 0; i < ps.size(); i++) {
            Entry.JParam jp = ps.get(i);
            Signature.Param p = jp.param();
            String display = p.kind() == Signature.Kind.POSONLY ? "argument " + (posIndex + 1)
                    : "argument '" + p.name() + "'";
            if (p.kind() == Signature.Kind.POSONLY || p.kind() == Signature.Kind.POS_OR_KW) {
                posIndex++;
            }
            argExprs.add(convert(jp, vars[i], e.fname, display));
        }
        String call = e.target + "(" + String.join(", ", argExprs) + ")";
        if (voidResult) {
            sb.append(ind).append(call).append(";\n").append(ind).append("return;\n");
        } else if (e.returnType.equals("void")) {
            sb.append(ind).append(call).append(";\n").append(ind).append("return ").append(RT)
                    .append("objects.PyNone.NONE;\n");
        } else {
            sb.append(ind).append("return ").append(box(e.returnType, call)).append(";\n");
        }
    }

    /** A Java value of type {@code javaType} as a Python object. */
    static String box(String javaType, String expr) {
        return switch (javaType) {
            case "boolean" -> RT + "objects.PyBool.of(" + expr + ")";
            case "long", "int" -> RT + "objects.PyInt.of(" + expr + ")";
            case "double" -> RT + "objects.PyFloat.of(" + expr + ")";
            case "java.lang.String" -> RT + "objects.PyStr.of(" + expr + ")";
            case "void" -> "(" + expr + ", " + RT + "objects.PyNone.NONE)";
            default -> expr;
        };
    }

    private static String convert(Entry.JParam jp, String v, String fname, String display) {
        String given = switch (jp.conv()) {
            case OBJECT, TUPLE, DICT -> v;
            case CAST -> ARGS + ".cast(" + v + ", " + jp.javaType() + ".class, " + lit(fname) + ", " + lit(display)
                    + ", " + lit(jp.expected()) + ")";
            case LONG -> ARGS + ".asSsize(" + v + ")";
            case INT -> ARGS + ".asInt(" + v + ")";
            case DOUBLE -> ARGS + ".asDouble(" + v + ")";
            case BOOLEAN -> ARGS + ".asBoolean(" + v + ")";
            case STRING -> ARGS + ".asString(" + v + ", " + lit(fname) + ", " + lit(display) + ")";
        };
        String d = jp.param().defaultValue();
        if (d == null || jp.conv() == Entry.Conv.TUPLE || jp.conv() == Entry.Conv.DICT) {
            return given;
        }
        if (d.equals("NULL") && (jp.conv() == Entry.Conv.OBJECT)) {
            return v;
        }
        return "(" + v + " == null ? " + defaultExpr(jp.conv(), d, jp.javaType()) + " : " + given + ")";
    }

    /** The Java expression for Python default {@code d} of a parameter converted by {@code conv}, or null. */
    static String defaultExpr(Entry.Conv conv, String d, String javaType) {
        boolean isInt = d.matches("-?[0-9]+");
        boolean isFloat = !isInt && d.matches("-?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|-?[0-9]+[eE][-+]?[0-9]+");
        boolean isStr = d.length() >= 2 && (d.charAt(0) == '\'' || d.charAt(0) == '"')
                && d.charAt(d.length() - 1) == d.charAt(0);
        if (d.equals("sys.maxsize")) {
            return switch (conv) {
                case OBJECT -> RT + "objects.PyInt.of(Long.MAX_VALUE)";
                case LONG -> "Long.MAX_VALUE";
                default -> null;
            };
        }
        switch (conv) {
            case OBJECT:
                if (d.equals("NULL")) {
                    return "null";
                }
                if (d.equals("None")) {
                    return RT + "objects.PyNone.NONE";
                }
                if (d.equals("True") || d.equals("False")) {
                    return RT + "objects.PyBool." + d.toUpperCase();
                }
                if (d.equals("()")) {
                    return RT + "objects.PyTuple.EMPTY";
                }
                if (isInt) {
                    return fitsLong(d) ? RT + "objects.PyInt.of(" + d + "L)" : null;
                }
                if (isFloat) {
                    return RT + "objects.PyFloat.of(" + d + ")";
                }
                if (isStr) {
                    return RT + "objects.PyStr.of(" + javaString(d) + ")";
                }
                return null;
            case CAST:
                return d.equals("NULL") ? "null" : null;
            case LONG:
                return isInt && fitsLong(d) ? d + "L" : null;
            case INT:
                return isInt && fitsInt(d) ? d : null;
            case DOUBLE:
                return isInt || isFloat ? "(double) " + d : null;
            case BOOLEAN:
                return d.equals("True") || d.equals("1") ? "true" : d.equals("False") || d.equals("0") ? "false" : null;
            case STRING:
                if (d.equals("None") || d.equals("NULL")) {
                    return "null";
                }
                return isStr ? javaString(d) : null;
            default:
                return null;
        }
    }

    private static boolean fitsLong(String d) {
        try {
            Long.parseLong(d);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean fitsInt(String d) {
        try {
            Integer.parseInt(d);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A Python string literal (simple escapes only) as a Java string literal. */
    private static String javaString(String py) {
        String body = py.substring(1, py.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '0' -> out.append('\0');
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return lit(out.toString());
    }

    /** The {@code ArgSpec} constant for an entry that may need Clinic's keyword parser. */
    static String argSpecField(Entry e) {
        List<Signature.Param> named = e.sig.named();
        StringBuilder names = new StringBuilder("new String[] {");
        StringBuilder req = new StringBuilder("new boolean[] {");
        int posonly = 0;
        int maxpos = 0;
        for (int i = 0; i < named.size(); i++) {
            Signature.Param p = named.get(i);
            if (i > 0) {
                names.append(", ");
                req.append(", ");
            }
            names.append(lit(p.name()));
            req.append(p.required());
            if (p.kind() == Signature.Kind.POSONLY) {
                posonly++;
            }
            if (p.kind() == Signature.Kind.POSONLY || p.kind() == Signature.Kind.POS_OR_KW) {
                maxpos++;
            }
        }
        names.append('}');
        req.append('}');
        return "private static final " + RT + "binding.ArgSpec " + e.specField + " = new " + RT
                + "binding.ArgSpec(" + RT + "binding.ArgSpec.Style." + (e.style == Entry.Style.NEW ? "NEW" : "KEYWORDS")
                + ", " + lit(e.fname) + ", " + names + ", " + posonly + ", " + maxpos + ", " + req + ", "
                + e.sig.hasVarargs() + ", " + e.sig.hasVarkw() + ");";
    }

    private static void slotsClass(StringBuilder sb, List<BuiltinProcessor.SlotModel> slots) {
        if (slots.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> byIface = new LinkedHashMap<>();
        Map<String, SlotShape> shapes = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            SlotShape s = slots.get(i).shape();
            byIface.computeIfAbsent(s.iface(), k -> new ArrayList<>()).add(i);
            shapes.put(s.iface(), s);
        }
        sb.append("    /** The slot functions; {@code which} selects the slot. */\n");
        sb.append("    private static final class Slots implements ");
        sb.append(String.join(", ", byIface.keySet().stream().map(n -> SlotShape.PKG + n).toList()));
        sb.append(" {\n        private final int which;\n\n        Slots(int which) {\n            this.which = which;\n        }\n");
        for (Map.Entry<String, List<Integer>> en : byIface.entrySet()) {
            SlotShape s = shapes.get(en.getKey());
            sb.append("\n        @Override\n        public ").append(s.returnType()).append(' ').append(s.method())
                    .append('(');
            for (int k = 0; k < s.paramTypes().length; k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(s.paramTypes()[k]).append(' ').append(s.paramNames()[k]);
            }
            sb.append(") {\n            switch (which) {\n");
            for (int i : en.getValue()) {
                BuiltinProcessor.SlotModel sm = slots.get(i);
                sb.append("                case ").append(i).append(": { // ").append(sm.slot().name()).append('\n');
                if (sm.parsed() != null) {
                    body(sb, sm.parsed(), "                    ", s.returnType().equals("void"));
                } else if (s.returnType().equals("void")) {
                    sb.append("                    ").append(sm.directCall()).append(";\n                    return;\n");
                } else {
                    sb.append("                    return ").append(sm.directCall()).append(";\n");
                }
                sb.append("                }\n");
            }
            sb.append("                default: throw new IllegalStateException(\"slot \" + which);\n            }\n        }\n");
        }
        sb.append("    }\n");
    }

    static String lit(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
