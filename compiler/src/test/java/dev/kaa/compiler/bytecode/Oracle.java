package dev.kaa.compiler.bytecode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs CPython 3.13 (the oracle; KAA_CPYTHON, else the pyenv install) on the tools/ scripts. */
public final class Oracle {
    private Oracle() {
    }

    /** The python3.13 executable, or null when none is installed (tests then skip). */
    public static String python() {
        String env = System.getenv("KAA_CPYTHON");
        if (env != null && !env.isEmpty() && Files.isExecutable(Path.of(env))) {
            return env;
        }
        Path p = Path.of(System.getProperty("user.home"), ".pyenv/versions/3.13.0/bin/python3.13");
        if (Files.isExecutable(p)) {
            return p.toString();
        }
        p = Path.of("/root/.pyenv/versions/3.13.0/bin/python3.13");
        return Files.isExecutable(p) ? p.toString() : null;
    }

    /** The repository's tools/ folder (tests run in compiler/). */
    public static Path tools() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("tools"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("tools") : p.resolve("tools");
    }

    /** CPython's Lib folder (KAA_STDLIB or next to the interpreter). */
    public static Path stdlib() {
        String env = System.getenv("KAA_STDLIB");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        String py = python();
        return py == null ? null : Path.of(py).getParent().getParent().resolve("lib/python3.13");
    }

    /** Runs {@code python3.13 tools/SCRIPT args} with PYTHONHASHSEED=0; returns stdout lines. */
    public static List<String> run(String script, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python());
        cmd.add(tools().resolve(script).toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYENV_VERSION", "3.13.0");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }
}
