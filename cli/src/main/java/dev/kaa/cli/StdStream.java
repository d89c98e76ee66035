package dev.kaa.cli;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout or stderr as {@link Main#main} hands it to {@link Main#run}: a PrintStream for the
 * Java-level messages that also exposes the file stream under it, so {@code sys.stdout} writes there
 * directly and sees write errors (a PrintStream swallows them): "No space left on device", a broken pipe.
 */
final class StdStream extends PrintStream {
    final OutputStream raw;

    private StdStream(FileOutputStream raw) {
        super(raw, false, StandardCharsets.UTF_8);
        this.raw = raw;
    }

    static StdStream of(java.io.FileDescriptor fd) {
        return new StdStream(new FileOutputStream(fd));
    }

    /** The stream {@code sys.stdout}/{@code sys.stderr} should write to. */
    static OutputStream rawOf(PrintStream s) {
        return s instanceof StdStream std ? std.raw : s;
    }
}
