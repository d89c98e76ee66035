package dev.kaa.cli;

import dev.kaa.runtime.Interpreter;

/**
 * Ctrl-C: CPython's SIGINT handler, which makes the running code raise KeyboardInterrupt at its next
 * check. Installed by {@link Main#main} only (an embedding JVM keeps its own signal handling).
 */
final class SigInt {
    private SigInt() {
    }

    /** Routes SIGINT to {@code interp}; without a usable signal API the JVM's default (exit 130) stays. */
    static void install(Interpreter interp) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> interrupt(interp));
        } catch (IllegalArgumentException | LinkageError e) {
            // no SIGINT on this platform, or already taken by the JVM (-Xrs): keep the default
        }
    }

    private static void interrupt(Interpreter interp) {
        interp.requestInterrupt();
    }
}
