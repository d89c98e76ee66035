package dev.kaa.compiler.codegen;

import dev.kaa.compiler.ast.PyStr;

/**
 * Docstring cleaning (CPython 3.13's {@code _PyCompile_CleanDoc}): tabs expanded, leading spaces of the
 * first line removed, and the common indentation of the other non-blank lines removed from each of them.
 */
final class DocString {
    private DocString() {
    }

    static Object clean(Object doc) {
        if (doc instanceof String s) {
            int[] out = clean(s.codePoints().toArray());
            return new String(out, 0, out.length);
        }
        PyStr p = (PyStr) doc;
        return new PyStr(clean(p.codePoints()));
    }

    private static int[] expandTabs(int[] s) {
        StringBuilder dummy = null;
        int n = 0;
        for (int c : s) {
            n += c == '\t' ? 8 : 1;
        }
        int[] out = new int[n];
        int j = 0;
        int col = 0;
        for (int c : s) {
            if (c == '\t') {
                int spaces = 8 - (col % 8);
                for (int k = 0; k < spaces; k++) {
                    out[j++] = ' ';
                }
                col += spaces;
            } else {
                out[j++] = c;
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        int[] r = new int[j];
        System.arraycopy(out, 0, r, 0, j);
        return r;
    }

    static int[] clean(int[] doc0) {
        int[] doc = expandTabs(doc0);
        int n = doc.length;
        int p = 0;
        // the first line ends with '\n' or the end of the string
        while (p < n && doc[p++] != '\n') {
            // skip
        }
        // the smallest indentation of the non-blank lines after the first
        int margin = Integer.MAX_VALUE;
        while (p < n) {
            int s = p;
            while (p < n && doc[p] == ' ') {
                p++;
            }
            if (p < n && doc[p] != '\n') {
                margin = Math.min(margin, p - s);
            }
            while (p < n && doc[p++] != '\n') {
                // skip
            }
        }
        if (margin == Integer.MAX_VALUE) {
            margin = 0;
        }
        int[] out = new int[n];
        int w = 0;
        p = 0;
        while (p < n && doc[p] == ' ') {
            p++;
        }
        while (p < n) {
            int c = doc[p++];
            out[w++] = c;
            if (c == '\n') {
                break;
            }
        }
        while (p < n) {
            for (int i = 0; i < margin && p < n; i++, p++) {
                if (doc[p] != ' ') {
                    break;
                }
            }
            while (p < n) {
                int c = doc[p++];
                out[w++] = c;
                if (c == '\n') {
                    break;
                }
            }
        }
        int[] r = new int[w];
        System.arraycopy(out, 0, r, 0, w);
        return r;
    }
}
