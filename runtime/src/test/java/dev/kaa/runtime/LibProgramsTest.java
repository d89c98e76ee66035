package dev.kaa.runtime;

import dev.kaa.compiler.Compiler;
import dev.kaa.runtime.interp.Exec;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTextIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Programs exercising the library types and modules (resources {@code lib/NAME.py}), each run in a fresh
 * interpreter with its output compared to {@code lib/NAME.expected}, which CPython 3.13 wrote
 * ({@code python3.13 NAME.py > NAME.expected}).
 */
class LibProgramsTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = LibProgramsTest.class.getResourceAsStream("lib/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs {@code source} as {@code __main__}; returns its stdout plus "UNCAUGHT type: msg" if it raised. */
    static String run(String source, String filename) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Interpreter interp = new Interpreter(Interpreter.Config.withHashSeed(0));
        StringBuilder error = new StringBuilder();
        // Python code needs the deep stack the command line gives it.
        Thread t = new Thread(null, () -> interp.run(() -> {
            PyTextIO out = PyTextIO.forOutput(bytes, "<stdout>", false);
            interp.sys.add("stdout", out);
            try {
                PyCode code = Exec.compile(source.getBytes(StandardCharsets.UTF_8), filename, Compiler.Mode.EXEC, 0, 0);
                PyDict g = new PyDict();
                g.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
                g.setItem(PyStr.of("__builtins__"), interp.builtins);
                Exec.execCode(code, g, g);
            } catch (PyException e) {
                error.append("UNCAUGHT ").append(e.type().getName()).append(": ").append(Abstract.str(e.value));
            } finally {
                out.flushQuietly();
            }
        }), "python", 256L << 20);
        t.start();
        t.join();
        return bytes.toString(StandardCharsets.UTF_8) + error;
    }

    @ParameterizedTest
    @ValueSource(strings = {"iterators_property", "math_module", "math_accuracy", "bytes_bytearray", "sys_module",
        "builtins_misc", "bytes_format", "subclasses", "time_module", "open_files", "stdout_buffer", "decode_memoryview", "site_sorted"})
    void program(String name) throws Exception {
        String source = resource(name + ".py");
        // Programs that write files do so in a fresh directory, named @TMP@ in the source and the expected output.
        Path tmp = Files.createTempDirectory("kaa-lib");
        try {
            String out = run(source.replace("@TMP@", tmp.toString()), name + ".py");
            assertEquals(resource(name + ".expected"), out.replace(tmp.toString(), "@TMP@"));
        } finally {
            try (var files = Files.list(tmp)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(tmp);
        }
    }
}
