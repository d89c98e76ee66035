package dev.kaa.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python parameter list as written in {@code @PyMethod(sig = ...)}: CPython's text-signature syntax
 * without self and parentheses ({@code "sep=None, maxsplit=-1"}, {@code "object, /"},
 * {@code "*args, key=None"}).
 */
final class Signature {
    enum Kind { POSONLY, POS_OR_KW, VARARGS, KWONLY, VARKW }

    /** One parameter; {@code defaultValue} is the Python literal text, or null when required. */
    record Param(String name, Kind kind, String defaultValue) {
        boolean required() {
            return defaultValue == null && (kind == Kind.POSONLY || kind == Kind.POS_OR_KW || kind == Kind.KWONLY);
        }

        boolean named() {
            return kind != Kind.VARARGS && kind != Kind.VARKW;
        }
    }

    final List<Param> params;
    /** Whether the text had an explicit "/" (used to lay out __text_signature__). */
    final boolean hasSlash;

    private Signature(List<Param> params, boolean hasSlash) {
        this.params = params;
        this.hasSlash = hasSlash;
    }

    /** All parameters positional-only and required, named after the Java parameters. */
    static Signature positionalOnly(List<String> names) {
        List<Param> ps = new ArrayList<>();
        for (String n : names) {
            ps.add(new Param(n, Kind.POSONLY, null));
        }
        return new Signature(ps, !names.isEmpty());
    }

    /** Parses {@code text}; throws IllegalArgumentException with a message on malformed input. */
    static Signature parse(String text) {
        List<String> parts = split(text);
        List<Param> raw = new ArrayList<>();
        int slashAt = -1;
        boolean star = false;
        boolean hasSlash = false;
        for (String p : parts) {
            if (p.equals("/")) {
                if (slashAt >= 0 || star) {
                    throw new IllegalArgumentException("misplaced '/' in signature: " + text);
                }
                slashAt = raw.size();
                hasSlash = true;
            } else if (p.equals("*")) {
                if (star) {
                    throw new IllegalArgumentException("two '*' in signature: " + text);
                }
                star = true;
            } else if (p.startsWith("**")) {
                raw.add(new Param(ident(p.substring(2), text), Kind.VARKW, null));
            } else if (p.startsWith("*")) {
                if (star) {
                    throw new IllegalArgumentException("two '*' in signature: " + text);
                }
                star = true;
                raw.add(new Param(ident(p.substring(1), text), Kind.VARARGS, null));
            } else {
                int eq = p.indexOf('=');
                String name = eq < 0 ? p : p.substring(0, eq).strip();
                String def = eq < 0 ? null : p.substring(eq + 1).strip();
                raw.add(new Param(ident(name, text), star ? Kind.KWONLY : Kind.POS_OR_KW, def));
            }
        }
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Param p = raw.get(i);
            if (i < slashAt && p.kind == Kind.POS_OR_KW) {
                p = new Param(p.name, Kind.POSONLY, p.defaultValue);
            }
            params.add(p);
        }
        // Python's rule: after a positional parameter with a default, all positional ones need one.
        boolean seenDefault = false;
        for (Param p : params) {
            if (p.kind == Kind.POSONLY || p.kind == Kind.POS_OR_KW) {
                if (p.defaultValue != null) {
                    seenDefault = true;
                } else if (seenDefault) {
                    throw new IllegalArgumentException("parameter without a default follows parameter with a default: "
                            + text);
                }
            }
        }
        return new Signature(params, hasSlash);
    }

    private static String ident(String s, String text) {
        s = s.strip();
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            throw new IllegalArgumentException("bad parameter name '" + s + "' in signature: " + text);
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                throw new IllegalArgumentException("bad parameter name '" + s + "' in signature: " + text);
            }
        }
        return s;
    }

    /** Splits at top-level commas, respecting quotes and brackets in default values. */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                cur.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    cur.append(text.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                cur.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                cur.append(c);
            } else if (c == ',' && depth == 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        for (String s : out) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty parameter in signature: " + text);
            }
        }
        return out;
    }

    List<Param> named() {
        List<Param> out = new ArrayList<>();
        for (Param p : params) {
            if (p.named()) {
                out.add(p);
            }
        }
        return out;
    }

    boolean hasVarargs() {
        return params.stream().anyMatch(p -> p.kind == Kind.VARARGS);
    }

    boolean hasVarkw() {
        return params.stream().anyMatch(p -> p.kind == Kind.VARKW);
    }

    /** The parameters as in {@code __text_signature__}, after the given prefix ("$self", "$module", ...). */
    String textSignature(String prefix) {
        StringBuilder sb = new StringBuilder("(");
        boolean first = true;
        if (prefix != null) {
            sb.append(prefix);
            first = false;
        }
        boolean anyPosonly = params.stream().anyMatch(p -> p.kind == Kind.POSONLY);
        boolean slashDone = false;
        boolean starDone = false;
        if (prefix != null && !anyPosonly) {
            // CPython writes "($self, /, ...)" when no other parameter is positional-only.
            sb.append(", /");
            slashDone = true;
        }
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (!slashDone && p.kind != Kind.POSONLY && anyPosonly) {
                sb.append(", /");
                slashDone = true;
            }
            if (p.kind == Kind.KWONLY && !starDone) {
                if (!first) {
                    sb.append(", ");
                }
                sb.append('*');
                first = false;
                starDone = true;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            switch (p.kind) {
                case VARARGS -> {
                    sb.append('*').append(p.name);
                    starDone = true;
                }
                case VARKW -> sb.append("**").append(p.name);
                default -> {
                    sb.append(p.name);
                    if (p.defaultValue != null) {
                        sb.append('=').append(p.defaultValue.equals("NULL") ? "<unrepresentable>" : p.defaultValue);
                    }
                }
            }
        }
        if (!slashDone && anyPosonly) {
            sb.append(", /");
        }
        sb.append(')');
        return sb.toString();
    }
}
