package dev.kaa.compiler.bytecode;

import dev.kaa.compiler.ast.ComplexValue;
import dev.kaa.compiler.ast.EllipsisValue;
import dev.kaa.compiler.ast.PyStr;
import java.math.BigInteger;

/**
 * The order in which CPython iterates a frozenset constant, for printing it as dis does.
 *
 * <p>A set iterates in hash-table order. The table is CPython's (Objects/setobject.c): 8 slots to start,
 * linear probing of 9 slots then perturbed probing, resized to 4 times the used count when 3/5 full. The
 * hashes are CPython's: ints modulo 2**61-1, floats by their exact value, tuples by xxHash, str and bytes
 * by SipHash-1-3 with the key of {@code PYTHONHASHSEED=0} (with any other seed CPython's order of str
 * items differs from run to run). A frozenset constant is built twice by CPython's compiler -- once from
 * the source items, then again from the first one's iteration order when constants are merged -- so
 * both insertions are simulated.
 */
public final class SetOrder {
    private SetOrder() {
    }

    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final long MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;

    /**
     * The iteration order of a frozenset constant built by CPython's compiler from items in source order
     * (duplicates already removed). The compiler builds it {@code builds} times, each time from the
     * previous one's iteration order: twice (the AST optimizer or code generator, then the merging of
     * constants), three times when making the code object re-interns its str items.
     */
    public static Object[] compileTimeOrder(Object[] items, int builds) {
        long[] hashes = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            Long h = hash(items[i]);
            if (h == null) {
                return items; // an item hashed by address: the order is not reproducible
            }
            hashes[i] = h;
        }
        int[] order = identity(items.length);
        for (int b = 0; b < builds; b++) {
            int[] next = insertAll(hashes, order);
            int[] composed = new int[next.length];
            for (int i = 0; i < next.length; i++) {
                composed[i] = next[i];
            }
            order = composed;
        }
        return reorder(items, order);
    }

    private static int[] identity(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static Object[] reorder(Object[] items, int[] order) {
        Object[] out = new Object[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = items[order[i]];
        }
        return out;
    }

    /** Inserts items (by index, in the given order) into a fresh set; returns the iteration order. */
    private static int[] insertAll(long[] hashes, int[] order) {
        int mask = 7;
        int[] table = new int[8];
        java.util.Arrays.fill(table, -1);
        int fill = 0;
        for (int idx : order) {
            long hash = hashes[idx];
            long perturb = hash;
            int i = (int) (hash & mask);
            outer:
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    if (table[j] == -1) {
                        table[j] = idx;
                        break outer;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                int used = fill;
                long newsize = 8;
                long minused = used > 50000 ? used * 2L : used * 4L;
                while (newsize <= minused) {
                    newsize <<= 1;
                }
                int newmask = (int) newsize - 1;
                int[] newTable = new int[(int) newsize];
                java.util.Arrays.fill(newTable, -1);
                for (int k : table) {
                    if (k >= 0) {
                        insertClean(newTable, newmask, hashes[k], k);
                    }
                }
                table = newTable;
                mask = newmask;
            }
        }
        int[] out = new int[fill];
        int n = 0;
        for (int k : table) {
            if (k >= 0) {
                out[n++] = k;
            }
        }
        return out;
    }

    private static void insertClean(int[] table, int mask, long hash, int idx) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] == -1) {
                table[i] = idx;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == -1) {
                        table[i + j] = idx;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    // ------------------------------------------------------------------ CPython's hash()

    /** hash(value), or null for values hashed by address (Ellipsis, code objects, NaN). */
    static Long hash(Object v) {
        return switch (v) {
            case null -> 0xFCA86420L;
            case Boolean b -> b ? 1L : 0L;
            case Long l -> intHash(BigInteger.valueOf(l));
            case BigInteger b -> intHash(b);
            case Double d -> doubleHash(d);
            case ComplexValue c -> {
                Long re = doubleHash(c.real());
                Long im = doubleHash(c.imag());
                if (re == null || im == null) {
                    yield null;
                }
                long h = re + 1000003L * im;
                yield h == -1 ? -2L : h;
            }
            case String s -> strHash(s.codePoints().toArray());
            case PyStr s -> strHash(s.codePoints());
            case byte[] b -> bytesHash(b);
            case TupleConstant t -> tupleHash(t);
            case EllipsisValue e -> null;
            default -> null;
        };
    }

    private static long intHash(BigInteger v) {
        long h = v.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    private static Long doubleHash(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159L : -314159L;
        }
        if (v == 0) {
            return 0L;
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.scalb(1.0, e - 1) / 2.0; // frexp
        if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) { // subnormal
            int shift = 54;
            double vv = v * Math.scalb(1.0, shift);
            e = Math.getExponent(vv) + 1 - shift;
            m = vv / Math.scalb(1.0, Math.getExponent(vv)) / 2.0;
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & MODULUS) | x >>> (HASH_BITS - e);
        x = x * sign;
        return x == -1 ? -2L : x;
    }

    private static long tupleHash(TupleConstant t) {
        final long prime1 = 0x9E3779B185EBCA87L; // 11400714785074694791
        final long prime2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
        final long prime5 = 0x27D4EB2F165667C5L; // 2870177450012600261
        long acc = prime5;
        for (int i = 0; i < t.size(); i++) {
            Long lane = hash(t.get(i));
            if (lane == null) {
                return 0; // not reproducible; any value will do
            }
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private static long strHash(int[] cps) {
        if (cps.length == 0) {
            return 0;
        }
        int max = 0;
        for (int c : cps) {
            max = Math.max(max, c);
        }
        int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
        byte[] data = new byte[cps.length * kind];
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            for (int k = 0; k < kind; k++) {
                data[i * kind + k] = (byte) (c >>> (8 * k)); // little-endian, as in memory on x86
            }
        }
        return bytesHash(data);
    }

    private static long bytesHash(byte[] b) {
        if (b.length == 0) {
            return 0;
        }
        long h = siphash13(0, 0, b);
        return h == -1 ? -2 : h;
    }

    private static long siphash13(long k0, long k1, byte[] src) {
        long b = ((long) src.length) << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int off = 0;
        int n = src.length;
        while (n - off >= 8) {
            long mi = 0;
            for (int k = 7; k >= 0; k--) {
                mi = (mi << 8) | (src[off + k] & 0xffL);
            }
            off += 8;
            v3 ^= mi;
            // SINGLE_ROUND
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int k = n - off - 1; k >= 0; k--) {
            t = (t << 8) | (src[off + k] & 0xffL);
        }
        b |= t;
        v3 ^= b;
        for (int r = 0; r < 1; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
