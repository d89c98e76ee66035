package dev.kaa.tests;

import dev.kaa.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs one golden program in-process through the {@code kaa} command line, as gen_golden.py runs CPython:
 * {@code kaa <name>.py} with cwd = the program's folder, stdin empty, the environment without PYTHON*
 * variables plus PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1. Each run gets its own
 * thread with a 64 MB stack (deep recursion must end in RecursionError, not a JVM crash) and a timeout, so a
 * hang fails one program, not the whole run. As gen_golden.py does, the program's absolute folder is replaced
 * by {@code $DIR} in the output (CPython prints the script's absolute path in tracebacks).
 */
final class KaaCli {
    /** Variables gen_golden.py sets for CPython; keep the two lists equal. */
    static final Map<String, String> ENV_VARS = Map.of(
            "PYTHONHASHSEED", "0", "PYTHONIOENCODING", "utf-8", "PYTHONDONTWRITEBYTECODE", "1");

    private static final long STACK_SIZE = 64L << 20;

    /**
     * What a run produced.
     *
     * @param output   stdout, stderr and exit status (null when there is no complete output)
     * @param problem  why there is no output, or an internal error to report beside it (null when none)
     * @param millis   wall-clock time of the run
     */
    record Result(Expected output, String problem, long millis) {
    }

    private KaaCli() {
    }

    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            if (!e.getKey().startsWith("PYTHON")) {
                env.put(e.getKey(), e.getValue());
            }
        }
        env.putAll(ENV_VARS);
        return env;
    }

    /** Runs {@code program} (an absolute path) with a timeout in seconds. */
    static Result run(Path program, Map<String, String> env, long timeoutSeconds) {
        long start = System.nanoTime();
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, false, StandardCharsets.UTF_8);
        String[] args = {program.getFileName().toString()};
        Path cwd = program.getParent();
        int[] status = {0};
        Throwable[] thrown = {null};
        Runnable body = () -> {
            try {
                status[0] = Main.run(args, InputStream.nullInputStream(), out, err, env, cwd);
            } catch (Throwable t) {
                thrown[0] = t;
            }
        };
        Thread t = new Thread(null, body, "golden " + program.getFileName(), STACK_SIZE);
        t.setDaemon(true);
        t.start();
        try {
            t.join(timeoutSeconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (t.isAlive()) {
            // Nothing can stop a Java thread; interrupting asks politely and the daemon thread dies with the JVM.
            t.interrupt();
            return new Result(null, "timed out after " + timeoutSeconds + " s", millis);
        }
        out.flush();
        err.flush();
        String dir = cwd.toString();
        Expected output = new Expected(status[0], outBytes.toString(StandardCharsets.UTF_8).replace(dir, "$DIR"),
                errBytes.toString(StandardCharsets.UTF_8).replace(dir, "$DIR"));
        if (thrown[0] != null) {
            return new Result(output, "Java exception escaped Main.run: " + thrown[0], millis);
        }
        return new Result(output, null, millis);
    }
}
