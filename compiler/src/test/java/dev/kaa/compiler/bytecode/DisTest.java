package dev.kaa.compiler.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The disassembler and the table decoders against CPython: CPython's own code objects (dumped by
 * tools/dump_code.py) disassembled by {@link Dis} must print what CPython's dis prints for them.
 * Covers a sample of Lib files; {@code -Dkaa.dis.all=true} takes every file of Lib.
 */
class DisTest {
    @Test
    @SuppressWarnings("unchecked")
    void disOfCPythonCodeObjectsMatches() throws Exception {
        assumeTrue(Oracle.python() != null, "CPython 3.13 not found");
        Path lib = Oracle.stdlib();
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(lib)) {
            s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().forEach(p -> files.add(p.toString()));
        }
        boolean all = Boolean.getBoolean("kaa.dis.all");
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (all || i % 40 == 0) {
                chosen.add(files.get(i));
            }
        }
        int same = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (int from = 0; from < chosen.size(); from += 50) {
            List<String> args = new ArrayList<>();
            args.add("--dis");
            args.addAll(chosen.subList(from, Math.min(chosen.size(), from + 50)));
            for (String line : Oracle.run("dump_code.py", args)) {
                Map<String, Object> m = (Map<String, Object>) Json.parse(line);
                if (!m.containsKey("code")) {
                    continue;
                }
                total++;
                CodeObject co = CodeJson.code((Map<String, Object>) m.get("code"));
                String want = Dis.normalize((String) m.get("dis"));
                String got = Dis.normalize(Dis.dis(co));
                if (want.equals(got)) {
                    same++;
                } else if (failures.size() < 20) {
                    failures.add((String) m.get("file") + "\n" + firstDifference(want, got));
                }
            }
        }
        System.out.println("DisTest: " + same + " / " + total + " files disassemble identically");
        assertEquals(total, same, String.join("\n\n", failures));
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
