package dev.kaa.runtime;

import java.security.SecureRandom;

/**
 * The per-interpreter key of the str and bytes hash (CPython's {@code _Py_HashSecret.siphash}), chosen
 * as CPython chooses it ({@code Python/bootstrap_hash.c}): {@code PYTHONHASHSEED=0} disables
 * randomization (an all-zero key), another integer seeds CPython's linear congruential generator, and no
 * seed (or "random") draws 16 bytes from the system's secure random source. With the same seed Kaa's
 * {@code hash('abc')} equals CPython's, so set and dict layouts of strings match too.
 */
public final class HashSecret {
    /** SipHash key halves, as CPython reads them from the secret's first 16 bytes (little-endian). */
    public final long k0;
    public final long k1;
    /** The seed this secret came from, or -1 for a random one ({@code sys.flags.hash_randomization}). */
    public final long seed;

    private HashSecret(long k0, long k1, long seed) {
        this.k0 = k0;
        this.k1 = k1;
        this.seed = seed;
    }

    /** The secret for {@code PYTHONHASHSEED=seed} ({@code 0 <= seed <= 4294967295}). */
    public static HashSecret fromSeed(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("hash seed out of range: " + seed);
        }
        if (seed == 0) {
            return new HashSecret(0, 0, 0);
        }
        // lcg_urandom: fills the 24-byte _Py_HashSecret_t; SipHash uses its first 16 bytes.
        byte[] buf = new byte[24];
        int x = (int) seed;
        for (int i = 0; i < buf.length; i++) {
            x = x * 214013 + 2531011;
            buf[i] = (byte) ((x >>> 16) & 0xff);
        }
        return new HashSecret(le64(buf, 0), le64(buf, 8), seed);
    }

    /** A random secret (hash randomization on). */
    public static HashSecret random() {
        byte[] buf = new byte[16];
        new SecureRandom().nextBytes(buf);
        return new HashSecret(le64(buf, 0), le64(buf, 8), -1);
    }

    /**
     * The secret for the value of the {@code PYTHONHASHSEED} environment variable (null or "random":
     * random), or null if the value is invalid (CPython then stops with "PYTHONHASHSEED must be "random"
     * or an integer in range [0; 4294967295]").
     */
    public static HashSecret fromEnvironment(String value) {
        if (value == null || value.isEmpty() || value.equals("random")) {
            return random();
        }
        try {
            long seed = Long.parseLong(value.strip());
            if (seed < 0 || seed > 0xFFFFFFFFL) {
                return null;
            }
            return fromSeed(seed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long le64(byte[] b, int i) {
        long v = 0;
        for (int j = 7; j >= 0; j--) {
            v = (v << 8) | (b[i + j] & 0xffL);
        }
        return v;
    }
}
