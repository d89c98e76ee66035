package dev.kaa.compiler.oracle;

import dev.kaa.compiler.AstDumpFormat;
import dev.kaa.compiler.tokenize.TokenDump;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The oracle sweep over every .py file of CPython 3.13's Lib/ (1,726 files, test/ included): Kaa's
 * {@code --dump-tokens} output (stdout, stderr, exit status) against {@code python3.13 -m tokenize -e FILE},
 * and Kaa's {@code --dump-ast} output (stdout, exit status) against the issue's {@code ast.dump} command.
 * CPython's side is computed once by tools/oracle_dump.py into compiler/target/oracle-cache/lib (reused
 * while it is up to date); Kaa's side runs here, all files in this JVM. Each test prints its count and the
 * first differences, writes every difference to compiler/target/oracle-diffs/, and fails only below the
 * ratchet in oracle-thresholds.properties.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibSweepTest {
    /** How many differing files the console shows; the diff files list all. */
    private static final int SHOWN = 5;
    /** A Lib file that takes longer than this is abandoned and counted as differing. */
    private static final long TIMEOUT_MILLIS = 60_000;

    private record Entry(int index, String path, int tokStatus, byte[] tokStderr, int astStatus) {
    }

    private OracleEnv env;
    private Path cache;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> summary = new LinkedHashMap<>();

    @BeforeAll
    void generateOracle() throws Exception {
        env = OracleEnv.find();
        cache = env.target().resolve("oracle-cache").resolve("lib");
        long t0 = System.nanoTime();
        int status = env.runTool("oracle_dump.py", "lib", env.stdlib().toString(), cache.toString());
        assertEquals(0, status, "tools/oracle_dump.py lib failed (see its output above)");
        System.out.printf("oracle cache ready in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, cache);
        int i = 0;
        for (String line : Files.readAllLines(cache.resolve("index.jsonl"), StandardCharsets.UTF_8)) {
            Map<String, Object> o = Json.parseObject(line);
            entries.add(new Entry(i++, (String) o.get("path"), ((Long) o.get("tok_status")).intValue(),
                    Base64.getDecoder().decode((String) o.get("tok_stderr_b64")),
                    ((Long) o.get("ast_status")).intValue()));
        }
    }

    @AfterAll
    void printSummary() {
        List<String> parts = new ArrayList<>();
        for (String k : List.of("tokens", "ast")) {
            if (summary.containsKey(k)) {
                parts.add(k + " identical: " + summary.get(k));
            }
        }
        if (!parts.isEmpty()) {
            System.out.println(String.join(", ", parts));
        }
    }

    @Test
    void tokensMatchCPython() throws Exception {
        sweep("tokens", "tokens.min", i -> () -> {
            Entry e = entries.get(i);
            Path file = env.stdlib().resolve(e.path);
            byte[] src = Files.readAllBytes(file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            try (PrintStream po = new PrintStream(out, false, StandardCharsets.UTF_8);
                 PrintStream pe = new PrintStream(err, false, StandardCharsets.UTF_8)) {
                status = TokenDump.run(src, file.toString(), po, pe);
            }
            return differences(e.tokStatus, status, expected("tokens", i), out.toByteArray(),
                    e.tokStderr, err.toByteArray());
        });
    }

    @Test
    void astMatchesCPython() throws Exception {
        sweep("ast", "ast.min", i -> () -> {
            Entry e = entries.get(i);
            Path file = env.stdlib().resolve(e.path);
            byte[] src = Files.readAllBytes(file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status;
            try (PrintStream po = new PrintStream(out, false, StandardCharsets.UTF_8);
                 PrintStream pe = new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)) {
                status = AstDumpFormat.run(src, file.toString(), po, pe);
            }
            return differences(e.astStatus, status, expected("ast", i), out.toByteArray(), null, null);
        });
    }

    /** Null when identical, else a short description of the differences. */
    private static String differences(int expStatus, int status, byte[] expOut, byte[] out,
                                      byte[] expErr, byte[] err) {
        StringBuilder sb = new StringBuilder();
        if (expStatus != status) {
            sb.append("    exit status ").append(status).append(", expected ").append(expStatus).append('\n');
        }
        String d = ShortDiff.of("stdout", expOut, out);
        if (d != null) {
            sb.append(d);
        }
        if (expErr != null) {
            d = ShortDiff.of("stderr", expErr, err);
            if (d != null) {
                sb.append(d);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private byte[] expected(String kind, int i) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(cache.resolve(kind).resolve(i + ".gz")), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    private void sweep(String what, String thresholdKey, IntFunction<Callable<String>> task) throws Exception {
        int n = entries.size();
        long t0 = System.nanoTime();
        int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Guarded.Result<String>> results = Guarded.runAll(n, task, parallelism, TIMEOUT_MILLIS, 3);
        double secs = (System.nanoTime() - t0) / 1e9;
        int identical = 0;
        StringBuilder all = new StringBuilder();
        List<String> shown = new ArrayList<>();
        Map<String, Integer> javaErrors = new LinkedHashMap<>();
        List<double[]> slowest = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Guarded.Result<String> r = results.get(i);
            String path = entries.get(i).path;
            if (r != null && !r.timedOut()) {
                slowest.add(new double[] {r.seconds(), i});
            }
            String diff;
            if (r == null) {
                diff = "    not run (too many files timed out before it)\n";
            } else if (r.timedOut()) {
                diff = "    no answer within " + TIMEOUT_MILLIS / 1000 + " s (abandoned)\n";
            } else if (r.thrown() != null) {
                Outcome bug = Outcome.javaBug(r.thrown());
                javaErrors.merge(bug.line(), 1, Integer::sum);
                diff = "    " + bug.line() + "\n" + Outcome.where(r.thrown()).replace("        at ", "      at ");
            } else {
                diff = r.value();
            }
            if (diff == null) {
                identical++;
                continue;
            }
            String entry = path + "\n" + diff;
            all.append(entry);
            if (shown.size() < SHOWN) {
                shown.add(entry);
            }
        }
        Path report = env.target().resolve("oracle-diffs").resolve(what + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, all.toString(), StandardCharsets.UTF_8);
        String count = identical + "/" + n;
        summary.put(what, count);
        System.out.printf("%s identical: %s (Kaa's side %.1f s on %d threads)%n", what, count, secs, parallelism);
        slowest.sort((a, b) -> Double.compare(b[0], a[0]));
        StringBuilder slow = new StringBuilder();
        for (double[] e : slowest.subList(0, Math.min(3, slowest.size()))) {
            slow.append(String.format(Locale.ROOT, " %s %.2f s;", entries.get((int) e[1]).path, e[0]));
        }
        System.out.println("  slowest (with comparison):" + slow);
        if (!javaErrors.isEmpty()) {
            System.out.println("  Java exceptions (must be none):");
            javaErrors.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5)
                    .forEach(en -> System.out.println("    " + en.getValue() + " x " + en.getKey()));
        }
        if (!shown.isEmpty()) {
            System.out.println("  first differing files (all in " + report + "):");
            for (String s : shown) {
                // The console gets each entry's first lines; the report has the rest (stack frames...).
                String[] lines = s.split("\n");
                for (int k = 0; k < Math.min(lines.length, 8); k++) {
                    System.out.println("  " + (k == 0 ? lines[k] : "  " + lines[k]));
                }
            }
        }
        String failure = Thresholds.load().checkMin(thresholdKey, identical);
        if (failure != null) {
            fail(what + " identical: " + count + "; " + failure);
        }
    }
}
