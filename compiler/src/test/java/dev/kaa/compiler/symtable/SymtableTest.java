package dev.kaa.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.bytecode.Oracle;
import dev.kaa.compiler.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The symbol table against CPython's {@code symtable} module: every snippet under
 * {@code src/test/resources/symtable/} has its expected dump ({@code .symtable}, written by
 * {@code tools/dump_symtable.py --write}); the sweep compares a sample of CPython's Lib live
 * ({@code -Dkaa.symtable.all=true} for all of it).
 */
class SymtableTest {
    private static final Path DIR = Path.of("src/test/resources/symtable");

    @Test
    void snippetsMatchCPython() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                n++;
                String want = Files.readString(Path.of(p + ".symtable"), StandardCharsets.UTF_8);
                String got = SymtableDump.dump(Parser.parseFile(Files.readAllBytes(p), p.toString()), p.toString());
                if (!want.equals(got)) {
                    failures.add(p.getFileName() + "\n--- cpython\n" + want + "--- kaa\n" + got);
                }
            }
        }
        System.out.println("SymtableTest: " + (n - failures.size()) + " / " + n + " snippets match CPython");
        assertEquals(List.of(), failures);
    }

    @Test
    void libSweepMatchesCPython() throws Exception {
        assumeTrue(Oracle.python() != null, "CPython 3.13 not found");
        boolean all = Boolean.getBoolean("kaa.symtable.all");
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Oracle.stdlib())) {
            List<Path> ps = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().toList();
            for (int i = 0; i < ps.size(); i++) {
                if (all || i % 20 == 0) {
                    files.add(ps.get(i).toString());
                }
            }
        }
        Map<String, StringBuilder> want = new LinkedHashMap<>();
        StringBuilder cur = null;
        for (String l : Oracle.run("dump_symtable.py", files)) {
            if (l.startsWith("#### ")) {
                cur = new StringBuilder();
                want.put(l.substring(5), cur);
            } else {
                cur.append(l).append('\n');
            }
        }
        int same = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (String f : files) {
            String w = want.get(f).toString();
            String g;
            try {
                g = SymtableDump.dump(Parser.parseFile(Files.readAllBytes(Path.of(f)), f), f);
            } catch (PySyntaxError e) {
                continue; // the parser's business, tested elsewhere
            }
            total++;
            if (w.equals(g)) {
                same++;
            } else if (failures.size() < 5) {
                failures.add(f);
            }
        }
        System.out.println("SymtableTest: " + same + " / " + total + " Lib files have identical symbol tables");
        assertEquals(List.of(), failures);
    }
}
