package dev.kaa.compiler.oracle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Mutants of CPython's Lib files for the fuzzer: token deletion, duplication and swap, line deletion,
 * duplication and re-indentation, byte flips, truncation, deep nesting inserted, random bytes and random
 * vocabulary. Mutant {@code i} of a seed depends only on (seed, i) and the list of Lib files, so any mutant
 * can be rebuilt alone ({@link #mutant}). "Tokens" here are a rough lexical split (words, numbers, quotes,
 * single punctuation bytes), independent of Kaa's tokenizer: the fuzzer must not trust what it tests.
 */
final class Mutator {
    /** A base larger than this is cut to a window of lines, which keeps mutants small and varied. */
    private static final int MAX_BASE = 16 * 1024;
    private static final int WINDOW_LINES = 150;

    private static final String[] VOCABULARY = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "==", ":=", "->", "*", "**", "/", "//", "@", "\\",
        "\\\n", "\n", "\t", " ", "    ", "#", "'", "\"", "'''", "\"\"\"", "f'", "f\"", "rb'", "b'", "f'{", "}'",
        "{x!r}", "{x=}", "if", "else", "elif", "for", "in", "while", "def", "class", "return", "yield", "lambda",
        "async", "await", "with", "as", "try", "except", "except*", "finally", "raise", "import", "from", "global",
        "nonlocal", "del", "pass", "break", "continue", "match", "case", "type", "not", "and", "or", "is", "None",
        "True", "False", "__debug__", "0x", "1_", "1e", "0b2", "07", "1j", "...", "\u00e9", "\u20ac", "\u00a0",
        "\0", "\r", "\f", "\ufeff", "$", "?", "!", "`",
    };
    private static final String[] OPENERS = {"(", "[", "{", "-", "not ", "lambda:", "f'{", "~", "a if b else ",
        "await ", "*", "x.", "f(", "(y := ", "[i for i in ", "{**"};
    private static final int[] DEPTHS = {10, 100, 199, 200, 201, 1000, 3000, 6000, 20000, 100000};

    private final Path stdlib;
    private final List<Path> files;
    private final ConcurrentHashMap<Path, byte[]> contents = new ConcurrentHashMap<>();

    Mutator(Path stdlib) {
        this.stdlib = stdlib;
        this.files = libFiles(stdlib);
    }

    /** Every .py file under Lib/ except site-packages, sorted. */
    static List<Path> libFiles(Path stdlib) {
        Path site = stdlib.resolve("site-packages");
        try (Stream<Path> s = Files.walk(stdlib)) {
            return s.filter(p -> p.toString().endsWith(".py") && !p.startsWith(site) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int fileCount() {
        return files.size();
    }

    /** A mutant and how it was made. */
    record Mutant(int index, byte[] source, String recipe) {
    }

    Mutant mutant(long seed, int index) {
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + index);
        Path file = files.get(rnd.nextInt(files.size()));
        byte[] base = contents.computeIfAbsent(file, Mutator::read);
        StringBuilder recipe = new StringBuilder(stdlib.relativize(file).toString());
        base = window(base, rnd, recipe);
        int ops = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0);
        byte[] m = base;
        for (int k = 0; k < ops; k++) {
            m = mutateOnce(m, rnd, recipe);
        }
        return new Mutant(index, m, recipe.toString());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole file when small, else a window of lines starting at a top-level statement. */
    private static byte[] window(byte[] src, Random rnd, StringBuilder recipe) {
        if (src.length <= MAX_BASE) {
            return src;
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < src.length; i++) {
            if ((i == 0 || src[i - 1] == '\n') && i < src.length && src[i] != ' ' && src[i] != '\t'
                    && src[i] != '\n' && src[i] != '#') {
                starts.add(i);
            }
        }
        int from = starts.isEmpty() ? 0 : starts.get(rnd.nextInt(starts.size()));
        int to = from;
        for (int lines = 0; to < src.length && lines < WINDOW_LINES; to++) {
            if (src[to] == '\n') {
                lines++;
            }
        }
        recipe.append(" lines@").append(from);
        return Arrays.copyOfRange(src, from, to);
    }

    private static byte[] mutateOnce(byte[] src, Random rnd, StringBuilder recipe) {
        int op = rnd.nextInt(14);
        List<int[]> tokens = (op <= 3) ? tokens(src) : null;
        switch (op) {
            case 0 -> { // delete a token
                if (tokens.isEmpty()) {
                    return src;
                }
                int[] t = tokens.get(rnd.nextInt(tokens.size()));
                recipe.append(" del-token@").append(t[0]);
                return splice(src, t[0], t[1], new byte[0]);
            }
            case 1 -> { // duplicate a token
                if (tokens.isEmpty()) {
                    return src;
                }
                int[] t = tokens.get(rnd.nextInt(tokens.size()));
                recipe.append(" dup-token@").append(t[0]);
                return splice(src, t[1], t[1], Arrays.copyOfRange(src, t[0], t[1]));
            }
            case 2, 3 -> { // swap two tokens, adjacent or anywhere
                if (tokens.size() < 2) {
                    return src;
                }
                int a = rnd.nextInt(tokens.size() - 1);
                int b = op == 2 ? a + 1 : a + 1 + rnd.nextInt(tokens.size() - a - 1);
                int[] ta = tokens.get(a);
                int[] tb = tokens.get(b);
                recipe.append(" swap-tokens@").append(ta[0]).append(',').append(tb[0]);
                ByteArrayOutputStream o = new ByteArrayOutputStream(src.length);
                o.write(src, 0, ta[0]);
                o.write(src, tb[0], tb[1] - tb[0]);
                o.write(src, ta[1], tb[0] - ta[1]);
                o.write(src, ta[0], ta[1] - ta[0]);
                o.write(src, tb[1], src.length - tb[1]);
                return o.toByteArray();
            }
            case 4 -> { // flip bits of a few bytes
                byte[] m = src.clone();
                int flips = 1 + rnd.nextInt(3);
                for (int k = 0; k < flips && m.length > 0; k++) {
                    int at = rnd.nextInt(m.length);
                    m[at] ^= (byte) (1 << rnd.nextInt(8));
                    recipe.append(" flip@").append(at);
                }
                return m;
            }
            case 5 -> { // set a byte to a random value
                if (src.length == 0) {
                    return src;
                }
                byte[] m = src.clone();
                int at = rnd.nextInt(m.length);
                m[at] = (byte) rnd.nextInt(256);
                recipe.append(" byte@").append(at);
                return m;
            }
            case 6 -> { // truncate
                int at = src.length == 0 ? 0 : rnd.nextInt(src.length);
                recipe.append(" truncate@").append(at);
                return Arrays.copyOf(src, at);
            }
            case 7 -> { // deep nesting inserted, closed or not
                String open = OPENERS[rnd.nextInt(OPENERS.length)];
                int depth = DEPTHS[rnd.nextInt(DEPTHS.length)];
                int at = lineStartOrAny(src, rnd);
                String close = switch (open) {
                    case "(", "f(", "(y := " -> ")";
                    case "[" -> "]";
                    case "[i for i in " -> "]";
                    case "{", "{**" -> "}";
                    case "f'{" -> "}'";
                    default -> "";
                };
                boolean closed = rnd.nextBoolean();
                recipe.append(" nest(").append(open.strip()).append(")x").append(depth).append(closed ? "" : "-open")
                        .append('@').append(at);
                String ins = open.repeat(depth) + "x" + (closed ? close.repeat(depth) : "") + (rnd.nextBoolean() ? "\n" : "");
                return splice(src, at, at, ins.getBytes(StandardCharsets.UTF_8));
            }
            case 8 -> { // random bytes replace a span, or the whole input
                int len = 1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 4096 : 16);
                byte[] junk = new byte[len];
                rnd.nextBytes(junk);
                if (rnd.nextInt(10) == 0) {
                    recipe.append(" random-bytes-").append(len);
                    return junk;
                }
                int at = src.length == 0 ? 0 : rnd.nextInt(src.length);
                int end = Math.min(src.length, at + rnd.nextInt(8));
                recipe.append(" junk-").append(len).append('@').append(at);
                return splice(src, at, end, junk);
            }
            case 9 -> { // insert a piece of Python vocabulary
                String w = VOCABULARY[rnd.nextInt(VOCABULARY.length)];
                int at = src.length == 0 ? 0 : rnd.nextInt(src.length + 1);
                recipe.append(" insert(").append(w.replace("\n", "\\n")).append(")@").append(at);
                return splice(src, at, at, w.getBytes(StandardCharsets.UTF_8));
            }
            case 10 -> { // delete a line
                int[] l = line(src, rnd);
                recipe.append(" del-line@").append(l[0]);
                return splice(src, l[0], l[1], new byte[0]);
            }
            case 11 -> { // duplicate a line
                int[] l = line(src, rnd);
                recipe.append(" dup-line@").append(l[0]);
                return splice(src, l[1], l[1], Arrays.copyOfRange(src, l[0], l[1]));
            }
            case 12 -> { // re-indent a line
                int[] l = line(src, rnd);
                String[] indents = {" ", "  ", "    ", "\t", " \t", "\f", ""};
                String ind = indents[rnd.nextInt(indents.length)];
                int ws = l[0];
                while (ws < l[1] && (src[ws] == ' ' || src[ws] == '\t')) {
                    ws++;
                }
                boolean replace = rnd.nextBoolean();
                recipe.append(replace ? " reindent@" : " indent@").append(l[0]);
                return splice(src, l[0], replace ? ws : l[0], ind.getBytes(StandardCharsets.UTF_8));
            }
            default -> { // a very long line or many lines (rarely: they are slow for CPython too)
                if (rnd.nextInt(3) != 0) {
                    return mutateOnce(src, rnd, recipe);
                }
                int at = lineStartOrAny(src, rnd);
                boolean longLine = rnd.nextBoolean();
                String ins = longLine ? "x = '" + "a".repeat(200_000 + rnd.nextInt(1000)) + (rnd.nextBoolean() ? "'\n" : "\n")
                        : "x = 1\n".repeat(5_000 + rnd.nextInt(20_000)) + "(\n";
                recipe.append(longLine ? " long-line@" : " many-lines@").append(at);
                return splice(src, at, at, ins.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static int lineStartOrAny(byte[] src, Random rnd) {
        if (src.length == 0) {
            return 0;
        }
        int at = rnd.nextInt(src.length);
        if (rnd.nextBoolean()) {
            while (at > 0 && src[at - 1] != '\n') {
                at--;
            }
        }
        return at;
    }

    /** [start, end) of a random line, newline included. */
    private static int[] line(byte[] src, Random rnd) {
        if (src.length == 0) {
            return new int[] {0, 0};
        }
        int at = rnd.nextInt(src.length);
        int s = at;
        while (s > 0 && src[s - 1] != '\n') {
            s--;
        }
        int e = at;
        while (e < src.length && src[e] != '\n') {
            e++;
        }
        return new int[] {s, Math.min(src.length, e + 1)};
    }

    /** Rough tokens: [start, end) of words, numbers, quote runs and single punctuation bytes. */
    private static List<int[]> tokens(byte[] src) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < src.length) {
            int c = src[i] & 0xff;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetterOrDigit(c) || c == '_' || c >= 0x80) {
                while (i < src.length && (Character.isLetterOrDigit(src[i] & 0xff) || src[i] == '_' || (src[i] & 0xff) >= 0x80)) {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                while (i < src.length && src[i] == c) {
                    i++;
                }
            } else {
                i++;
            }
            out.add(new int[] {s, i});
        }
        return out;
    }

    private static byte[] splice(byte[] src, int from, int to, byte[] ins) {
        byte[] m = new byte[src.length - (to - from) + ins.length];
        System.arraycopy(src, 0, m, 0, from);
        System.arraycopy(ins, 0, m, from, ins.length);
        System.arraycopy(src, to, m, from + ins.length, src.length - to);
        return m;
    }
}
