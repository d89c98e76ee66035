package dev.kaa.tests;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The parent's handle on one {@link GoldenWorker} JVM: sends a program, waits for its result with a
 * timeout, and on a timeout or a dead worker kills the process and starts a fresh one for the next program.
 * Used by one thread at a time.
 */
final class WorkerProcess implements AutoCloseable {
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "golden worker reader");
        t.setDaemon(true);
        return t;
    });
    private Process process;
    private DataInputStream in;
    private OutputStream out;

    /** Runs one program; never throws for the program's sake (a broken worker is a failed program). */
    KaaCli.Result run(Path program, long timeoutSeconds) {
        long start = System.nanoTime();
        try {
            if (process == null || !process.isAlive()) {
                start();
            }
            out.write((program.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Future<KaaCli.Result> f = reader.submit(() -> GoldenWorker.read(in));
            try {
                return f.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                kill();
                return new KaaCli.Result(null, "timed out after " + timeoutSeconds + " s", elapsed(start));
            } catch (ExecutionException e) {
                kill();
                return new KaaCli.Result(null, "the worker JVM died (" + e.getCause() + ")", elapsed(start));
            }
        } catch (IOException e) {
            kill();
            return new KaaCli.Result(null, "the worker JVM died (" + e + ")", elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return new KaaCli.Result(null, "interrupted", elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The JIT threshold of 2: a code object's first run is interpreted, the following ones run compiled,
        // so the corpus checks both tiers (the default threshold would leave most of it interpreted).
        // Native access as the launcher grants it (float ** float calls the C library's pow, as CPython does).
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx1g", "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", "-Dkaa.jit.threshold=" + System.getProperty("golden.jit.threshold", "2"), "-cp", System.getProperty("java.class.path"), GoldenWorker.class.getName()));
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        process = pb.start();
        in = new DataInputStream(process.getInputStream());
        out = process.getOutputStream();
        // Drain stderr so a chatty worker cannot block (Kaa writes the programs' stderr elsewhere).
        Process p = process;
        Thread drain = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the worker is gone
            }
        }, "golden worker stderr");
        drain.setDaemon(true);
        drain.start();
    }

    /** Kills the worker; the next run starts a new one. */
    private void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            try {
                out.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
            process = null;
        }
        reader.shutdownNow();
    }
}
