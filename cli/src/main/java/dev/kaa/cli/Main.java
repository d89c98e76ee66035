package dev.kaa.cli;

import dev.kaa.compiler.AstDumpFormat;
import dev.kaa.compiler.Compiler;
import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.Dis;
import dev.kaa.compiler.parser.Parser;
import dev.kaa.compiler.tokenize.TokenDump;

import dev.kaa.runtime.Interpreter;

import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code kaa} command line, option for option like {@code python3.13} (see {@link CommandLine} for
 * the options, {@link PyMain} for running the program, {@link Repl} for the interactive loop). Besides,
 * the front end's oracle modes:
 * <ul>
 *   <li>{@code --dump-tokens FILE}: what {@code python3.13 -m tokenize -e FILE} prints;</li>
 *   <li>{@code --dump-ast FILE}: {@code ast.dump(ast.parse(src, FILE), include_attributes=True)}, or on a
 *       syntax error the line {@code Kind 'msg' lineno offset end_lineno end_offset} and exit status 1;</li>
 *   <li>{@code --dis FILE}: what {@code python3.13 -m dis FILE} prints.</li>
 * </ul>
 * {@link #run} is the whole command line in-process (tests call it for many programs in one JVM);
 * only {@link #main} exits the process.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = StdStream.of(FileDescriptor.out);
        PrintStream err = StdStream.of(FileDescriptor.err);
        int status;
        try {
            status = run(args, System.in, out, err, System.getenv(), Path.of("").toAbsolutePath(), stdinIsTerminal(),
                    SigInt::install);
        } catch (StackOverflowError e) {
            out.flush();
            err.println("RecursionError: maximum recursion depth exceeded");
            status = 1;
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("MemoryError");
            status = 1;
        } catch (Throwable e) {
            out.flush();
            err.println("kaa: internal error: " + e + "\nPlease report this as a bug in Kaa.");
            status = 70;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * The whole command line, in-process: parses {@code args} (without the program name) like
     * {@code python3.13}, runs the program in a fresh interpreter with {@code sys.stdin/stdout/stderr}
     * over the given streams and returns the exit status. {@code env} replaces the process environment
     * ({@code PYTHON*}, {@code KAA_STDLIB}); {@code cwd} replaces the working directory for the script
     * path and {@code sys.path[0]}. Standard input is not a terminal here, so there is no line editing.
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
            Path cwd) {
        return run(args, stdin, out, err, env, cwd, false, null);
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
            Path cwd, boolean stdinIsTty, Consumer<Interpreter> started) {
        try {
            if (args.length == 2 && args[0].equals("--dump-tokens")) {
                byte[] src = read(cwd, args[1], err);
                return src == null ? 1 : TokenDump.run(src, args[1], out, err);
            }
            if (args.length == 2 && args[0].equals("--dump-ast")) {
                byte[] src = read(cwd, args[1], err);
                return src == null ? 1 : AstDumpFormat.run(src, args[1], out, err);
            }
            if (args.length == 2 && args[0].equals("--dis")) {
                byte[] src = read(cwd, args[1], err);
                return src == null ? 1 : dis(src, args[1], out, err);
            }
        } catch (IOException e) {
            err.println("kaa: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
        CommandLine cl = CommandLine.parse(programName(), args, env, out, err);
        if (cl.exitStatus >= 0) {
            out.flush();
            err.flush();
            return cl.exitStatus;
        }
        return new PyMain(cl, stdin, out, err, env, cwd.toAbsolutePath(), stdinIsTty).run(started);
    }

    /** The name messages give the program: what the launcher was called as, else "kaa". */
    private static String programName() {
        String p = System.getProperty("kaa.program");
        return p == null || p.isEmpty() ? "kaa" : p;
    }

    /** Whether file descriptor 0 is a terminal (CPython's {@code isatty(0)}). */
    private static boolean stdinIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            java.io.Console c = System.console();
            return c != null && c.isTerminal();
        }
    }

    /**
     * {@code --dis FILE}: what {@code python3.13 -m dis FILE} prints. A source CPython rejects ends with the
     * last line of CPython's traceback ({@code SyntaxError: msg (file, line N)}) on stderr and status 1;
     * the full traceback with its source line and carets comes with the interpreter's traceback printer.
     */
    private static int dis(byte[] src, String file, PrintStream out, PrintStream err) {
        try {
            CodeObject code = Compiler.compile(Parser.parseFile(src, file), file, Compiler.Mode.EXEC);
            out.print(Dis.dis(code));
            return 0;
        } catch (PySyntaxError e) {
            out.flush();
            if (AstDumpFormat.isSyntaxError(e)) {
                err.println(e.kind + ": " + e.msg + " (" + file + ", line " + e.lineno + ")");
            } else {
                err.println(AstDumpFormat.errorLine(e));
            }
            return 1;
        }
    }

    private static byte[] read(Path cwd, String file, PrintStream err) throws IOException {
        try {
            return Files.readAllBytes(cwd.resolve(file));
        } catch (NoSuchFileException e) {
            err.println("kaa: can't open file '" + file + "': [Errno 2] No such file or directory");
            return null;
        }
    }
}
