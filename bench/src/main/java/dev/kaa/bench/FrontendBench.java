package dev.kaa.bench;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.parser.Parser;
import dev.kaa.compiler.tokenize.Token;
import dev.kaa.compiler.tokenize.TokenType;
import dev.kaa.compiler.tokenize.Tokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The front-end benchmark (bench/frontend.sh): tokenize+parse every .py file of CPython 3.13's Lib/ in one
 * process, warmed up, on one thread, beside CPython 3.13's {@code compile(src, path, 'exec',
 * ast.PyCF_ONLY_AST)} over the same files in the same run (bench/frontend_cpython.py, run first, while this
 * JVM idles). Prints MB/s of both (10^6 source bytes per second of the median round), the ratio, and each
 * process's peak resident memory (VmHWM). The target: Kaa at least 2x CPython.
 *
 * <pre>usage: FrontendBench [--warmup N] [--rounds N] [--stdlib DIR] [--cpython PYTHON] [--script FILE] [--no-cpython]</pre>
 */
public final class FrontendBench {
    private FrontendBench() {
    }

    /** One side's measurement. */
    record Result(String name, int files, long bytes, int syntaxErrors, int failures, double[] roundSeconds,
                  long peakKb) {
        double median() {
            double[] s = roundSeconds.clone();
            Arrays.sort(s);
            return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        double best() {
            return Arrays.stream(roundSeconds).min().orElse(Double.NaN);
        }

        double mbPerSecond() {
            return bytes / 1e6 / median();
        }
    }

    public static void main(String[] args) throws Exception {
        int warmup = 5;
        int rounds = 10;
        Path stdlib = env("KAA_STDLIB") != null ? Path.of(env("KAA_STDLIB")) : null;
        String python = env("KAA_CPYTHON");
        Path script = Path.of("bench", "frontend_cpython.py");
        boolean cpython = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--stdlib" -> stdlib = Path.of(args[++i]);
                case "--cpython" -> python = args[++i];
                case "--script" -> script = Path.of(args[++i]);
                case "--no-cpython" -> cpython = false;
                default -> {
                    System.err.println("usage: FrontendBench [--warmup N] [--rounds N] [--stdlib DIR] [--cpython PYTHON]"
                            + " [--script FILE] [--no-cpython]");
                    System.exit(2);
                }
            }
        }
        if (stdlib == null || !Files.isRegularFile(stdlib.resolve("os.py"))) {
            System.err.println("FrontendBench: CPython 3.13's Lib/ not found; pass --stdlib or set KAA_STDLIB");
            System.exit(2);
        }
        if (cpython && python == null) {
            System.err.println("FrontendBench: CPython 3.13 not found; pass --cpython or set KAA_CPYTHON (or --no-cpython)");
            System.exit(2);
        }
        List<Path> paths = libFiles(stdlib);
        List<byte[]> sources = new ArrayList<>(paths.size());
        long bytes = 0;
        for (Path p : paths) {
            byte[] b = Files.readAllBytes(p);
            sources.add(b);
            bytes += b.length;
        }
        System.out.printf(Locale.ROOT, "front end over %d files of %s (%.1f MB), %d warm-up + %d measured rounds, one thread%n",
                paths.size(), stdlib, bytes / 1e6, warmup, rounds);

        Result cp = null;
        if (cpython) {
            cp = runCPython(python, script, stdlib, warmup, rounds);
        }
        Result kaa = runKaa(paths, sources, bytes, warmup, rounds);
        double tokenizeMbs = tokenizeOnly(paths, sources, bytes);

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %11s%n", "", "median", "best", "MB/s", "peak RSS"));
        for (Result r : cp == null ? List.of(kaa) : List.of(kaa, cp)) {
            report.append(String.format(Locale.ROOT, "%-14s %7.3f s %7.3f s %9.1f %8d MB%n", r.name(), r.median(),
                    r.best(), r.mbPerSecond(), r.peakKb() / 1024));
        }
        if (!Double.isNaN(tokenizeMbs)) {
            report.append(String.format(Locale.ROOT, "(Kaa tokenizer alone: %.1f MB/s)%n", tokenizeMbs));
        }
        if (cp != null) {
            report.append(String.format(Locale.ROOT, "Kaa / CPython: %.2fx (target >= 2x)%n",
                    kaa.mbPerSecond() / cp.mbPerSecond()));
            if (cp.syntaxErrors() != kaa.syntaxErrors()) {
                report.append(String.format(Locale.ROOT, "note: syntax errors differ: Kaa %d files, CPython %d%n",
                        kaa.syntaxErrors(), cp.syntaxErrors()));
            }
        }
        if (kaa.failures() > 0) {
            report.append(String.format(Locale.ROOT, "warning: Kaa's parser threw Java exceptions on %d of %d files; the"
                    + " figures are not meaningful yet%n", kaa.failures(), kaa.files()));
        }
        System.out.print(report);
        save(report.toString(), paths.size(), bytes, warmup, rounds);
    }

    private static Result runKaa(List<Path> paths, List<byte[]> sources, long bytes, int warmup, int rounds) {
        int[] counts = new int[2];
        for (int r = 0; r < warmup; r++) {
            parseAll(paths, sources, counts);
        }
        double[] secs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            parseAll(paths, sources, counts);
            secs[r] = (System.nanoTime() - t0) / 1e9;
        }
        parseAll(paths, sources, counts);
        return new Result("Kaa", paths.size(), bytes, counts[0], counts[1], secs, vmHwmKb());
    }

    /** Parses every file; counts[0] = syntax errors, counts[1] = Java exceptions (of the last round). */
    private static void parseAll(List<Path> paths, List<byte[]> sources, int[] counts) {
        int errors = 0;
        int failures = 0;
        for (int i = 0; i < sources.size(); i++) {
            try {
                Parser.parseFile(sources.get(i), paths.get(i).toString());
            } catch (PySyntaxError e) {
                errors++;
            } catch (RuntimeException | StackOverflowError e) {
                failures++;
            }
        }
        counts[0] = errors;
        counts[1] = failures;
    }

    /** The tokenizer alone (parser's mode), warmed; NaN when it cannot run yet. */
    private static double tokenizeOnly(List<Path> paths, List<byte[]> sources, long bytes) {
        try {
            double best = Double.MAX_VALUE;
            for (int r = 0; r < 8; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < sources.size(); i++) {
                    try {
                        Tokenizer t = Tokenizer.forParser(sources.get(i), paths.get(i).toString());
                        Token tok;
                        do {
                            tok = t.next();
                        } while (tok.type() != TokenType.ENDMARKER);
                    } catch (PySyntaxError e) {
                        // the few files that are syntax errors
                    }
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            return bytes / 1e6 / best;
        } catch (RuntimeException | StackOverflowError e) {
            return Double.NaN;
        }
    }

    private static Result runCPython(String python, Path script, Path stdlib, int warmup, int rounds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(python, script.toString(), stdlib.toString(), Integer.toString(warmup),
                Integer.toString(rounds));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(script + " failed:\n" + out);
        }
        Map<String, String> kv = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                kv.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        double[] secs = Arrays.stream(kv.get("rounds").split(",")).mapToDouble(Double::parseDouble).toArray();
        return new Result("CPython " + kv.get("version"), Integer.parseInt(kv.get("files")),
                Long.parseLong(kv.get("bytes")), Integer.parseInt(kv.get("syntax_errors")), 0, secs,
                Long.parseLong(kv.get("vmhwm_kb")));
    }

    /** Every .py file under Lib/ except site-packages, as tools/oracle_dump.py lists them. */
    static List<Path> libFiles(Path stdlib) {
        Path site = stdlib.resolve("site-packages");
        try (Stream<Path> s = Files.walk(stdlib)) {
            return s.filter(p -> p.toString().endsWith(".py") && !p.startsWith(site) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Peak resident set size of this process in KiB (Linux), or -1. */
    static long vmHwmKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    private static void save(String report, int files, long bytes, int warmup, int rounds) {
        try {
            Path dir = Path.of("bench", "results");
            Files.createDirectories(dir);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path f = dir.resolve("frontend-" + stamp + ".txt");
            Files.writeString(f, String.format(Locale.ROOT, "front end, %d files, %d bytes, %d warm-up + %d rounds%n",
                    files, bytes, warmup, rounds) + report);
            System.out.println("saved " + f);
        } catch (IOException e) {
            System.err.println("FrontendBench: could not save the report: " + e.getMessage());
        }
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
