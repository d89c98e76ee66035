package dev.kaa.compiler.codegen;

import dev.kaa.compiler.Compiler;
import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.bytecode.Dis;
import dev.kaa.compiler.parser.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only stand-in for {@code kaa --dis FILE}: prints what {@code python3.13 -m dis FILE} prints, or,
 * for a file CPython's compile() rejects, one line {@code Kind 'msg' lineno offset end_lineno end_offset}
 * (the format of tools/dump_dis.py's {@code .err} files).
 *
 * <pre>
 * java -Xss64m -cp compiler/target/classes:compiler/target/test-classes \
 *     dev.kaa.compiler.codegen.DisMain [-O|-OO] FILE...
 * </pre>
 */
public final class DisMain {
    private DisMain() {
    }

    public static void main(String[] args) throws IOException {
        int optimize = 0;
        for (String f : args) {
            switch (f) {
                case "-O" -> optimize = 1;
                case "-OO" -> optimize = 2;
                default -> System.out.print(disOrError(Files.readAllBytes(Path.of(f)), f, optimize));
            }
        }
    }

    /** The dis listing of the module compiled from {@code source}, or its SyntaxError as one line. */
    public static String disOrError(byte[] source, String filename) {
        return disOrError(source, filename, 0);
    }

    /** As {@link #disOrError(byte[], String)} at an optimization level ({@code -O}: 1, {@code -OO}: 2). */
    public static String disOrError(byte[] source, String filename, int optimize) {
        try {
            return Dis.dis(Compiler.compile(Parser.parseFile(source, filename), filename, Compiler.Mode.EXEC,
                    optimize, 0, null));
        } catch (PySyntaxError e) {
            return e.kind + " " + pyRepr(e.msg) + " " + field(e.lineno) + " " + field(e.offset) + " "
                    + field(e.endLineno) + " " + field(e.endOffset) + "\n";
        }
    }

    /**
     * The SyntaxWarnings compiling {@code source} issues, in the format of tools/dump_dis.py's
     * {@code .warnings} files: {@code lineno 'msg'} each, then {@code error: SyntaxError 'msg' lineno offset
     * end_lineno end_offset} for what {@code -W error} makes of the first. Empty when there are none.
     */
    public static String warnings(byte[] source, String filename) {
        java.util.List<CompileWarning> ws = new java.util.ArrayList<>();
        Compiler.compile(Parser.parseFile(source, filename), filename, Compiler.Mode.EXEC, 0, 0, ws, null);
        StringBuilder sb = new StringBuilder();
        for (CompileWarning w : ws) {
            sb.append(w.lineno()).append(' ').append(pyRepr(w.message())).append('\n');
        }
        if (!ws.isEmpty()) {
            CompileWarning w = ws.get(0);
            sb.append("error: SyntaxError ").append(pyRepr(w.message())).append(' ').append(w.lineno()).append(' ')
                    .append(w.offset()).append(' ').append(w.endLineno()).append(' ').append(w.endOffset())
                    .append('\n');
        }
        return sb.toString();
    }

    private static String field(int v) {
        return v == PySyntaxError.NONE ? "None" : Integer.toString(v);
    }

    /** repr() of a str message: single quotes unless it contains a single quote and no double quote. */
    private static String pyRepr(String s) {
        return dev.kaa.compiler.ast.AstRepr.repr(s);
    }
}
