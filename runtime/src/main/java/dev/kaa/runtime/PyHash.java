package dev.kaa.runtime;

import java.math.BigInteger;

/**
 * CPython's hash functions ({@code Python/pyhash.c}, {@code Include/pyhash.h}), bit for bit, so that
 * {@code hash()} values, and with them the iteration order of sets, equal CPython's:
 *
 * <ul>
 *   <li>numbers hash to their value modulo the Mersenne prime {@code 2**61 - 1} ({@link #MODULUS}), with
 *       the sign kept, so equal numbers of different types hash alike;</li>
 *   <li>str and bytes hash their internal bytes with SipHash-1-3 under the interpreter's
 *       {@link HashSecret} ({@link #hashBytes});</li>
 *   <li>tuples combine their items' hashes with the xxHash-based scheme of Python 3.8+
 *       ({@link #tupleHash}).</li>
 * </ul>
 *
 * -1 is CPython's error value and never a hash: every function here maps it to -2.
 */
public final class PyHash {
    private PyHash() {
    }

    /** {@code PyHASH_BITS}. */
    public static final int BITS = 61;
    /** {@code PyHASH_MODULUS}: the prime 2**61 - 1. */
    public static final long MODULUS = (1L << BITS) - 1;
    /** {@code PyHASH_INF}: hash(float('inf')). */
    public static final long INF = 314159;
    /** {@code PyHASH_IMAG}: the multiplier of the imaginary part in complex hashes. */
    public static final long IMAG = 1000003;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** hash(int) for a value that fits in a long. */
    public static long hashLong(long v) {
        // |v| as an unsigned value (-Long.MIN_VALUE is 2**63 unsigned), reduced, then the sign put back.
        long h = Long.remainderUnsigned(v < 0 ? -v : v, MODULUS);
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** hash(int) for any integer. */
    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * {@code _Py_HashDouble} for a finite or infinite value (NaN hashes by identity and is the caller's
     * business): the value modulo {@link #MODULUS} as a rational number, processed 28 bits at a time.
     */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        if (v == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        int e;
        double m;
        if (rawExp == 0) {
            // subnormal: scale up first
            double scaled = v * 0x1p54;
            long sb = Double.doubleToRawLongBits(scaled);
            e = (int) ((sb >>> 52) & 0x7ff) - 1022 - 54;
            m = Double.longBitsToDouble((sb & ~(0x7ffL << 52)) | (1022L << 52));
        } else {
            e = rawExp - 1022;
            m = Double.longBitsToDouble((bits & ~(0x7ffL << 52)) | (1022L << 52));
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** {@code Py_HashBuffer}: SipHash-1-3 of {@code len} bytes, 0 for the empty buffer. */
    public static long hashBytes(HashSecret secret, byte[] data, int off, int len) {
        if (len == 0) {
            return 0;
        }
        long h = siphash13(secret.k0, secret.k1, data, off, len);
        return h == -1 ? -2 : h;
    }

    /**
     * SipHash-1-3 with CPython's finalisation ({@code siphash13} in pyhash.c): one compression round per
     * 8-byte little-endian word, three finalisation rounds.
     */
    public static long siphash13(long k0, long k1, byte[] in, int off, int len) {
        long b = ((long) len) << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            long mi = (in[i] & 0xffL) | (in[i + 1] & 0xffL) << 8 | (in[i + 2] & 0xffL) << 16
                    | (in[i + 3] & 0xffL) << 24 | (in[i + 4] & 0xffL) << 32 | (in[i + 5] & 0xffL) << 40
                    | (in[i + 6] & 0xffL) << 48 | (in[i + 7] & 0xffL) << 56;
            i += 8;
            v3 ^= mi;
            // SINGLE_ROUND
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int j = end - i - 1; j >= 0; j--) {
            t = (t << 8) | (in[i + j] & 0xffL);
        }
        b |= t;
        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
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

    // xxHash-based tuple hash (Objects/tupleobject.c)
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** Start value of the tuple hash accumulator. */
    public static long tupleHashStart() {
        return XXPRIME_5;
    }

    /** Mixes one item's hash into the tuple hash accumulator. */
    public static long tupleHashStep(long acc, long lane) {
        acc += lane * XXPRIME_2;
        acc = Long.rotateLeft(acc, 31);
        acc *= XXPRIME_1;
        return acc;
    }

    /** Finishes the tuple hash of {@code len} items. */
    public static long tupleHashFinish(long acc, int len) {
        acc += len ^ (XXPRIME_5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    /** The tuple hash of items with the given hashes. */
    public static long tupleHash(long[] itemHashes) {
        long acc = tupleHashStart();
        for (long h : itemHashes) {
            acc = tupleHashStep(acc, h);
        }
        return tupleHashFinish(acc, itemHashes.length);
    }

    /** {@code Py_HashPointer} for an object without a value-based hash: its identity, spread as CPython's. */
    public static long identityHash(Object o) {
        // CPython rotates the address right by 4 bits; Java gives a 31-bit identity hash instead.
        long y = System.identityHashCode(o) & 0xffffffffL;
        long h = (y << 4) | (y >>> 28);
        return h == -1 ? -2 : h;
    }

    /**
     * hash(str) of a string whose code points are the chars of {@code s}: SipHash-1-3 over CPython's
     * internal representation, whose width depends on the largest code point (PEP 393): one byte per
     * code point below 256, two (little-endian) below 65536.
     */
    public static long hashString(HashSecret secret, String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int max = 0;
        for (int i = 0; i < n; i++) {
            max |= s.charAt(i);
        }
        byte[] buf;
        if (max < 256) {
            buf = new byte[n];
            for (int i = 0; i < n; i++) {
                buf[i] = (byte) s.charAt(i);
            }
        } else {
            buf = new byte[2 * n];
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                buf[2 * i] = (byte) c;
                buf[2 * i + 1] = (byte) (c >>> 8);
            }
        }
        return hashBytes(secret, buf, 0, buf.length);
    }

    /** hash(str) of a string with code points above U+FFFF: four little-endian bytes per code point. */
    public static long hashCodePoints(HashSecret secret, int[] cps) {
        byte[] buf = new byte[4 * cps.length];
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            buf[4 * i] = (byte) c;
            buf[4 * i + 1] = (byte) (c >>> 8);
            buf[4 * i + 2] = (byte) (c >>> 16);
            buf[4 * i + 3] = (byte) (c >>> 24);
        }
        return hashBytes(secret, buf, 0, buf.length);
    }
}
