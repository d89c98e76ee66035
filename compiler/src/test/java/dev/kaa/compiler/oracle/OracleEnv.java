package dev.kaa.compiler.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the oracle lives: the repository (for tools/*.py), CPython 3.13 (the specification) and its Lib/.
 * CPython is found as run-tests finds it: {@code KAA_CPYTHON}, else pyenv's 3.13.0 (then any 3.13.x), else
 * {@code python3.13} on PATH; Lib/ is {@code KAA_STDLIB}, else that interpreter's stdlib. Not finding
 * CPython is an error, never a reason to skip: the oracle tests are the front end's specification.
 *
 * @param repo   the repository root (the folder holding tools/ and compiler/)
 * @param python a CPython 3.13 interpreter
 * @param stdlib its Lib/ folder
 */
record OracleEnv(Path repo, Path python, Path stdlib) {

    static OracleEnv find() {
        Path repo = findRepo();
        Path python = findPython();
        String lib = System.getenv("KAA_STDLIB");
        Path stdlib;
        if (lib != null && !lib.isEmpty()) {
            stdlib = Path.of(lib).toAbsolutePath();
        } else {
            String out = capture(python, "import sysconfig; print(sysconfig.get_paths()['stdlib'])");
            stdlib = Path.of(out.strip());
        }
        if (!Files.isRegularFile(stdlib.resolve("os.py"))) {
            throw new IllegalStateException("CPython 3.13's Lib/ not found at " + stdlib
                    + " (set KAA_STDLIB to the folder holding os.py)");
        }
        return new OracleEnv(repo, python, stdlib);
    }

    /** compiler/target, where caches and reports go. */
    Path target() {
        return repo.resolve("compiler").resolve("target");
    }

    /** compiler/target, for tests that need no CPython. */
    static Path targetWithoutCPython() {
        return findRepo().resolve("compiler").resolve("target");
    }

    Path tool(String name) {
        return repo.resolve("tools").resolve(name);
    }

    /** Runs {@code python script args...}, its output going to ours; returns the exit status. */
    int runTool(String script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python.toString());
        cmd.add(tool(script).toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("PYTHONHASHSEED", "0");
        return pb.start().waitFor();
    }

    /** Starts {@code python script args...} with its output discarded to a log file. */
    Process startTool(Path log, String script, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python.toString());
        cmd.add(tool(script).toString());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Path findRepo() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isRegularFile(q.resolve("tools").resolve("oracle_dump.py"))) {
                return q;
            }
        }
        throw new IllegalStateException("the Kaa repository (tools/oracle_dump.py) not found above " + p);
    }

    private static Path findPython() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("KAA_CPYTHON");
        if (env != null && !env.isEmpty()) {
            Path p = Path.of(env);
            if (!isPython313(p)) {
                throw new IllegalStateException("KAA_CPYTHON=" + env + " is not a CPython 3.13 interpreter");
            }
            return p;
        }
        String pyenvRoot = System.getenv("PYENV_ROOT");
        Path pyenv = pyenvRoot != null ? Path.of(pyenvRoot) : Path.of(System.getProperty("user.home"), ".pyenv");
        candidates.add(pyenv.resolve("versions/3.13.0/bin/python3.13"));
        try (var dirs = Files.newDirectoryStream(pyenv.resolve("versions"), "3.13*")) {
            for (Path d : dirs) {
                candidates.add(d.resolve("bin/python3.13"));
            }
        } catch (IOException e) {
            // no pyenv
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "python3.13"));
                }
            }
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p) && isPython313(p)) {
                return p;
            }
        }
        throw new IllegalStateException("CPython 3.13 (the oracle) not found: set KAA_CPYTHON to a python3.13"
                + " (looked at pyenv's versions/3.13* and python3.13 on PATH)");
    }

    private static boolean isPython313(Path p) {
        try {
            return capture(p, "import sys; print(sys.version_info[:2] == (3, 13))").strip().equals("True");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String capture(Path python, String code) {
        try {
            ProcessBuilder pb = new ProcessBuilder(python.toString(), "-c", code).redirectErrorStream(true);
            pb.environment().putIfAbsent("PYENV_VERSION", "3.13.0");
            Process proc = pb.start();
            byte[] out = proc.getInputStream().readAllBytes();
            if (!proc.waitFor(60, TimeUnit.SECONDS) || proc.exitValue() != 0) {
                throw new IllegalStateException(python + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(python + " cannot run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
