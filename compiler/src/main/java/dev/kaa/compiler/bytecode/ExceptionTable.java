package dev.kaa.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * The "zero-cost" exception table ({@code co_exceptiontable}; CPython InternalDocs/exception_handling.md):
 * entries {@code (start, length, target, depth_lasti)} in code units, each a big-endian varint of 6-bit
 * chunks (bit 6 = more chunks follow); bit 7 marks the first byte of an entry. {@code depth_lasti} is
 * {@code depth << 1 | lasti}: on an exception in [start, start + length) the stack is popped to
 * {@code depth}, the offset of the raising instruction is pushed if {@code lasti}, then the exception, and
 * execution continues at {@code target}.
 */
public final class ExceptionTable {
    private ExceptionTable() {
    }

    /** One entry; offsets in code units ({@code dis} shows them times 2). */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {
    }

    /** The writer (CPython's assemble.c assemble_emit_exception_table_entry). */
    public static final class Builder {
        private final ByteSink out = new ByteSink(32);

        public void add(int start, int end, int target, int depth, boolean lasti) {
            item(start, 0x80);
            item(end - start, 0);
            item(target, 0);
            item((depth << 1) | (lasti ? 1 : 0), 0);
        }

        private void item(int value, int msb) {
            if (value >= 1 << 24) {
                out.write((value >> 24) | 64 | msb);
                msb = 0;
            }
            if (value >= 1 << 18) {
                out.write(((value >> 18) & 63) | 64 | msb);
                msb = 0;
            }
            if (value >= 1 << 12) {
                out.write(((value >> 12) & 63) | 64 | msb);
                msb = 0;
            }
            if (value >= 1 << 6) {
                out.write(((value >> 6) & 63) | 64 | msb);
                msb = 0;
            }
            out.write((value & 63) | msb);
        }

        public byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    public static List<Entry> decode(byte[] table) {
        List<Entry> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = varint(table, pos);
            int length = varint(table, pos);
            int target = varint(table, pos);
            int dl = varint(table, pos);
            out.add(new Entry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private static int varint(byte[] t, int[] pos) {
        int b = t[pos[0]++] & 0xff;
        int val = b & 63;
        while ((b & 64) != 0) {
            b = t[pos[0]++] & 0xff;
            val = (val << 6) | (b & 63);
        }
        return val;
    }

    /**
     * The handler for an exception at code unit {@code offset}, or null (CPython's get_exception_handler:
     * entries are sorted by start, so a linear scan stops early).
     */
    public static Entry find(byte[] table, int offset) {
        for (Entry e : decode(table)) {
            if (e.start() > offset) {
                return null;
            }
            if (offset < e.end()) {
                return e;
            }
        }
        return null;
    }
}
