package dev.kaa.compiler.parser;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.ModNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A developer's tool (not a test): parses every file of a list in one JVM and compares each
 * {@code ast.dump(..., include_attributes=True)} (or SyntaxError line) with an oracle file written once by
 * CPython 3.13, printing the mismatches. Usage:
 * {@code StmtLibSweep LIB_ROOT ORACLE_DIR FILE_LIST [substring-filter] [max-shown]}; the oracle for
 * {@code rel/path.py} is {@code ORACLE_DIR/rel/path.py.txt}.
 */
public final class StmtLibSweep {
    private StmtLibSweep() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path oracle = Path.of(args[1]);
        List<String> files = Files.readAllLines(Path.of(args[2]));
        String filter = args.length > 3 ? args[3] : "";
        int maxShown = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int same = 0;
        int total = 0;
        int shown = 0;
        int javaExceptions = 0;
        int noneVsMinusOne = 0;
        long t0 = System.nanoTime();
        long bytes = 0;
        for (String rel : files) {
            if (!rel.contains(filter)) {
                continue;
            }
            total++;
            byte[] src = Files.readAllBytes(root.resolve(rel));
            bytes += src.length;
            String expected = Files.readString(oracle.resolve(rel + ".txt"), StandardCharsets.UTF_8).stripTrailing();
            String actual;
            try {
                actual = dump(src, rel);
            } catch (Throwable e) {
                javaExceptions++;
                StackTraceElement[] st = e.getStackTrace();
                actual = "JAVA " + e + (st.length > 0 ? " at " + st[0] : "");
                if (st.length > 1) {
                    actual += " / " + st[1];
                }
            }
            if (actual.equals(expected)) {
                same++;
            } else if (normalizeNone(actual).equals(normalizeNone(expected))) {
                same++;
                noneVsMinusOne++;
            } else if (shown++ < maxShown) {
                System.out.println("DIFF " + rel);
                System.out.println("  " + firstDifference(expected, actual));
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("identical %d / %d (java exceptions %d; %d counted identical though -1 shows as None);"
                + " %.1f s, %.2f MB/s%n", same, total, javaExceptions, noneVsMinusOne, secs, bytes / 1e6 / secs);
    }

    static String dump(byte[] src, String filename) {
        try {
            ModNode mod = Parser.parseFile(src, filename);
            return mod.dump();
        } catch (PySyntaxError e) {
            return errorLine(e);
        }
    }

    static String errorLine(PySyntaxError e) {
        return dev.kaa.compiler.AstDumpFormat.errorLine(e);
    }

    /** The error line with -1 positions shown as None (PySyntaxError cannot tell them apart yet). */
    private static String normalizeNone(String line) {
        if (!line.startsWith("SyntaxError") && !line.startsWith("IndentationError") && !line.startsWith("TabError")) {
            return line;
        }
        return line.replace(" -1", " None");
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return "expected: ..." + expected.substring(from, Math.min(expected.length(), i + 150)) + "\n  actual:   ..."
                + actual.substring(from, Math.min(actual.length(), i + 150));
    }
}
