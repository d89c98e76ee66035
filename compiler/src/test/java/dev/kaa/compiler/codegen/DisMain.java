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
 * <pre>java -Xss64m -cp compiler/target/classes:compiler/target/test-classes dev.kaa.compiler.codegen.DisMain FILE</pre>
 */
public final class DisMain {
    private DisMain() {
    }

    public static void main(String[] args) throws IOException {
        for (String f : args) {
            System.out.print(disOrError(Files.readAllBytes(Path.of(f)), f));
        }
    }

    /** The dis listing of the module compiled from {@code source}, or its SyntaxError as one line. */
    public static String disOrError(byte[] source, String filename) {
        try {
            return Dis.dis(Compiler.compile(Parser.parseFile(source, filename), filename, Compiler.Mode.EXEC));
        } catch (PySyntaxError e) {
            return e.kind + " " + pyRepr(e.msg) + " " + field(e.lineno) + " " + field(e.offset) + " "
                    + field(e.endLineno) + " " + field(e.endOffset) + "\n";
        }
    }

    private static String field(int v) {
        return v == PySyntaxError.NONE ? "None" : Integer.toString(v);
    }

    /** repr() of a str message: single quotes unless it contains a single quote and no double quote. */
    private static String pyRepr(String s) {
        return dev.kaa.compiler.ast.AstRepr.repr(s);
    }
}
