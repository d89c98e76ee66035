package dev.kaa.compiler.symtable;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.ModNode;
import dev.kaa.compiler.ast.AstRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints a symbol table in tools/dump_symtable.py's format. */
public final class SymtableDump {
    private static final String[] TYPES = {"function", "class", "module", "annotation", "type_alias",
        "type_parameters", "type_variable"};

    private SymtableDump() {
    }

    public static String dump(ModNode mod, String filename) {
        StringBuilder sb = new StringBuilder();
        try {
            SymbolTable st = SymbolTable.build(mod, filename, FutureFeatures.fromAst(mod, filename, 0));
            dump(st.top(), "", sb);
        } catch (PySyntaxError e) {
            sb.setLength(0);
            sb.append(e.kind).append(' ').append(AstRepr.repr(e.msg)).append(' ').append(e.lineno).append(' ')
                    .append(e.offset).append(' ').append(e.endLineno).append(' ')
                    .append(e.endOffset == PySyntaxError.NONE ? "None" : String.valueOf(e.endOffset)).append('\n');
        }
        return sb.toString();
    }

    private static void dump(SymbolTableEntry ste, String indent, StringBuilder sb) {
        sb.append(indent).append(TYPES[ste.ste_type.ordinal()]).append(' ').append(ste.ste_name)
                .append(" line=").append(ste.ste_lineno).append(" nested=").append(ste.ste_nested ? 1 : 0)
                .append(" varnames=[").append(String.join(", ", ste.ste_varnames)).append("]\n");
        List<String> names = new ArrayList<>(ste.ste_symbols.keySet());
        names.sort(SymtableDump::compareCodePoints);
        for (String n : names) {
            sb.append(indent).append("  ").append(n).append(' ').append(ste.ste_symbols.get(n)).append('\n');
        }
        for (SymbolTableEntry c : ste.ste_children) {
            dump(c, indent + "  ", sb);
        }
    }

    /** Python's str ordering (by code point), not Java's UTF-16 order. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
