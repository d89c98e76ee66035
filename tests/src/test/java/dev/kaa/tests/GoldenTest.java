package dev.kaa.tests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden corpus: every program tests/golden/&lt;group&gt;/&lt;name&gt;.py (names starting with '_' and
 * sub-folders are modules the programs import) runs in Kaa exactly as tools/gen_golden.py ran it in CPython
 * 3.13.0, and stdout, stderr and the exit status must equal &lt;name&gt;.expected. Programs run in-process in
 * two worker JVMs ({@link GoldenWorker}), each program on its own 64 MB-stack thread, with a 30 s timeout
 * after which the worker is killed and replaced.
 *
 * <p>Prints one line per failing program (the first difference) and {@code golden: N/M identical}; writes
 * the full report to target/golden-report.txt and Kaa's output of each failing program, in the .expected
 * format, to target/golden-actual/&lt;group&gt;/&lt;name&gt;.actual (diff it against the .expected file).
 * Fails when fewer than {@code golden.min} programs (src/test/resources/golden-thresholds.properties, or
 * {@code -Dgolden.min=K}) are identical: a ratchet the interpreter's progress raises to 100 %.
 * {@code -Dgolden.filter=SUBSTRING} runs only the programs whose path (e.g. {@code lang/try_}) contains it;
 * the ratchet is then not checked.
 */
class GoldenTest {
    private static final String THRESHOLDS = "tests/src/test/resources/golden-thresholds.properties";
    private static final long TIMEOUT_SECONDS = 30;
    private static final int THREADS = 2;

    /** A program and what happened to it; {@code diff} is null when the output was identical. */
    private record Case(String name, Path program, KaaCli.Result result, String diff) {
    }

    @Test
    void goldenPrograms() throws Exception {
        Path root = Path.of(System.getProperty("golden.dir", "golden")).toAbsolutePath().normalize();
        String filter = System.getProperty("golden.filter", "");
        List<Path> programs = programs(root, filter);
        if (programs.isEmpty()) {
            fail("no golden programs under " + root + (filter.isEmpty() ? "" : " matching '" + filter + "'"));
        }
        long start = System.nanoTime();
        List<Case> cases = runAll(root, programs);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        Path target = root.getParent().resolve("target");
        Path actualDir = target.resolve("golden-actual");
        StringBuilder report = new StringBuilder();
        Map<String, int[]> perGroup = new TreeMap<>();
        int identical = 0;
        for (Case c : cases) {
            String group = c.name.substring(0, c.name.indexOf('/'));
            int[] counts = perGroup.computeIfAbsent(group, g -> new int[2]);
            counts[1]++;
            Path actual = actualDir.resolve(c.name.replaceAll("\\.py$", ".actual"));
            Files.deleteIfExists(actual);
            if (c.diff == null) {
                identical++;
                counts[0]++;
                continue;
            }
            report.append("FAIL ").append(c.name).append(": ").append(c.diff).append('\n');
            if (c.result != null && c.result.output() != null) {
                Files.createDirectories(actual.getParent());
                Files.writeString(actual, c.result.output().toJson(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, int[]> g : perGroup.entrySet()) {
            report.append("golden/").append(g.getKey()).append(": ").append(g.getValue()[0]).append('/')
                    .append(g.getValue()[1]).append(" identical\n");
        }
        report.append("golden: ").append(identical).append('/').append(cases.size()).append(" identical (")
                .append(seconds).append(" s)\n");
        System.out.print(report);
        Files.createDirectories(target);
        Files.writeString(target.resolve("golden-report.txt"), report, StandardCharsets.UTF_8);

        if (!filter.isEmpty()) {
            return;
        }
        int min = minimum();
        if (identical < min) {
            fail("golden corpus regressed: " + identical + " identical < golden.min=" + min + " (" + THRESHOLDS + ")");
        }
        if (identical > min) {
            System.out.println("  ratchet: golden.min can be raised from " + min + " to " + identical + " in "
                    + THRESHOLDS);
        }
    }

    /**
     * Runs the programs on {@value #THREADS} worker JVMs ({@link GoldenWorker}), each running its programs
     * in-process one after the other; a worker whose program times out is killed and replaced.
     */
    private static List<Case> runAll(Path root, List<Path> programs) throws InterruptedException {
        Queue<Path> todo = new ConcurrentLinkedQueue<>(programs);
        Map<Path, Case> done = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread t = new Thread(() -> {
                try (WorkerProcess worker = new WorkerProcess()) {
                    for (Path p = todo.poll(); p != null; p = todo.poll()) {
                        done.put(p, runOne(root, p, worker));
                    }
                }
            }, "golden runner " + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Case> cases = new ArrayList<>();
        for (Path p : programs) {
            cases.add(done.get(p));
        }
        return cases;
    }

    /** The programs of every group folder under root, sorted by their name relative to root. */
    static List<Path> programs(Path root, String filter) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> groups = Files.list(root)) {
            for (Path g : groups.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(g)) {
                    files.filter(GoldenTest::isProgram)
                            .filter(p -> relative(root, p).contains(filter))
                            .sorted()
                            .forEach(found::add);
                }
            }
        }
        return found;
    }

    static boolean isProgram(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".py") && !n.startsWith("_") && Files.isRegularFile(p);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static Case runOne(Path root, Path program, WorkerProcess worker) {
        String name = relative(root, program);
        Path expFile = program.resolveSibling(program.getFileName().toString().replaceAll("\\.py$", ".expected"));
        Expected expected;
        try {
            expected = Expected.parse(Files.readString(expFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Case(name, program, null, "no " + expFile.getFileName()
                    + " (run: python3.13 tools/gen_golden.py " + "tests/golden/" + name + ")");
        } catch (IllegalArgumentException e) {
            return new Case(name, program, null, expFile.getFileName() + ": " + e.getMessage());
        }
        KaaCli.Result r = worker.run(program, TIMEOUT_SECONDS);
        String diff = r.output() == null ? r.problem() : firstDifference(expected, r.output());
        if (diff == null && r.problem() != null) {
            diff = r.problem();
        }
        return new Case(name, program, r, diff);
    }

    /** Null when identical, else where the first difference is: stdout, then stderr, then the exit status. */
    static String firstDifference(Expected want, Expected got) {
        String d = firstDifferentLine("stdout", want.stdout(), got.stdout());
        if (d == null) {
            d = firstDifferentLine("stderr", want.stderr(), got.stderr());
        }
        if (d == null && want.exit() != got.exit()) {
            d = "exit status " + got.exit() + ", expected " + want.exit();
        }
        if (d != null && want.exit() != got.exit() && !d.startsWith("exit")) {
            d += " [exit " + got.exit() + ", expected " + want.exit() + "]";
        }
        return d;
    }

    static String firstDifferentLine(String stream, String want, String got) {
        if (want.equals(got)) {
            return null;
        }
        List<String> w = Expected.splitLines(want);
        List<String> g = Expected.splitLines(got);
        for (int i = 0; ; i++) {
            String a = i < w.size() ? w.get(i) : null;
            String b = i < g.size() ? g.get(i) : null;
            if (a == null ? b != null : !a.equals(b)) {
                return stream + " line " + (i + 1) + ": expected " + show(a) + ", got " + show(b);
            }
        }
    }

    private static String show(String line) {
        if (line == null) {
            return "<end>";
        }
        String q = Expected.quote(line);
        return q.length() > 120 ? q.substring(0, 117) + "...\"" : q;
    }

    private static int minimum() throws IOException {
        String sys = System.getProperty("golden.min");
        if (sys != null && !sys.isEmpty()) {
            return Integer.parseInt(sys.strip());
        }
        Properties p = new Properties();
        try (InputStream in = GoldenTest.class.getResourceAsStream("/golden-thresholds.properties")) {
            if (in == null) {
                throw new IllegalStateException(THRESHOLDS + " missing from the test class path");
            }
            p.load(in);
        }
        String v = p.getProperty("golden.min");
        if (v == null) {
            throw new IllegalStateException(THRESHOLDS + " has no golden.min");
        }
        return Integer.parseInt(v.strip());
    }
}
