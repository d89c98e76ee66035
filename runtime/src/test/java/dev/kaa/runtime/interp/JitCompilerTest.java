package dev.kaa.runtime.interp;

import dev.kaa.compiler.Compiler;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JIT takes every code object of the golden corpus (the programs that exercise every instruction),
 * except those too long for HotSpot to compile: a refusal for any other reason (an instruction without a
 * template, a stack-depth disagreement, a class the verifier rejects) would silently leave code in the
 * interpreter. What the compiled code does is checked by the golden corpus, which runs with a JIT
 * threshold of 2.
 */
class JitCompilerTest {
    @Test
    void compilesEveryCodeObjectOfTheGoldenCorpus() throws IOException {
        Path root = Path.of("..", "tests", "golden");
        List<Path> programs;
        try (Stream<Path> s = Files.walk(root)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(programs.size() > 400, "golden programs found: " + programs.size());
        Interpreter interp = new Interpreter();
        List<String> refused = new ArrayList<>();
        int[] counts = new int[2];
        for (Path p : programs) {
            byte[] source = Files.readAllBytes(p);
            interp.call(() -> {
                PyCode module;
                try {
                    module = Exec.compile(source, p.toString(), Compiler.Mode.EXEC, 0, -1);
                } catch (RuntimeException e) {
                    return null; // programs that test SyntaxError
                }
                check(module, p, refused, counts);
                return null;
            });
        }
        assertEquals(List.of(), refused, "code objects refused by the JIT");
        assertTrue(counts[0] > 1000, "code objects compiled: " + counts[0]);
    }

    private static void check(PyCode code, Path p, List<String> refused, int[] counts) {
        Object r = JitCompiler.compileOrRefuse(code);
        if (r instanceof JitCode) {
            counts[0]++;
        } else if (r.toString().startsWith(JitCompiler.TOO_LARGE)) {
            counts[1]++;
        } else {
            refused.add(p.getFileName() + ":" + code.qualname + ": " + r);
        }
        for (PyObject c : code.consts) {
            if (c instanceof PyCode inner) {
                check(inner, p, refused, counts);
            }
        }
    }
}
