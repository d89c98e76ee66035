package dev.kaa.compiler.oracle;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bounded fuzzing in the test command: {@code fuzz.count} mutants of Lib files (fixed seed {@code fuzz.seed},
 * see {@link Mutator}) parsed by Kaa, which must give an AST or a Python error, never a Java exception, each
 * within 2 s. A ratchet: fails only above {@code fuzz.maxJavaExceptions} / {@code fuzz.maxSlow}.
 *
 * <p>The mutants run in a child JVM ({@link FuzzMain} {@code --no-cpython}, same class path, same -Xss and
 * -Xmx): Java cannot stop a thread stuck in a loop, so a mutant that never finishes is abandoned together
 * with its JVM rather than left spinning beside the other tests. Failing mutants are kept in
 * compiler/target/fuzz-test/kept/. tools/fuzz.sh runs the long mode against CPython.
 */
class FuzzTest {
    /** A mutant still running after this is abandoned (and counted as slow). */
    private static final String HANG_SECONDS = "5";
    /** After this many abandoned mutants the run stops: each leaves a thread spinning. */
    private static final String MAX_HUNG = "4";
    /** The whole child run's limit. */
    private static final long CHILD_LIMIT_MINUTES = 10;

    @Test
    void mutantsNeverCrashOrHang() throws Exception {
        OracleEnv env = OracleEnv.find();
        Thresholds th = Thresholds.load();
        long count = th.get("fuzz.count");
        long seed = th.get("fuzz.seed");
        Path out = env.target().resolve("fuzz-test");
        Files.createDirectories(out);
        Path summary = out.resolve("summary.properties");
        Files.deleteIfExists(summary);

        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xss") || a.startsWith("-Xmx")) {
                cmd.add(a);
            }
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        cmd.addAll(List.of("-cp", cp, FuzzMain.class.getName(), Long.toString(count), "--seed", Long.toString(seed),
                "--no-cpython", "--stdlib", env.stdlib().toString(),
                "--threads", Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors())),
                "--batch", Long.toString(count), "--hang-seconds", HANG_SECONDS, "--max-hung", MAX_HUNG,
                "--out", out.toString(), "--summary", summary.toString(), "--quiet"));
        // The child's output is copied through System.out: surefire's channel is this JVM's stdout.
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread copier = Thread.ofVirtual().start(() -> {
            try (var r = child.inputReader(StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    System.out.println(line);
                }
            } catch (java.io.IOException e) {
                System.out.println("fuzz: lost the fuzzing JVM's output: " + e);
            }
        });
        if (!child.waitFor(CHILD_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            fail("fuzz: the fuzzing JVM did not finish within " + CHILD_LIMIT_MINUTES + " minutes");
        }
        copier.join(10_000);
        if (!Files.exists(summary)) {
            fail("fuzz: the fuzzing JVM exited with status " + child.exitValue() + " without a summary (see above)");
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(summary)) {
            p.load(in);
        }
        long javaExceptions = Long.parseLong(p.getProperty("javaExceptions"));
        long slow = Long.parseLong(p.getProperty("slow"));
        String f1 = th.checkMax("fuzz.maxJavaExceptions", javaExceptions);
        String f2 = th.checkMax("fuzz.maxSlow", slow);
        if (f1 != null || f2 != null) {
            fail("fuzz: " + (f1 != null ? f1 : "") + (f1 != null && f2 != null ? "; " : "") + (f2 != null ? f2 : ""));
        }
    }
}
