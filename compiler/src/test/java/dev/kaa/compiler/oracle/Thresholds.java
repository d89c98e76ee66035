package dev.kaa.compiler.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The ratchet: compiler/src/test/resources/oracle-thresholds.properties. The oracle tests always print
 * their counts; they fail only when a count is worse than the committed threshold, and say when the
 * threshold can be tightened.
 */
final class Thresholds {
    static final String FILE = "compiler/src/test/resources/oracle-thresholds.properties";

    private final Properties props;

    private Thresholds(Properties props) {
        this.props = props;
    }

    static Thresholds load() {
        Properties p = new Properties();
        try (InputStream in = Thresholds.class.getResourceAsStream("/oracle-thresholds.properties")) {
            if (in == null) {
                throw new IllegalStateException(FILE + " missing from the test class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Thresholds(p);
    }

    long get(String key) {
        String sysprop = System.getProperty("kaa." + key);
        String v = sysprop != null ? sysprop : props.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(FILE + " has no " + key);
        }
        return Long.parseLong(v.strip());
    }

    /** Null when {@code count >= key}'s minimum, else the failure message; prints a hint to tighten it. */
    String checkMin(String key, long count) {
        long min = get(key);
        if (count < min) {
            return key + " regressed: " + count + " < " + min + " (" + FILE + ")";
        }
        if (count > min) {
            System.out.println("  ratchet: " + key + " can be raised from " + min + " to " + count + " in " + FILE);
        }
        return null;
    }

    /** Null when {@code count <= key}'s maximum, else the failure message; prints a hint to tighten it. */
    String checkMax(String key, long count) {
        long max = get(key);
        if (count > max) {
            return key + " regressed: " + count + " > " + max + " (" + FILE + ")";
        }
        if (count < max) {
            System.out.println("  ratchet: " + key + " can be lowered from " + max + " to " + count + " in " + FILE);
        }
        return null;
    }
}
