package dev.kaa.compiler.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long fuzzing run (tools/fuzz.sh N): N mutants of Lib files, each parsed by Kaa in this JVM and by
 * CPython 3.13 (one {@code tools/oracle_dump.py verdicts} process per batch, running while Kaa works on the
 * same batch). Prints inputs, Java exceptions, inputs over 2 s, and agreement with CPython on "error or
 * not" and on the full error line; the targets are 100,000 inputs, 0, 0, 99.9% and 98%.
 * Disagreements go to compiler/target/fuzz/disagreements.txt, failing mutants to compiler/target/fuzz/kept/.
 *
 * <pre>usage: FuzzMain N [--seed S] [--first I] [--batch B] [--threads T] [--no-cpython] [--write DIR]</pre>
 * ({@code --write DIR} only writes the mutants and their recipes to DIR, to look at or replay.)
 * Exit status 1 when a Java exception or a slow input was seen.
 */
public final class FuzzMain {
    private static final long HANG_MILLIS = 10_000;
    private static final int MAX_DISAGREEMENTS_LOGGED = 2000;
    private static final int MAX_KEPT = 200;

    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        int n = -1;
        long seed = 1;
        int first = 0;
        int batch = 1000;
        int threads = 1;
        boolean cpython = true;
        Path writeOnly = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--first" -> first = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--no-cpython" -> cpython = false;
                case "--write" -> writeOnly = Path.of(args[++i]);
                default -> n = Integer.parseInt(args[i]);
            }
        }
        if (n < 0) {
            System.err.println("usage: FuzzMain N [--seed S] [--first I] [--batch B] [--threads T] [--no-cpython] [--write DIR]");
            System.exit(2);
        }
        OracleEnv env = OracleEnv.find();
        Mutator mutator = new Mutator(env.stdlib());
        if (writeOnly != null) { // only write the mutants, for inspection: N.py and N.txt (the recipe)
            Files.createDirectories(writeOnly);
            for (int i = first; i < first + n; i++) {
                Mutator.Mutant m = mutator.mutant(seed, i);
                Files.write(writeOnly.resolve(String.format("%09d.py", i)), m.source());
                Files.writeString(writeOnly.resolve(String.format("%09d.txt", i)), m.recipe() + "\n");
            }
            System.out.println("wrote " + n + " mutants to " + writeOnly);
            return;
        }
        Path out = env.target().resolve("fuzz");
        Files.createDirectories(out);
        Path disagreements = out.resolve("disagreements.txt");
        Files.writeString(disagreements, "");
        Path kept = out.resolve("kept");
        Fuzz.deleteTree(kept);
        Path work = Files.createTempDirectory("kaa-fuzz");
        System.out.printf("fuzz: %d mutants from %d Lib files, seed %d, first %d, batches of %d%s%n", n,
                mutator.fileCount(), seed, first, batch, cpython ? ", compared with " + env.python() : "");

        Fuzz.Tally t = new Fuzz.Tally();
        long compared = 0;
        long errorAgree = 0;
        long lineAgree = 0;
        long cpythonErrors = 0;
        int logged = 0;
        int keptCount = 0;
        Map<String, Integer> disagreementKinds = new HashMap<>();
        long t0 = System.nanoTime();
        final long fseed = seed;
        try {
            for (int start = first; start < first + n; start += batch) {
                int size = Math.min(batch, first + n - start);
                Path dir = work.resolve("batch");
                Fuzz.deleteTree(dir);
                Files.createDirectories(dir);
                Mutator.Mutant[] mutants = new Mutator.Mutant[size];
                for (int k = 0; k < size; k++) {
                    mutants[k] = mutator.mutant(fseed, start + k);
                    if (cpython) {
                        Files.write(dir.resolve(String.format("%09d.py", start + k)), mutants[k].source());
                    }
                }
                Process py = cpython ? env.startTool(work.resolve("python.log"), "oracle_dump.py", "verdicts", dir.toString())
                        : null;
                final Mutator.Mutant[] ms = mutants;
                List<Guarded.Result<Fuzz.Checked>> results = Guarded.runAll(size, k -> () -> {
                    long s0 = System.nanoTime();
                    Outcome o = Outcome.parse(ms[k].source(), "<file>");
                    return new Fuzz.Checked(ms[k], o, System.nanoTime() - s0);
                }, threads, HANG_MILLIS, Integer.MAX_VALUE);
                String[] verdicts = null;
                if (py != null) {
                    int status = py.waitFor();
                    Path v = dir.resolve("verdicts.txt");
                    if (status == 0 && Files.exists(v)) {
                        verdicts = new String[size];
                        for (String line : Files.readAllLines(v, StandardCharsets.UTF_8)) {
                            int tab = line.indexOf('\t');
                            int idx = Integer.parseInt(line.substring(0, tab).replace(".py", "")) - start;
                            verdicts[idx] = line.substring(tab + 1);
                        }
                    } else {
                        System.out.println("  CPython failed on batch at " + start + " (status " + status + "), see "
                                + work.resolve("python.log") + "; batch not compared");
                    }
                }
                StringBuilder log = new StringBuilder();
                for (int k = 0; k < size; k++) {
                    Guarded.Result<Fuzz.Checked> r = results.get(k);
                    String failure = t.add(r, HANG_MILLIS);
                    if (failure != null && keptCount < MAX_KEPT) {
                        keptCount++;
                        Fuzz.keep(kept, mutants[k], failure, r.value() != null ? r.value().outcome().javaException() : null);
                    }
                    if (verdicts == null || verdicts[k] == null) {
                        continue;
                    }
                    compared++;
                    String kaa = r.timedOut() ? "TIMEOUT" : r.value() != null ? r.value().outcome().line() : "HARNESS";
                    String cp = verdicts[k];
                    boolean cpError = !cp.equals(Outcome.OK);
                    if (cpError) {
                        cpythonErrors++;
                    }
                    boolean kaaError = !kaa.equals(Outcome.OK) && !kaa.startsWith("JAVA ") && !kaa.equals("TIMEOUT")
                            && !kaa.equals("HARNESS");
                    if (cpError == kaaError && (cpError || kaa.equals(Outcome.OK))) {
                        errorAgree++;
                    }
                    if (kaa.equals(cp)) {
                        lineAgree++;
                    } else {
                        String kind = cp.split(" ", 2)[0] + " vs " + kaa.split(" ", 2)[0];
                        disagreementKinds.merge(kind, 1, Integer::sum);
                        if (logged < MAX_DISAGREEMENTS_LOGGED) {
                            logged++;
                            log.append("mutant ").append(start + k).append(" (").append(mutants[k].recipe()).append(")\n")
                                    .append("    source:  ").append(ShortDiff.preview(mutants[k].source())).append('\n')
                                    .append("    cpython: ").append(cp).append('\n')
                                    .append("    kaa:     ").append(kaa).append('\n');
                        }
                    }
                }
                Files.writeString(disagreements, log, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                System.out.printf("[%d/%d] %.0f s: Java exceptions %d, over 2 s %d, error-or-not %s, full line %s%n",
                        start + size - first, n, (System.nanoTime() - t0) / 1e9, t.javaExceptions, t.slow,
                        pct(errorAgree, compared), pct(lineAgree, compared));
            }
        } finally {
            Fuzz.deleteTree(work);
        }
        System.out.println();
        System.out.printf("inputs: %d%n", t.inputs);
        System.out.printf("Java exceptions: %d%n", t.javaExceptions);
        System.out.printf("inputs over 2 s: %d (abandoned after %d s: %d; slowest %.2f s)%n", t.slow,
                HANG_MILLIS / 1000, t.hung, t.slowestNanos / 1e9);
        if (cpython) {
            System.out.printf("CPython's verdicts: %d errors, %d parsed%n", cpythonErrors, compared - cpythonErrors);
            System.out.printf("agreement with CPython on error-or-not: %s (%d/%d)%n", pct(errorAgree, compared),
                    errorAgree, compared);
            System.out.printf("agreement with CPython on the full error line: %s (%d/%d)%n", pct(lineAgree, compared),
                    lineAgree, compared);
            disagreementKinds.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                    .forEach(en -> System.out.println("    " + en.getValue() + " x cpython " + en.getKey()));
            System.out.println("disagreements: " + disagreements);
        }
        t.printExceptionKinds();
        if (keptCount > 0) {
            System.out.println("failing mutants kept in " + kept);
        }
        System.exit(t.javaExceptions > 0 || t.slow > 0 ? 1 : 0);
    }

    private static String pct(long a, long b) {
        return b == 0 ? "n/a" : String.format("%.3f%%", 100.0 * a / b);
    }
}
