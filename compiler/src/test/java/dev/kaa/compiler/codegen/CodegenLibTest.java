package dev.kaa.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.compiler.Compiler;
import dev.kaa.compiler.bytecode.CodeJson;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.ConstantRepr;
import dev.kaa.compiler.bytecode.Dis;
import dev.kaa.compiler.bytecode.Json;
import dev.kaa.compiler.bytecode.Oracle;
import dev.kaa.compiler.parser.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiler against CPython's on a sample of Lib ({@code -Dkaa.codegen.all=true}: all of it): every code
 * object CPython makes (dumped by tools/dump_code.py) must have the same disassembly, constants, co_code,
 * co_linetable, co_exceptiontable, co_stacksize, co_flags, argument counts, names and local kinds.
 *
 * <p>One thing is compared loosely: the order of frozenset constants. It depends on which strings the
 * process has interned (see tools/gen_interned.py), and dump_code.py compiles many files in one process,
 * unlike {@code python3.13 -m dis}; {@link CodegenSnippetTest} checks the order against {@code -m dis}.
 */
class CodegenLibTest {
    @Test
    @SuppressWarnings("unchecked")
    void libSampleCompilesLikeCPython() throws Exception {
        assumeTrue(Oracle.python() != null, "CPython 3.13 not found");
        boolean all = Boolean.getBoolean("kaa.codegen.all");
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Oracle.stdlib())) {
            List<Path> ps = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().toList();
            for (int i = 0; i < ps.size(); i++) {
                if (all || i % 25 == 0) {
                    files.add(ps.get(i).toString());
                }
            }
        }
        int same = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (int from = 0; from < files.size(); from += 50) {
            List<String> args = new ArrayList<>(files.subList(from, Math.min(files.size(), from + 50)));
            for (String line : Oracle.run("dump_code.py", args)) {
                Map<String, Object> m = (Map<String, Object>) Json.parse(line);
                if (!m.containsKey("code")) {
                    continue;
                }
                String f = (String) m.get("file");
                List<CodeObject> want = new ArrayList<>();
                flatten(CodeJson.code((Map<String, Object>) m.get("code")), want);
                List<CodeObject> got = new ArrayList<>();
                try {
                    flatten(Compiler.compile(Parser.parseFile(Files.readAllBytes(Path.of(f)), f), f,
                            Compiler.Mode.EXEC), got);
                } catch (RuntimeException | StackOverflowError e) {
                    total += want.size();
                    failures.add(f + ": " + e);
                    continue;
                }
                for (int i = 0; i < want.size(); i++) {
                    total++;
                    String diff = i < got.size() ? difference(want.get(i), got.get(i)) : "missing";
                    if (diff == null) {
                        same++;
                    } else if (failures.size() < 20) {
                        failures.add(f + " :: " + want.get(i).co_qualname + ": " + diff);
                    }
                }
            }
        }
        System.out.println("CodegenLibTest: " + same + " / " + total + " code objects identical to CPython's ("
                + files.size() + " files)");
        assertEquals(total, same, String.join("\n\n", failures));
    }

    /**
     * The specification itself on a smaller sample ({@code -Dkaa.codegen.all=true}: all of Lib, a few minutes):
     * {@code python3.13 -m dis FILE}, one process per file with PYTHONHASHSEED=0, prints what
     * {@link Dis#dis} prints for Kaa's code object, addresses normalized.
     */
    @Test
    void libSampleMatchesPythonMinusMDis() throws Exception {
        assumeTrue(Oracle.python() != null, "CPython 3.13 not found");
        boolean all = Boolean.getBoolean("kaa.codegen.all");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Oracle.stdlib())) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().toList();
        }
        int same = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (!all && i % 60 != 7) {
                continue;
            }
            String f = files.get(i).toString();
            ProcessBuilder pb = new ProcessBuilder(Oracle.python(), "-m", "dis", f);
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            String want = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                continue; // CPython rejects the file: CodegenSnippetTest and the front end's tests cover errors
            }
            total++;
            String got = DisMain.disOrError(Files.readAllBytes(Path.of(f)), f);
            if (Dis.normalize(want).equals(Dis.normalize(got))) {
                same++;
            } else if (failures.size() < 10) {
                failures.add(f + "\n" + CodegenSnippetTest.firstDifference(Dis.normalize(want), Dis.normalize(got)));
            }
        }
        System.out.println("CodegenLibTest: python3.13 -m dis identical for " + same + " / " + total + " files");
        assertEquals(total, same, String.join("\n\n", failures));
    }

    /** Null when equal; else what differs first. */
    static String difference(CodeObject a, CodeObject b) {
        String da = unorder(Dis.normalize(Dis.disassemble(a)));
        String db = unorder(Dis.normalize(Dis.disassemble(b)));
        if (!da.equals(db)) {
            return "dis\n" + CodegenSnippetTest.firstDifference(Dis.normalize(Dis.disassemble(a)),
                    Dis.normalize(Dis.disassemble(b)));
        }
        if (!Arrays.equals(consts(a), consts(b))) {
            return "co_consts " + Arrays.toString(consts(a)) + " vs " + Arrays.toString(consts(b));
        }
        if (!Arrays.equals(a.co_code, b.co_code)) {
            return "co_code";
        }
        if (!Arrays.equals(a.co_linetable, b.co_linetable)) {
            return "co_linetable";
        }
        if (!Arrays.equals(a.co_exceptiontable, b.co_exceptiontable)) {
            return "co_exceptiontable";
        }
        if (a.co_stacksize != b.co_stacksize) {
            return "co_stacksize " + a.co_stacksize + " vs " + b.co_stacksize;
        }
        if (a.co_flags != b.co_flags) {
            return "co_flags " + a.co_flags + " vs " + b.co_flags;
        }
        if (a.co_argcount != b.co_argcount || a.co_posonlyargcount != b.co_posonlyargcount
                || a.co_kwonlyargcount != b.co_kwonlyargcount) {
            return "argument counts";
        }
        if (a.co_firstlineno != b.co_firstlineno || !a.co_name.equals(b.co_name)
                || !a.co_qualname.equals(b.co_qualname)) {
            return "co_firstlineno/co_name/co_qualname";
        }
        if (!Arrays.equals(a.co_names, b.co_names) || !Arrays.equals(a.co_localsplusnames, b.co_localsplusnames)
                || !Arrays.equals(a.co_localspluskinds, b.co_localspluskinds)) {
            return "co_names/co_localsplusnames/co_localspluskinds";
        }
        return null;
    }

    private static String[] consts(CodeObject c) {
        String[] r = new String[c.co_consts.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.co_consts[i] instanceof CodeObject co ? "<code " + co.co_qualname + ">"
                    : unorder(ConstantRepr.repr(c.co_consts[i]));
        }
        return r;
    }

    /** A line that shows a frozenset with its characters sorted: equal for any order of the items. */
    private static String unorder(String text) {
        if (!text.contains("frozenset(")) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.contains("frozenset(")) {
                char[] cs = line.toCharArray();
                Arrays.sort(cs);
                line = new String(cs);
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static void flatten(CodeObject c, List<CodeObject> out) {
        out.add(c);
        for (Object o : c.co_consts) {
            if (o instanceof CodeObject co) {
                flatten(co, out);
            }
        }
    }
}
