package dev.kaa.runtime.interp;

import dev.kaa.compiler.ast.Assign;
import dev.kaa.compiler.ast.BinOp;
import dev.kaa.compiler.ast.Call;
import dev.kaa.compiler.ast.Expr;
import dev.kaa.compiler.ast.ExprNode;
import dev.kaa.compiler.ast.ModNode;
import dev.kaa.compiler.ast.Module;
import dev.kaa.compiler.ast.Name;
import dev.kaa.compiler.ast.Return;
import dev.kaa.compiler.ast.StmtNode;
import dev.kaa.compiler.ast.Subscript;
import dev.kaa.compiler.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where the {@code ~} and {@code ^} of a traceback line go, decided from the AST of the source segment
 * as 3.13's traceback.py decides it ({@code _extract_caret_anchors_from_line_segment} and the AST half of
 * {@code StackSummary._should_show_carets}). A binary operation gets its operator marked with {@code ^}
 * and its operands with {@code ~}; a subscript or call gets its brackets and what is between them
 * marked with {@code ^}. Our own parser stands in for {@code ast.parse}; its column offsets are UTF-8
 * byte offsets as CPython's are.
 *
 * @param leftEndLineno    line (0-based, within the segment) where the {@code ^} part starts
 * @param leftEndOffset    its character offset in that line
 * @param rightStartLineno line where the {@code ^} part ends
 * @param rightStartOffset its (exclusive) character offset
 * @param primaryChar      the character outside the anchors
 * @param secondaryChar    the character between them
 */
record CaretAnchors(int leftEndLineno, int leftEndOffset, int rightStartLineno, int rightStartOffset,
                    char primaryChar, char secondaryChar) {

    CaretAnchors(int leftEndLineno, int leftEndOffset, int rightStartLineno, int rightStartOffset) {
        this(leftEndLineno, leftEndOffset, rightStartLineno, rightStartOffset, '~', '^');
    }

    /** traceback.py's {@code assert} in {@code next_valid_char}: no anchors then. */
    private static final class NoAnchors extends RuntimeException {
        NoAnchors() {
            super(null, null, false, false);
        }
    }

    /** {@code ast.parse(source)}, or null where it raises. */
    private static Module parse(String source) {
        try {
            ModNode m = Parser.parseFile(source.getBytes(StandardCharsets.UTF_8), "<unknown>");
            return m instanceof Module mod ? mod : null;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * {@code _extract_caret_anchors_from_line_segment(segment)}: anchors for a segment that is a binary
     * operation, subscript or call, else null.
     */
    static CaretAnchors fromSegment(String segment) {
        try {
            return extract(segment);
        } catch (RuntimeException e) {
            // traceback.py runs this under suppress(Exception)
            return null;
        }
    }

    private static CaretAnchors extract(String segment) {
        // Parenthesised, a multi-line segment parses as one expression; line numbers shift by one.
        Module tree = parse("(\n" + segment + "\n)");
        if (tree == null || tree.body.size() != 1) {
            return null;
        }
        StmtNode statement = tree.body.get(0);
        if (!(statement instanceof Expr e)) {
            return null;
        }
        Lines lines = new Lines(PyText.splitlines(segment, false));
        ExprNode expr = e.value;
        if (expr instanceof BinOp b) {
            int[] p = lines.setupPositions(b.left, true);
            p = lines.incrementUntil(p[0], p[1], ch -> !PyText.isSpace(ch) && ch != ')');
            int lineno = p[0];
            int col = p[1];
            // The operator is one or two characters long, on one line, before the right operand.
            int rightCol = col + 1;
            int[] line = lines.get(lineno);
            if (rightCol < line.length
                    && (b.right.lineno - 2 > lineno || rightCol < lines.normalize(b.right.lineno - 2, b.right.col_offset))
                    && !PyText.isSpace(line[rightCol]) && line[rightCol] != '\\' && line[rightCol] != '#') {
                rightCol++;
            }
            return new CaretAnchors(lineno, col, lineno, rightCol);
        }
        if (expr instanceof Subscript s) {
            int[] left = lines.setupPositions(s.value, true);
            left = lines.incrementUntil(left[0], left[1], ch -> ch == '[');
            int[] right = lines.setupPositions(s, false);
            return new CaretAnchors(left[0], left[1], right[0], right[1]);
        }
        if (expr instanceof Call c) {
            int[] left = lines.setupPositions(c.func, true);
            left = lines.incrementUntil(left[0], left[1], ch -> ch == '(');
            int[] right = lines.setupPositions(c, false);
            return new CaretAnchors(left[0], left[1], right[0], right[1]);
        }
        return null;
    }

    /** The segment's lines as code points, with traceback.py's cursor helpers. */
    private static final class Lines {
        private final List<String> text;
        private final int[][] cps;

        Lines(List<String> text) {
            this.text = text;
            this.cps = new int[text.size()][];
        }

        int size() {
            return cps.length;
        }

        int[] get(int lineno) {
            if (lineno < 0) {
                lineno += cps.length; // Python's negative index
            }
            int[] l = cps[lineno];
            if (l == null) {
                l = PyText.codePoints(text.get(lineno));
                cps[lineno] = l;
            }
            return l;
        }

        /** Character index of a UTF-8 byte offset in line {@code lineno}. */
        int normalize(int lineno, int offset) {
            if (lineno < 0) {
                lineno += cps.length;
            }
            return PyText.byteOffsetToCharOffset(text.get(lineno), offset);
        }

        int[] nextValidChar(int lineno, int col) {
            while (lineno < size() && col >= get(lineno).length) {
                col = 0;
                lineno++;
            }
            if (!(lineno < size() && col < get(lineno).length)) {
                throw new NoAnchors();
            }
            return new int[] {lineno, col};
        }

        int[] incrementUntil(int lineno, int col, java.util.function.IntPredicate stop) {
            while (true) {
                int ch = get(lineno)[col];
                if (ch == '\\' || ch == '#') {
                    int[] p = nextValidChar(lineno + 1, 0);
                    lineno = p[0];
                    col = p[1];
                } else if (!stop.test(ch)) {
                    int[] p = nextValidChar(lineno, col + 1);
                    lineno = p[0];
                    col = p[1];
                } else {
                    return new int[] {lineno, col};
                }
            }
        }

        /** The end of {@code expr}, moved to the next real character when {@code forceValid}. */
        int[] setupPositions(ExprNode expr, boolean forceValid) {
            // -2: end_lineno is 1-based and the segment was parsed after an extra "(\n"
            int lineno = expr.end_lineno - 2;
            int col = normalize(lineno, expr.end_col_offset);
            return forceValid ? nextValidChar(lineno, col) : new int[] {lineno, col};
        }
    }

    /**
     * The AST half of {@code _should_show_carets}: true when it decides "no carets", which is when the
     * lines hold no statement, or when the instruction is the whole call of a {@code return f(...)} or
     * {@code x = f(...)} statement spanning all the lines shown. Lines that do not parse decide nothing.
     * (CPython compares the AST's byte offsets with character offsets here; so do we.)
     */
    static boolean hidesCarets(List<String> allLines, int startOffset, int endOffset) {
        Module tree = parse(String.join("\n", allLines));
        if (tree == null) {
            return false;
        }
        if (tree.body.isEmpty()) {
            return true;
        }
        StmtNode statement = tree.body.get(0);
        ExprNode value = null;
        if (statement instanceof Return r && r.value instanceof Call c && c.func instanceof Name) {
            value = c;
        } else if (statement instanceof Assign a && a.value instanceof Call && a.targets.size() == 1
                && a.targets.get(0) instanceof Name) {
            value = a.value;
        }
        return value != null && value.lineno == 1 && value.end_lineno == allLines.size()
                && value.col_offset == startOffset && value.end_col_offset == endOffset;
    }
}
