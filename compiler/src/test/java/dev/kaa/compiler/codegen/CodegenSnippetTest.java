package dev.kaa.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.compiler.bytecode.Dis;
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
 * end_offset). The snippets are compiled under their bare file name, as the dump ran in their directory.
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
                String name = p.getFileName().toString();
                Path dis = Path.of(p + ".dis");
                String want = Files.exists(dis)
                        ? Files.readString(dis, StandardCharsets.UTF_8)
                        : Files.readString(Path.of(p + ".err"), StandardCharsets.UTF_8);
                String got = DisMain.disOrError(Files.readAllBytes(p), name);
                if (!Dis.normalize(want).equals(Dis.normalize(got))) {
                    failures.add(name + "\n" + firstDifference(want, got));
                }
            }
        }
        System.out.println("CodegenSnippetTest: " + (n - failures.size()) + " / " + n + " snippets match CPython");
        assertEquals(List.of(), failures);
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
