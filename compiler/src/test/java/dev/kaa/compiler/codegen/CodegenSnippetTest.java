package dev.kaa.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.compiler.bytecode.Dis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiler against {@code python3.13 -m dis}: every snippet {@code NAME.py} under
 * {@code src/test/resources/codegen/} has CPython's output stored next to it by tools/dump_dis.py, either
 * {@code NAME.py.dis} (what {@code -m dis NAME.py} prints, addresses normalized as {@link Dis#normalize})
 * or {@code NAME.py.err} (the SyntaxError compile() raises: kind, repr of msg, lineno, offset, end_lineno,
 * end_offset); and the SyntaxWarnings compiling it issues, {@code NAME.py.warnings} (none if absent). The
 * snippets are compiled under their bare file name, as the dump ran in their directory. For {@code opt_*.py}
 * also {@code NAME.py.O.dis} and {@code NAME.py.OO.dis}: {@code -O} and {@code -OO}.
 */
class CodegenSnippetTest {
    private static final Path DIR = Path.of("src/test/resources/codegen");

    @Test
    void snippetsMatchCPython() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                n++;
                String failure = check(p);
                if (failure != null) {
                    failures.add(p.getFileName() + failure);
                }
            }
        }
        System.out.println("CodegenSnippetTest: " + (n - failures.size()) + " / " + n + " snippets match CPython");
        assertEquals(List.of(), failures);
    }

    /** Null if the snippet compiles as CPython's does; else what differs first. */
    private static String check(Path p) throws IOException {
        String name = p.getFileName().toString();
        byte[] source = Files.readAllBytes(p);
        Path dis = Path.of(p + ".dis");
        if (!Files.exists(dis)) {
            return differ(Files.readString(Path.of(p + ".err"), StandardCharsets.UTF_8),
                    DisMain.disOrError(source, name), "");
        }
        String d = differ(Files.readString(dis, StandardCharsets.UTF_8), DisMain.disOrError(source, name), "");
        for (int level = 1; d == null && level <= 2; level++) {
            Path opt = Path.of(p + (level == 1 ? ".O.dis" : ".OO.dis"));
            if (Files.exists(opt)) {
                d = differ(Files.readString(opt, StandardCharsets.UTF_8), DisMain.disOrError(source, name, level),
                        " (" + opt.getFileName() + ")");
            }
        }
        if (d == null) {
            Path w = Path.of(p + ".warnings");
            d = differ(Files.exists(w) ? Files.readString(w, StandardCharsets.UTF_8) : "",
                    DisMain.warnings(source, name), " (SyntaxWarnings)");
        }
        return d;
    }

    private static String differ(String want, String got, String what) {
        return Dis.normalize(want).equals(Dis.normalize(got)) ? null
                : what + "\n" + firstDifference(Dis.normalize(want), Dis.normalize(got));
    }

    static String firstDifference(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<EOF>";
            String y = i < b.length ? b[i] : "<EOF>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n  cpython: " + x + "\n  kaa:     " + y;
            }
        }
        return "(equal)";
    }
}
