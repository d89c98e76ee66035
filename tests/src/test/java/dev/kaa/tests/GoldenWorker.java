package dev.kaa.tests;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child JVM that runs golden programs in-process, one after the other, for {@link GoldenTest}: it reads
 * absolute program paths, one per line, on stdin and answers each with a binary {@link KaaCli.Result} on
 * stdout. The parent kills and replaces a worker whose program does not finish in time, which a thread
 * inside the test JVM could not be (Java threads cannot be stopped, and a runaway interpreter would go on
 * burning a core for the rest of the run). A worker also shields the test JVM from a program that
 * crashes its JVM.
 */
public final class GoldenWorker {
    /** Longer than the parent's timeout: the parent decides; this only stops a worker left behind. */
    private static final long SAFETY_TIMEOUT_SECONDS = 600;

    private GoldenWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream reply = new DataOutputStream(new FileOutputStream(FileDescriptor.out));
        // The protocol owns stdout: anything else printing to System.out goes to stderr instead.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Map<String, String> env = KaaCli.environment();
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            write(reply, KaaCli.run(Path.of(line), env, SAFETY_TIMEOUT_SECONDS));
            reply.flush();
        }
        System.exit(0);
    }

    static void write(DataOutputStream out, KaaCli.Result r) throws IOException {
        Expected e = r.output();
        out.writeBoolean(e != null);
        if (e != null) {
            out.writeInt(e.exit());
            writeString(out, e.stdout());
            writeString(out, e.stderr());
        }
        writeString(out, r.problem());
        out.writeLong(r.millis());
    }

    static KaaCli.Result read(DataInputStream in) throws IOException {
        Expected e = null;
        if (in.readBoolean()) {
            int exit = in.readInt();
            e = new Expected(exit, readString(in), readString(in));
        }
        String problem = readString(in);
        return new KaaCli.Result(e, problem, in.readLong());
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        return n < 0 ? null : new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
