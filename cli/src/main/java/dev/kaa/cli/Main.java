package dev.kaa.cli;

import dev.kaa.compiler.AstDumpFormat;
import dev.kaa.compiler.Compiler;
import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.bytecode.Dis;
import dev.kaa.compiler.parser.Parser;
import dev.kaa.compiler.tokenize.TokenDump;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code kaa} command line. For now it offers the front end's oracle modes:
 * <ul>
 *   <li>{@code --dump-tokens FILE}: what {@code python3.13 -m tokenize -e FILE} prints;</li>
 *   <li>{@code --dump-ast FILE}: {@code ast.dump(ast.parse(src, FILE), include_attributes=True)}, or on a
 *       syntax error the line {@code Kind 'msg' lineno offset end_lineno end_offset} and exit status 1;</li>
 *   <li>{@code --dis FILE}: what {@code python3.13 -m dis FILE} prints.</li>
 * </ul>
 * Running programs arrives with the interpreter (see the issues).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out, err);
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
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 2 && args[0].equals("--dump-tokens")) {
            byte[] src = read(args[1], err);
            return src == null ? 1 : TokenDump.run(src, args[1], out, err);
        }
        if (args.length == 2 && args[0].equals("--dump-ast")) {
            byte[] src = read(args[1], err);
            return src == null ? 1 : AstDumpFormat.run(src, args[1], out, err);
        }
        if (args.length == 2 && args[0].equals("--dis")) {
            byte[] src = read(args[1], err);
            return src == null ? 1 : dis(src, args[1], out, err);
        }
        if (args.length >= 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
            out.println("Python 3.13.0");
            return 0;
        }
        err.println("usage: kaa --dump-tokens FILE | --dump-ast FILE | --dis FILE");
        err.println("kaa: running Python programs is not implemented yet (see the interpreter issue)");
        return 2;
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

    private static byte[] read(String file, PrintStream err) throws IOException {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println("kaa: can't open file '" + file + "': [Errno 2] No such file or directory");
            return null;
        }
    }
}
