package dev.kaa.compiler;

import dev.kaa.compiler.ast.AstRepr;
import dev.kaa.compiler.ast.ModNode;
import dev.kaa.compiler.parser.Parser;

import java.io.PrintStream;

/**
 * What {@code kaa --dump-ast FILE} prints: the AST oracle command's output, shared by the command
 * line and the oracle tests so both print the same bytes.
 * <ul>
 *   <li>a module: {@code ast.dump(tree, include_attributes=True)} on stdout, exit status 0;</li>
 *   <li>a SyntaxError, IndentationError or TabError: on stdout the line the oracle prints,
 *       {@code print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)},
 *       exit status 1;</li>
 *   <li>any other Python exception CPython's parser raises (its parser-stack limit is a MemoryError, its
 *       AST-depth limit a RecursionError), carried as a {@link PySyntaxError} of that {@code kind}: nothing on
 *       stdout, the traceback's last line {@code Kind: message} on stderr, exit status 1.</li>
 * </ul>
 */
public final class AstDumpFormat {
    private AstDumpFormat() {
    }

    /** Runs {@code --dump-ast} on {@code source}; returns the exit status. */
    public static int run(byte[] source, String filename, PrintStream out, PrintStream err) {
        ModNode mod;
        try {
            mod = Parser.parseFile(source, filename);
        } catch (PySyntaxError e) {
            if (isSyntaxError(e)) {
                out.println(errorLine(e));
            } else {
                err.println(errorLine(e));
            }
            return 1;
        }
        out.println(mod.dump());
        return 0;
    }

    /** True for SyntaxError and its subclasses, the exceptions the oracle command catches. */
    public static boolean isSyntaxError(PySyntaxError e) {
        return switch (e.kind) {
            case "SyntaxError", "IndentationError", "TabError" -> true;
            default -> false;
        };
    }

    /**
     * {@code Kind 'msg' lineno offset end_lineno end_offset} (None for a missing position) for the SyntaxError
     * family; {@code Kind: msg}, as a traceback ends, for other exception kinds.
     */
    public static String errorLine(PySyntaxError e) {
        if (!isSyntaxError(e)) {
            return e.msg == null || e.msg.isEmpty() ? e.kind : e.kind + ": " + e.msg;
        }
        return e.kind + " " + AstRepr.repr(e.msg) + " " + opt(e.lineno) + " " + opt(e.offset)
                + " " + opt(e.endLineno) + " " + opt(e.endOffset);
    }

    private static String opt(int v) {
        return v == PySyntaxError.NONE ? "None" : Integer.toString(v);
    }
}
