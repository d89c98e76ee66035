package dev.kaa.compiler.codegen;

import dev.kaa.compiler.ast.BinOp;
import dev.kaa.compiler.ast.Constant;
import dev.kaa.compiler.ast.ExprNode;
import dev.kaa.compiler.ast.FormattedValue;
import dev.kaa.compiler.ast.JoinedStr;
import dev.kaa.compiler.ast.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code "..." % (a, b)} with only {@code %s}, {@code %r}, {@code %a} (and simple width, precision and
 * '-' flags) becomes an f-string (ast_opt.c's optimize_format), so it compiles to FORMAT_* instructions
 * instead of a call to str.__mod__.
 */
final class FormatOptimizer {
    private static final int MAXDIGITS = 3;

    private FormatOptimizer() {
    }

    static ExprNode optimize(BinOp node, Object fmtValue, List<ExprNode> elts) {
        int[] fmt = fmtValue instanceof String s ? s.codePoints().toArray() : ((PyStr) fmtValue).codePoints();
        int[] pos = {0};
        int cnt = 0;
        List<ExprNode> seq = new ArrayList<>();
        while (true) {
            Constant lit = parseLiteral(fmt, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= fmt.length) {
                break;
            }
            if (cnt >= elts.size()) {
                return node; // more format units than items
            }
            pos[0]++; // the '%'
            ExprNode expr = parseFormat(fmt, pos, elts.get(cnt));
            cnt++;
            if (expr == null) {
                return node; // an unsupported format
            }
            seq.add(expr);
        }
        if (cnt < elts.size()) {
            return node; // more items than format units
        }
        return new JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
    }

    private static Constant parseLiteral(int[] fmt, int[] ppos) {
        int start = ppos[0];
        int pos = start;
        boolean hasPercents = false;
        while (pos < fmt.length) {
            if (fmt[pos] != '%') {
                pos++;
            } else if (pos + 1 < fmt.length && fmt[pos + 1] == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = start; i < pos; i++) {
            out.add(fmt[i]);
            if (hasPercents && fmt[i] == '%' && i + 1 < pos && fmt[i + 1] == '%') {
                i++;
            }
        }
        int[] cps = new int[out.size()];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = out.get(i);
        }
        return new Constant(ConstFold.str(cps), null, -1, -1, -1, -1);
    }

    private static ExprNode parseFormat(int[] fmt, int[] ppos, ExprNode arg) {
        int pos = ppos[0];
        int len = fmt.length;
        boolean ljust = false;
        int width = -1;
        int prec = -1;
        int ch;
        while (true) {
            if (pos >= len) {
                return null;
            }
            ch = fmt[pos++];
            switch (ch) {
                case '-' -> {
                    ljust = true;
                    continue;
                }
                case '+', ' ', '#', '0' -> {
                    continue;
                }
                default -> {
                }
            }
            break;
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = fmt[pos++];
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = fmt[pos++];
            prec = 0;
            if ('0' <= ch && ch <= '9') {
                int digits = 0;
                while ('0' <= ch && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= len) {
                        return null;
                    }
                    ch = fmt[pos++];
                    if (++digits >= MAXDIGITS) {
                        return null;
                    }
                }
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        ExprNode formatSpec = spec.isEmpty() ? null : new Constant(spec.toString(), null, -1, -1, -1, -1);
        return new FormattedValue(arg, ch, formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
    }
}
