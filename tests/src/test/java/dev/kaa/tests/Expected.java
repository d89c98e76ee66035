package dev.kaa.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * What a golden program printed and returned, as tools/gen_golden.py writes it in {@code <name>.expected}:
 * <pre>{"exit": 0, "stdout": ["line\n", ...], "stderr": [...]}</pre>
 * The arrays hold the output split after each {@code \n}; joining them gives the exact text. The same shape
 * is written for Kaa's actual output (target/golden-actual/) so the two can be diffed.
 *
 * @param exit   the process exit status
 * @param stdout everything written to sys.stdout
 * @param stderr everything written to sys.stderr
 */
record Expected(int exit, String stdout, String stderr) {

    /** Parses the JSON of an .expected file; only the three keys above are accepted. */
    static Expected parse(String json) {
        JsonReader r = new JsonReader(json);
        int exit = Integer.MIN_VALUE;
        String out = null;
        String err = null;
        r.expect('{');
        if (!r.consume('}')) {
            do {
                String key = r.string();
                r.expect(':');
                switch (key) {
                    case "exit" -> exit = r.integer();
                    case "stdout" -> out = r.lines();
                    case "stderr" -> err = r.lines();
                    default -> throw r.error("unknown key \"" + key + "\"");
                }
            } while (r.consume(','));
            r.expect('}');
        }
        r.end();
        if (exit == Integer.MIN_VALUE || out == null || err == null) {
            throw r.error("needs \"exit\", \"stdout\" and \"stderr\"");
        }
        return new Expected(exit, out, err);
    }

    /** The .expected format, byte for byte as gen_golden.py writes it (non-ASCII text kept as is). */
    String toJson() {
        return "{\n \"exit\": " + exit + ",\n" + block("stdout", stdout, false) + block("stderr", stderr, true) + "}\n";
    }

    private static String block(String name, String text, boolean last) {
        List<String> lines = splitLines(text);
        StringBuilder sb = new StringBuilder(" \"").append(name).append("\": [");
        if (!lines.isEmpty()) {
            sb.append('\n');
            for (int i = 0; i < lines.size(); i++) {
                sb.append("  ").append(quote(lines.get(i))).append(i + 1 < lines.size() ? ",\n" : "\n");
            }
            sb.append(' ');
        }
        return sb.append(']').append(last ? "\n" : ",\n").toString();
    }

    /** The text split after each newline, the last piece kept only when it is not empty. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** A JSON string literal as Python's json.dumps(s, ensure_ascii=False) writes it. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !isPaired(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
