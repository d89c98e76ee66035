package dev.kaa.compiler.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the fuzzer checks on one mutant with Kaa alone: the parse ends in an AST or a Python error (never a
 * Java exception) and takes under {@link #SLOW_NANOS}. Used by {@link FuzzMain}, for both the bounded run
 * of {@link FuzzTest} and long runs that also compare with CPython.
 */
final class Fuzz {
    private Fuzz() {
    }

    /** The limit per input. */
    static final long SLOW_NANOS = 2_000_000_000L;

    /** One mutant's result on Kaa. */
    record Checked(Mutator.Mutant mutant, Outcome outcome, long parseNanos) {
    }

    /** Keeps a failing mutant for reproduction: N.py (the bytes) and N.txt (recipe, outcome, stack). */
    static void keep(Path dir, Mutator.Mutant m, String what, Throwable e) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(m.index() + ".py"), m.source());
        String text = "mutant " + m.index() + ": " + m.recipe() + "\n" + what + "\n"
                + (e == null ? "" : Outcome.where(e));
        Files.writeString(dir.resolve(m.index() + ".txt"), text, StandardCharsets.UTF_8);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    /** Counts over Kaa-only checks. */
    static final class Tally {
        int inputs;
        int javaExceptions;
        int slow;
        int hung;
        int errors;
        int ok;
        long slowestNanos;
        final java.util.Map<String, Integer> exceptionKinds = new java.util.LinkedHashMap<>();

        /** Adds one result (null value and timedOut: hung); returns a description when it is a failure. */
        String add(Guarded.Result<Checked> r, long hangMillis) {
            inputs++;
            if (r.timedOut()) {
                hung++;
                slow++;
                return "no answer within " + hangMillis / 1000 + " s (abandoned)";
            }
            if (r.thrown() != null) { // mutant generation itself failed: a harness bug, reported as such
                javaExceptions++;
                exceptionKinds.merge("harness: " + r.thrown(), 1, Integer::sum);
                return "harness exception: " + r.thrown();
            }
            Checked c = r.value();
            slowestNanos = Math.max(slowestNanos, c.parseNanos());
            String failure = null;
            if (c.outcome().javaException() != null) {
                javaExceptions++;
                exceptionKinds.merge(c.outcome().line(), 1, Integer::sum);
                failure = c.outcome().line();
            } else if (c.outcome().isError()) {
                errors++;
            } else {
                ok++;
            }
            if (c.parseNanos() > SLOW_NANOS) {
                slow++;
                failure = (failure == null ? "" : failure + "; ") + String.format("took %.2f s", c.parseNanos() / 1e9);
            }
            return failure;
        }

        void printExceptionKinds() {
            if (!exceptionKinds.isEmpty()) {
                System.out.println("  Java exceptions by kind:");
                List<java.util.Map.Entry<String, Integer>> sorted = exceptionKinds.entrySet().stream()
                        .sorted((a, b) -> b.getValue() - a.getValue()).limit(8).toList();
                sorted.forEach(en -> System.out.println("    " + en.getValue() + " x " + en.getKey()));
            }
        }
    }
}
