package dev.kaa.compiler.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fuzzer's driver. Long runs (tools/fuzz.sh N): N mutants of Lib files (see {@link Mutator}), each
 * parsed by Kaa in this JVM and by CPython 3.13 (one {@code tools/oracle_dump.py verdicts} process per
 * batch, running while Kaa works on the same batch). Prints inputs, Java exceptions, inputs over 2 s, and
 * agreement with CPython on "error or not" and on the full error line; the issue's targets are 100,000
 * inputs, 0, 0, 99.9% and 98%. Disagreements go to OUT/disagreements.txt, failing mutants to OUT/kept/
 * (OUT is compiler/target/fuzz unless --out).
 *
 * <p>{@link FuzzTest} runs it in a child JVM with {@code --no-cpython} (Kaa-only checks), so that a mutant
 * that never finishes can be left behind with its JVM instead of spinning in the test JVM.
 *
 * <pre>
 * usage: FuzzMain N [--seed S] [--first I] [--batch B] [--threads T] [--no-cpython] [--stdlib DIR]
 *                   [--hang-seconds S] [--max-hung H] [--out DIR] [--summary FILE] [--quiet] [--write DIR]
 * </pre>
 * {@code --write DIR} only writes the mutants and their recipes to DIR, to look at or replay. A run stops
 * starting mutants after H of them were abandoned (each leaves a thread spinning). Exit status 1 when a
 * Java exception or a slow input was seen.
 */
public final class FuzzMain {
    private static final int MAX_DISAGREEMENTS_LOGGED = 2000;
    private static final int MAX_KEPT = 200;
    private static final int SHOWN = 5;

    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        int n = -1;
        long seed = 1;
        int first = 0;
        int batch = 1000;
        int threads = 1;
        boolean cpython = true;
        boolean quiet = false;
        long hangMillis = 10_000;
        int maxHung = 20;
        Path stdlib = null;
        Path out = null;
        Path summary = null;
        Path writeOnly = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--first" -> first = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--no-cpython" -> cpython = false;
                case "--stdlib" -> stdlib = Path.of(args[++i]);
                case "--hang-seconds" -> hangMillis = (long) (Double.parseDouble(args[++i]) * 1000);
                case "--max-hung" -> maxHung = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--summary" -> summary = Path.of(args[++i]);
                case "--quiet" -> quiet = true;
                case "--write" -> writeOnly = Path.of(args[++i]);
                default -> n = Integer.parseInt(args[i]);
            }
        }
        if (n < 0) {
            System.err.println("usage: FuzzMain N [--seed S] [--first I] [--batch B] [--threads T] [--no-cpython]"
                    + " [--stdlib DIR] [--hang-seconds S] [--max-hung H] [--out DIR] [--summary FILE] [--quiet]"
                    + " [--write DIR]");
            System.exit(2);
        }
        OracleEnv env = null;
        if (cpython || stdlib == null) {
            env = OracleEnv.find();
            if (stdlib == null) {
                stdlib = env.stdlib();
            }
        }
        Mutator mutator = new Mutator(stdlib);
        if (writeOnly != null) {
            Files.createDirectories(writeOnly);
            for (int i = first; i < first + n; i++) {
                Mutator.Mutant m = mutator.mutant(seed, i);
                Files.write(writeOnly.resolve(String.format("%09d.py", i)), m.source());
                Files.writeString(writeOnly.resolve(String.format("%09d.txt", i)), m.recipe() + "\n");
            }
            System.out.println("wrote " + n + " mutants to " + writeOnly);
            return;
        }
        if (out == null) {
            out = OracleEnv.targetWithoutCPython().resolve("fuzz");
        }
        Files.createDirectories(out);
        Path disagreements = out.resolve("disagreements.txt");
        Files.writeString(disagreements, "");
        Path kept = out.resolve("kept");
        Fuzz.deleteTree(kept);
        Path work = Files.createTempDirectory("kaa-fuzz");
        if (!quiet) {
            System.out.printf("fuzz: %d mutants from %d Lib files, seed %d, first %d, batches of %d%s%n", n,
                    mutator.fileCount(), seed, first, batch, cpython ? ", compared with " + env.python() : "");
        }

        Fuzz.Tally t = new Fuzz.Tally();
        long compared = 0;
        long errorAgree = 0;
        long lineAgree = 0;
        long cpythonErrors = 0;
        int notRun = 0;
        int logged = 0;
        int keptCount = 0;
        StringBuilder firstFailures = new StringBuilder();
        Map<String, Integer> disagreementKinds = new HashMap<>();
        long t0 = System.nanoTime();
        final long fseed = seed;
        try {
            for (int start = first; start < first + n; start += batch) {
                int size = Math.min(batch, first + n - start);
                if (t.hung >= maxHung) {
                    notRun += size;
                    continue;
                }
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
                Process py = cpython ? env.startTool(out.resolve("cpython.log"), "oracle_dump.py", "verdicts", dir.toString())
                        : null;
                final Mutator.Mutant[] ms = mutants;
                List<Guarded.Result<Fuzz.Checked>> results = Guarded.runAll(size, k -> () -> {
                    long s0 = System.nanoTime();
                    Outcome o = Outcome.parse(ms[k].source(), "<file>");
                    return new Fuzz.Checked(ms[k], o, System.nanoTime() - s0);
                }, threads, hangMillis, maxHung - t.hung);
                String[] verdicts = py == null ? null : verdicts(py, dir, start, size, out);
                StringBuilder log = new StringBuilder();
                for (int k = 0; k < size; k++) {
                    Guarded.Result<Fuzz.Checked> r = results.get(k);
                    if (r == null) {
                        notRun++;
                        continue;
                    }
                    String failure = t.add(r, hangMillis);
                    if (failure != null && keptCount < MAX_KEPT) {
                        keptCount++;
                        Fuzz.keep(kept, mutants[k], failure, r.value() != null ? r.value().outcome().javaException() : null);
                        if (keptCount <= SHOWN) {
                            firstFailures.append("    #").append(start + k).append(" (").append(mutants[k].recipe())
                                    .append("): ").append(failure).append('\n');
                        }
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
                Files.writeString(disagreements, log, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                if (!quiet) {
                    System.out.printf(Locale.ROOT, "[%d/%d] %.0f s: Java exceptions %d, over 2 s %d%s%n",
                            start + size - first, n, (System.nanoTime() - t0) / 1e9, t.javaExceptions, t.slow,
                            cpython ? ", error-or-not " + pct(errorAgree, compared) + ", full line "
                                    + pct(lineAgree, compared) : "");
                }
            }
        } finally {
            Fuzz.deleteTree(work);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        // Mutants never started because the run stopped early count as slow: they were not shown to be fast.
        int slow = t.slow + notRun;
        System.out.printf(Locale.ROOT, "fuzz: %d mutants (seed %d), %d Java exceptions, %d over 2 s (%d abandoned after"
                        + " %.0f s, %d not run), %d syntax errors, %d parsed; slowest %.2f s; %.1f s on %d threads%n",
                n, seed, t.javaExceptions, slow, t.hung, hangMillis / 1000.0, notRun, t.errors, t.ok,
                t.slowestNanos / 1e9, secs, threads);
        if (cpython) {
            System.out.printf(Locale.ROOT, "fuzz vs CPython: error-or-not agrees %s (%d/%d), full error line agrees %s"
                            + " (%d/%d); CPython: %d errors, %d parsed%n", pct(errorAgree, compared), errorAgree, compared,
                    pct(lineAgree, compared), lineAgree, compared, cpythonErrors, compared - cpythonErrors);
            disagreementKinds.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                    .forEach(en -> System.out.println("    " + en.getValue() + " x cpython " + en.getKey()));
            System.out.println("  disagreements: " + disagreements);
        }
        t.printExceptionKinds();
        if (!firstFailures.isEmpty()) {
            System.out.print("  first failing mutants (kept in " + kept + "):\n" + firstFailures);
        }
        if (summary != null) {
            Files.writeString(summary, "inputs=" + n + "\njavaExceptions=" + t.javaExceptions + "\nslow=" + slow
                    + "\nhung=" + t.hung + "\nnotRun=" + notRun + "\nerrors=" + t.errors + "\nok=" + t.ok
                    + "\ncompared=" + compared + "\nerrorAgree=" + errorAgree + "\nlineAgree=" + lineAgree + "\n");
        }
        System.out.flush();
        // Exit explicitly: abandoned mutants may still be running on (daemon) threads.
        System.exit(t.javaExceptions > 0 || slow > 0 ? 1 : 0);
    }

    /** CPython's outcome per mutant of the batch, or null when its process failed. */
    private static String[] verdicts(Process py, Path dir, int start, int size, Path out)
            throws InterruptedException, IOException {
        int status = py.waitFor();
        Path v = dir.resolve("verdicts.txt");
        if (status != 0 || !Files.exists(v)) {
            System.out.println("  CPython failed on the batch at " + start + " (status " + status + "), see "
                    + out.resolve("cpython.log") + "; batch not compared");
            return null;
        }
        String[] verdicts = new String[size];
        for (String line : Files.readAllLines(v, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            int idx = Integer.parseInt(line.substring(0, tab).replace(".py", "")) - start;
            verdicts[idx] = line.substring(tab + 1);
        }
        return verdicts;
    }

    private static String pct(long a, long b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f%%", 100.0 * a / b);
    }
}
