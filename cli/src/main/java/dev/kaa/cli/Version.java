package dev.kaa.cli;

/** The version texts of {@code -V}, {@code -VV} and the REPL banner. */
final class Version {
    private Version() {
    }

    /** The Python language version Kaa implements ({@code PY_VERSION}). */
    static final String VERSION = "3.13.0";

    /** Kaa's own version. */
    static final String KAA_VERSION = "0.1.0";

    /**
     * {@code Py_GetVersion()}: CPython's format {@code 3.13.0 (build) [compiler]}, which
     * {@code platform._sys_version} parses; the bracket says honestly what runs the program.
     */
    static final String VERSION_LONG = VERSION + " (main) [Kaa " + KAA_VERSION + " on Java "
            + Runtime.version() + "]";
}
