package dev.kaa.compiler.oracle;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The syntax-error corpus: syntax-corpus/corpus.jsonl (snippets from CPython's own tests and ours, with
 * CPython 3.13's outcome for each, written by tools/gen_syntax_corpus.py). Each snippet is parsed with
 * {@code Parser.parseFile(bytes, "<file>")} and the outcome line compared: kind, message, lineno, offset,
 * end_lineno, end_offset (or OK). Prints the count, writes every difference to
 * compiler/target/syntax-corpus-diffs.txt, and fails only below {@code corpus.min}.
 */
class SyntaxCorpusTest {
    /**
     * A snippet still running after this is abandoned and counted as differing. Generous on purpose: the
     * count must not depend on the machine's load (slowness is reported, and the fuzzer's business).
     */
    private static final long TIMEOUT_MILLIS = 60_000;
    private static final int SHOWN = 5;

    record Snippet(String id, byte[] source, String expected) {
    }

    static List<Snippet> load() throws IOException {
        List<Snippet> out = new ArrayList<>();
        try (InputStream in = SyntaxCorpusTest.class.getResourceAsStream("/syntax-corpus/corpus.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("syntax-corpus/corpus.jsonl missing (run tools/gen_syntax_corpus.py)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> o = Json.parseObject(line);
                out.add(new Snippet((String) o.get("id"), source(o), (String) o.get("expected")));
            }
        }
        return out;
    }

    private static byte[] source(Map<String, Object> o) {
        if (o.get("source") instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if (o.get("source_b64") instanceof String s) {
            return Base64.getDecoder().decode(s);
        }
        StringBuilder sb = new StringBuilder();
        for (Object part : (List<?>) o.get("source_parts")) {
            List<?> p = (List<?>) part;
            sb.repeat((String) p.get(0), ((Long) p.get(1)).intValue());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void corpusMatchesCPython() throws Exception {
        List<Snippet> corpus = load();
        int n = corpus.size();
        long t0 = System.nanoTime();
        int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Guarded.Result<Outcome>> results = Guarded.runAll(n,
                i -> () -> Outcome.parse(corpus.get(i).source(), "<file>"), parallelism, TIMEOUT_MILLIS, 5);
        double secs = (System.nanoTime() - t0) / 1e9;

        int identical = 0;
        int errorAgrees = 0;
        int messageAgrees = 0;
        int javaExceptions = 0;
        int expectedErrors = 0;
        Map<String, Integer> javaErrors = new LinkedHashMap<>();
        StringBuilder diffs = new StringBuilder();
        List<String> shown = new ArrayList<>();
        List<double[]> slowest = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Snippet s = corpus.get(i);
            Guarded.Result<Outcome> r = results.get(i);
            String actual;
            if (r == null) {
                actual = "NOT RUN (too many snippets timed out)";
            } else if (r.timedOut()) {
                actual = "TIMEOUT (no answer within " + TIMEOUT_MILLIS / 1000 + " s)";
            } else if (r.thrown() != null) {
                actual = Outcome.javaBug(r.thrown()).line();
            } else {
                actual = r.value().line();
            }
            if (actual.startsWith("JAVA ")) {
                javaExceptions++;
                javaErrors.merge(actual, 1, Integer::sum);
            }
            boolean expError = !s.expected().equals(Outcome.OK);
            if (expError) {
                expectedErrors++;
            }
            if (r != null && r.value() != null) {
                slowest.add(new double[] {r.seconds(), i});
            }
            if (actual.equals(s.expected())) {
                identical++;
                errorAgrees++;
                if (expError) {
                    messageAgrees++;
                }
                continue;
            }
            boolean actError = !actual.equals(Outcome.OK) && !actual.startsWith("JAVA ")
                    && !actual.startsWith("TIMEOUT") && !actual.startsWith("NOT RUN");
            if (actError == expError && (expError || actual.equals(Outcome.OK))) {
                errorAgrees++;
            }
            if (expError && actError && kindAndMessage(actual).equals(kindAndMessage(s.expected()))) {
                messageAgrees++;
            }
            String entry = s.id() + "\n    source:   " + ShortDiff.preview(s.source()) + "\n    cpython:  " + s.expected()
                    + "\n    kaa:      " + actual + "\n";
            diffs.append(entry);
            if (shown.size() < SHOWN) {
                shown.add(entry);
            }
        }
        Path report = OracleEnv.targetWithoutCPython().resolve("syntax-corpus-diffs.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, diffs.toString(), StandardCharsets.UTF_8);

        System.out.printf("syntax-error corpus: %d/%d identical (%.1f%%)%n", identical, n, 100.0 * identical / n);
        System.out.printf("  %d snippets (%d errors, %d valid), %.1f s on %d threads; error-or-not agrees %d/%d,"
                        + " kind and message agree %d/%d, Java exceptions %d%n", n, expectedErrors,
                n - expectedErrors, secs, parallelism, errorAgrees, n, messageAgrees, expectedErrors, javaExceptions);
        if (!javaErrors.isEmpty()) {
            System.out.println("  Java exceptions (must be none):");
            javaErrors.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5)
                    .forEach(en -> System.out.println("    " + en.getValue() + " x " + en.getKey()));
        }
        slowest.sort((a, b) -> Double.compare(b[0], a[0]));
        StringBuilder slow = new StringBuilder();
        for (double[] e : slowest.subList(0, Math.min(3, slowest.size()))) {
            slow.append(String.format(java.util.Locale.ROOT, " %s %.2f s;", corpus.get((int) e[1]).id(), e[0]));
        }
        long over2s = slowest.stream().filter(e -> e[0] > 2.0).count();
        System.out.println("  over 2 s: " + over2s + "; slowest:" + slow);
        if (!shown.isEmpty()) {
            System.out.println("  first differences (all in " + report + "):");
            shown.forEach(e -> System.out.print("  " + e.replace("\n    ", "\n      ")));
        }
        String failure = Thresholds.load().checkMin("corpus.min", identical);
        if (failure != null) {
            fail("syntax-error corpus: " + identical + "/" + n + " identical; " + failure);
        }
    }

    /** The kind and message of an outcome line, without its four positions. */
    private static String kindAndMessage(String line) {
        int cut = line.length();
        for (int k = 0; k < 4; k++) {
            int sp = line.lastIndexOf(' ', cut - 1);
            if (sp < 0) {
                return line;
            }
            String field = line.substring(sp + 1, cut);
            if (!field.equals("None") && !field.matches("-?\\d+")) {
                return line;
            }
            cut = sp;
        }
        return line.substring(0, cut);
    }
}
