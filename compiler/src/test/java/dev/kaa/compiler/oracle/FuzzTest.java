package dev.kaa.compiler.oracle;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bounded fuzzing in the test command: {@code fuzz.count} mutants of Lib files (fixed seed {@code fuzz.seed},
 * see {@link Mutator}) parsed by Kaa, which must give an AST or a Python error, never a Java exception, each
 * within 2 s. A ratchet: fails only above {@code fuzz.maxJavaExceptions} / {@code fuzz.maxSlow}. Failing
 * mutants are kept in compiler/target/fuzz-failures/. tools/fuzz.sh runs the long mode against CPython.
 */
class FuzzTest {
    /** A mutant still running after this is abandoned (and counted as slow). */
    private static final long HANG_MILLIS = 5_000;
    /** After this many abandoned mutants the run stops: each leaves a thread spinning. */
    private static final int MAX_HUNG = 4;
    private static final int KEPT = 20;

    @Test
    void mutantsNeverCrashOrHang() throws Exception {
        OracleEnv env = OracleEnv.find();
        Thresholds th = Thresholds.load();
        int count = (int) th.get("fuzz.count");
        long seed = th.get("fuzz.seed");
        Mutator mutator = new Mutator(env.stdlib());
        int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        List<Guarded.Result<Fuzz.Checked>> results = Guarded.runAll(count,
                i -> () -> Fuzz.check(mutator, seed, i), parallelism, HANG_MILLIS, MAX_HUNG);
        double secs = (System.nanoTime() - t0) / 1e9;

        Path kept = env.target().resolve("fuzz-failures");
        Fuzz.deleteTree(kept);
        Fuzz.Tally t = new Fuzz.Tally();
        int notRun = 0;
        int keptCount = 0;
        StringBuilder firstFailures = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Guarded.Result<Fuzz.Checked> r = results.get(i);
            if (r == null) {
                notRun++;
                continue;
            }
            String failure = t.add(r, HANG_MILLIS);
            if (failure != null && keptCount < KEPT) {
                keptCount++;
                Mutator.Mutant m = r.value() != null ? r.value().mutant() : mutator.mutant(seed, i);
                Fuzz.keep(kept, m, failure, r.value() != null ? r.value().outcome().javaException() : null);
                if (keptCount <= 5) {
                    firstFailures.append("    #").append(i).append(" (").append(m.recipe()).append("): ")
                            .append(failure).append('\n');
                }
            }
        }
        // Mutants never started because the run stopped early count as slow: they were not shown to be fast.
        t.slow += notRun;
        System.out.printf("fuzz: %d mutants (seed %d), %d Java exceptions, %d over 2 s (%d abandoned after %d s,"
                        + " %d not run), %d syntax errors, %d parsed; slowest %.2f s; %.1f s on %d threads%n",
                count, seed, t.javaExceptions, t.slow, t.hung, HANG_MILLIS / 1000, notRun, t.errors, t.ok,
                t.slowestNanos / 1e9, secs, parallelism);
        t.printExceptionKinds();
        if (!firstFailures.isEmpty()) {
            System.out.print("  first failing mutants (kept in " + kept + "):\n" + firstFailures);
        }
        String f1 = th.checkMax("fuzz.maxJavaExceptions", t.javaExceptions);
        String f2 = th.checkMax("fuzz.maxSlow", t.slow);
        if (f1 != null || f2 != null) {
            fail("fuzz: " + (f1 != null ? f1 : "") + (f1 != null && f2 != null ? "; " : "") + (f2 != null ? f2 : ""));
        }
    }
}
