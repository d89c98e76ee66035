package dev.kaa.compiler.parser;

import dev.kaa.compiler.PySyntaxError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CPython 3.13.0's limits, at the exact thresholds measured against it (bisected with ast.parse): the
 * parser stack (MAXSTACK, a MemoryError) and the depth of ast2obj (a RecursionError).
 */
class ParserLimitsTest {

    private static String outcome(String src) {
        try {
            Parser.parseFile(src.getBytes(StandardCharsets.UTF_8), "<x>");
            return "OK";
        } catch (PySyntaxError e) {
            return e.kind;
        }
    }

    /** The largest n for which {@code prefix + "-" * n + suffix} parses. */
    private static void assertStackLimit(int n, String prefix, String suffix) {
        assertEquals("OK", outcome(prefix + "-".repeat(n) + suffix), prefix + " n=" + n);
        assertEquals("MemoryError", outcome(prefix + "-".repeat(n + 1) + suffix), prefix + " n=" + (n + 1));
    }

    @Test
    void parserStackThresholds() {
        assertStackLimit(5968, "", "1");
        assertStackLimit(5966, "x = ", "1");
        assertStackLimit(5963, "f(", "1)");
        assertStackLimit(5960, "x = f(", "1)");
        assertStackLimit(5958, "[", "1]");
        assertStackLimit(5963, "x[", "1]");
        assertStackLimit(5958, "{1:", "1}");
        assertStackLimit(5960, "f(a=", "1)");
        assertStackLimit(5954, "f'{", "1}'");
        assertStackLimit(5959, "(", "1,)");
    }

    @Test
    void astConstructionDepth() {
        assertEquals("OK", outcome("x" + ".a".repeat(9994)));
        assertEquals("RecursionError", outcome("x" + ".a".repeat(9995)));
        assertEquals("OK", outcome("def f():\n    x" + ".a".repeat(9993) + "\n"));
        assertEquals("RecursionError", outcome("def f():\n    x" + ".a".repeat(9994) + "\n"));
        assertEquals("OK", outcome("f" + "(a=1)".repeat(9993)));
        assertEquals("RecursionError", outcome("f" + "(a=1)".repeat(9994)));
        String pad = "x = 1\n".repeat(3000);
        assertEquals("OK", outcome(pad + "@x" + ".a".repeat(9994) + "\ndef f(): pass\n"));
        assertEquals("RecursionError", outcome(pad + "@x" + ".a".repeat(9995) + "\ndef f(): pass\n"));
    }
}
