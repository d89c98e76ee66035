package dev.kaa.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11+'s location table ({@code co_linetable}; CPython Objects/locations.md): a sequence of
 * entries, each covering 1 to 8 code units with one source span.
 *
 * <p>An entry's first byte has the top bit set, a 4-bit code in bits 3-6 and (length - 1) in bits 0-2:
 * <pre>
 * code 0-9    short form: one more byte; line unchanged; col = code*8 + (b&gt;&gt;4 &amp; 7), end_col = col + (b &amp; 15)
 * code 10-12  one-line form: line += code - 10; bytes col, end_col
 * code 13     no columns: line += svarint
 * code 14     long form: line += svarint, end_line = line + varint, col = varint - 1, end_col = varint - 1
 * code 15     no location (None)
 * </pre>
 * varint: 6-bit chunks, least significant first, bit 6 set on all but the last; svarint: varint of
 * {@code (v << 1) | sign}. Lines are relative to the previous entry's, starting at {@code co_firstlineno}.
 */
public final class LineTable {
    private LineTable() {
    }

    static final int SHORT0 = 0;
    static final int ONE_LINE0 = 10;
    static final int NO_COLUMNS = 13;
    static final int LONG = 14;
    static final int NONE = 15;

    /** The writer half (CPython's assemble.c write_location_info_*). */
    public static final class Builder {
        private final ByteSink out = new ByteSink(64);
        private int lineno;

        public Builder(int firstlineno) {
            this.lineno = firstlineno;
        }

        /** Appends {@code size} code units at {@code loc}, in entries of at most 8 units. */
        public void emit(Location loc, int size) {
            while (size > 8) {
                entry(loc, 8);
                size -= 8;
            }
            if (size > 0) {
                entry(loc, size);
            }
        }

        private void first(int code, int length) {
            out.write(0x80 | (code << 3) | (length - 1));
        }

        private void varint(int v) {
            while (v >= 64) {
                out.write(64 | (v & 63));
                v >>>= 6;
            }
            out.write(v);
        }

        private void svarint(int v) {
            varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
        }

        private void entry(Location loc, int size) {
            if (loc.lineno() < 0) {
                first(NONE, size);
                return;
            }
            int lineDelta = loc.lineno() - lineno;
            int column = loc.colOffset();
            int endColumn = loc.endColOffset();
            if (column < 0 || endColumn < 0) {
                if (loc.endLineno() == loc.lineno() || loc.endLineno() == -1) {
                    first(NO_COLUMNS, size);
                    svarint(lineDelta);
                    lineno = loc.lineno();
                    return;
                }
            } else if (loc.endLineno() == loc.lineno()) {
                if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                    first(SHORT0 + (column >> 3), size);
                    out.write(((column & 7) << 4) | (endColumn - column));
                    return;
                }
                if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                    first(ONE_LINE0 + lineDelta, size);
                    out.write(column);
                    out.write(endColumn);
                    lineno = loc.lineno();
                    return;
                }
            }
            first(LONG, size);
            svarint(lineDelta);
            varint(loc.endLineno() - loc.lineno());
            varint(column + 1);
            varint(endColumn + 1);
            lineno = loc.lineno();
        }

        public byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** One decoded entry: code units [start, end) and their span (-1 for None). */
    public record Entry(int start, int end, int line, int endLine, int col, int endCol) {
    }

    /** Decodes the table into entries, offsets in code units. */
    public static List<Entry> decode(byte[] table, int firstlineno) {
        List<Entry> out = new ArrayList<>();
        int[] pos = {0};
        int line = firstlineno;
        int addr = 0;
        while (pos[0] < table.length) {
            int b = table[pos[0]++] & 0xff;
            int code = (b >> 3) & 15;
            int len = (b & 7) + 1;
            int l;
            int el;
            int c;
            int ec;
            switch (code) {
                case NONE -> {
                    l = -1;
                    el = -1;
                    c = -1;
                    ec = -1;
                }
                case LONG -> {
                    line += svarint(table, pos);
                    l = line;
                    el = line + varint(table, pos);
                    c = varint(table, pos) - 1;
                    ec = varint(table, pos) - 1;
                }
                case NO_COLUMNS -> {
                    line += svarint(table, pos);
                    l = line;
                    el = line;
                    c = -1;
                    ec = -1;
                }
                case 10, 11, 12 -> {
                    line += code - ONE_LINE0;
                    l = line;
                    el = line;
                    c = table[pos[0]++] & 0xff;
                    ec = table[pos[0]++] & 0xff;
                }
                default -> {
                    int second = table[pos[0]++] & 0xff;
                    l = line;
                    el = line;
                    c = code * 8 + ((second >> 4) & 7);
                    ec = c + (second & 15);
                }
            }
            out.add(new Entry(addr, addr + len, l, el, c, ec));
            addr += len;
        }
        return out;
    }

    private static int varint(byte[] t, int[] pos) {
        int b = t[pos[0]++] & 0xff;
        int val = b & 63;
        int shift = 0;
        while ((b & 64) != 0) {
            b = t[pos[0]++] & 0xff;
            shift += 6;
            val |= (b & 63) << shift;
        }
        return val;
    }

    private static int svarint(byte[] t, int[] pos) {
        int u = varint(t, pos);
        return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
    }

    /** code.co_lines(): (start, end, line) in byte offsets, consecutive ranges of one line merged. */
    public static List<int[]> lines(byte[] table, int firstlineno) {
        List<int[]> out = new ArrayList<>();
        for (Entry e : decode(table, firstlineno)) {
            if (!out.isEmpty() && out.getLast()[2] == e.line()) {
                out.getLast()[1] = e.end() * 2;
            } else {
                out.add(new int[] {e.start() * 2, e.end() * 2, e.line()});
            }
        }
        return out;
    }

    /** code.co_positions(): one (line, end_line, col, end_col) per code unit. */
    public static List<int[]> positions(byte[] table, int firstlineno) {
        List<int[]> out = new ArrayList<>();
        for (Entry e : decode(table, firstlineno)) {
            for (int i = e.start(); i < e.end(); i++) {
                out.add(new int[] {e.line(), e.endLine(), e.col(), e.endCol()});
            }
        }
        return out;
    }
}
