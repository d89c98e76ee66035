package dev.kaa.compiler.tokenize;

import java.io.PrintStream;

/** {@code kaa --dump-tokens}: prints what {@code python3.13 -m tokenize -e FILE} prints. */
public final class TokenDump {
    private TokenDump() {
    }

    /** Prints the tokens of {@code source}; returns the exit status (1 on a tokenize error). */
    public static int run(byte[] source, String filename, PrintStream out, PrintStream err) {
        throw new UnsupportedOperationException("tokenizer not written yet");
    }
}
