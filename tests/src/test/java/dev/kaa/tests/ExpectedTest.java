package dev.kaa.tests;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The .expected format: Java reads and writes what tools/gen_golden.py writes. */
class ExpectedTest {
    /** Written by gen_golden.py for a program printing these lines (escapes, non-ASCII, no final newline). */
    private static final String JSON = """
            {
             "exit": 1,
             "stdout": [
              "a \\"b\\" \\\\ \\t é∂😀\\n",
              "\\u0001\\n",
              "tail"
             ],
             "stderr": []
            }
            """;

    @Test
    void parsesAndWritesTheSameText() {
        Expected e = Expected.parse(JSON);
        assertEquals(1, e.exit());
        assertEquals("a \"b\" \\ \t é∂😀\n\u0001\ntail", e.stdout());
        assertEquals("", e.stderr());
        assertEquals(JSON, e.toJson());
    }

    @Test
    void splitsAfterNewlines() {
        assertEquals(List.of("a\n", "\n", "b"), Expected.splitLines("a\n\nb"));
        assertEquals(List.of("a\n"), Expected.splitLines("a\n"));
        assertEquals(List.of(), Expected.splitLines(""));
    }

    @Test
    void rejectsIncompleteFiles() {
        assertThrows(IllegalArgumentException.class, () -> Expected.parse("{\"exit\": 0, \"stdout\": []}"));
        assertThrows(IllegalArgumentException.class, () -> Expected.parse("{\"exit\": 0, \"stdout\": [\"x], \"stderr\": []}"));
    }

    @Test
    void reportsTheFirstDifferentLine() {
        Expected want = new Expected(0, "a\nb\n", "");
        assertNull(GoldenTest.firstDifference(want, new Expected(0, "a\nb\n", "")));
        assertEquals("stdout line 2: expected \"b\\n\", got \"c\\n\"",
                GoldenTest.firstDifference(want, new Expected(0, "a\nc\n", "")));
        assertEquals("stdout line 3: expected <end>, got \"x\"",
                GoldenTest.firstDifference(want, new Expected(0, "a\nb\nx", "")));
        assertEquals("exit status 2, expected 0", GoldenTest.firstDifference(want, new Expected(2, "a\nb\n", "")));
        assertEquals("stderr line 1: expected <end>, got \"E\\n\" [exit 1, expected 0]",
                GoldenTest.firstDifference(want, new Expected(1, "a\nb\n", "E\n")));
    }
}
