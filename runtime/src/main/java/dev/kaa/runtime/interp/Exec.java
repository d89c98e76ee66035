package dev.kaa.runtime.interp;

import dev.kaa.compiler.Compiler;
import dev.kaa.compiler.codegen.CompileWarning;
import dev.kaa.compiler.tokenize.TokenizerWarning;
import dev.kaa.runtime.Abstract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import dev.kaa.compiler.ast.ModNode;
import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.compiler.parser.Parser;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyFunction;
import dev.kaa.runtime.objects.PyModule;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

/**
 * Compiling and running code from the runtime: the entry points behind {@code compile()}, {@code exec()},
 * {@code eval()}, the command line and the REPL. Compile-time errors become Python exceptions
 * (SyntaxError, IndentationError, ...) here, at the boundary between the JDK-only compiler and the runtime.
 * Everything here must run inside {@code Interpreter.run/call}.
 */
public final class Exec {
    private Exec() {
    }

    /**
     * {@code compile(source, filename, mode)}: parses and compiles {@code source} (bytes, PEP 263 decoding
     * unless {@code flags} has {@link #PyCF_IGNORE_COOKIE}) in mode "exec", "eval" or "single", at
     * {@code optimize} level (-1: the interpreter's). Raises the Python SyntaxError CPython would.
     */
    public static PyCode compile(byte[] source, String filename, Compiler.Mode mode, int flags, int optimize) {
        List<TokenizerWarning> tokenWarnings = new ArrayList<>();
        List<CompileWarning> compileWarnings = new ArrayList<>();
        CodeObject co;
        if (optimize < 0) {
            optimize = optimizeLevel();
        }
        try {
            ModNode mod = Parser.parse(source, filename, switch (mode) {
                case EXEC -> Parser.Mode.FILE;
                case EVAL -> Parser.Mode.EVAL;
                case SINGLE -> Parser.Mode.SINGLE;
            }, (flags & PyCF_IGNORE_COOKIE) != 0, tokenWarnings);
            co = Compiler.compile(mod, filename, mode, optimize, flags, compileWarnings, null);
        } catch (dev.kaa.compiler.PySyntaxError e) {
            throw syntaxError(e);
        }
        if (!tokenWarnings.isEmpty() || !compileWarnings.isEmpty()) {
            String[] lines = filename.startsWith("<") ? null
                    : new String(source, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
            for (TokenizerWarning w : tokenWarnings) {
                syntaxWarning(filename, w.lineno(), w.message(), lines);
            }
            for (CompileWarning w : compileWarnings) {
                syntaxWarning(filename, w.lineno(), w.message(), lines);
            }
        }
        return new PyCode(co);
    }

    /** PyCF_IGNORE_COOKIE: the source was a str, its bytes are UTF-8 whatever its coding declaration says. */
    public static final int PyCF_IGNORE_COOKIE = 0x0800;

    /** {@code compile(..., optimize=-1)}: the interpreter's optimization level ({@code sys.flags.optimize}). */
    private static int optimizeLevel() {
        PyObject flags = ThreadState.current().interp.sys.getDict().getItem(PyStr.of("flags"));
        if (flags == null) {
            return 0;
        }
        PyObject o = Abstract.lookupAttr(flags, PyStr.of("optimize"));
        return o instanceof PyInt i && i.isSmall() ? (int) i.value : 0;
    }

    /** Reports a SyntaxWarning as the warnings module's default display does (without -W filters yet). */
    private static void syntaxWarning(String filename, int lineno, String message, String[] lines) {
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(lineno).append(": SyntaxWarning: ").append(message).append('\n');
        if (lines != null && lineno >= 1 && lineno <= lines.length) {
            String line = lines[lineno - 1].strip();
            if (!line.isEmpty()) {
                sb.append("  ").append(line).append('\n');
            }
        }
        PyObject stderr = Abstract.lookupAttr(ThreadState.current().interp.sys, PyStr.of("stderr"));
        if (stderr != null && stderr != PyNone.NONE) {
            Abstract.callMethod(stderr, "write", PyStr.of(sb.toString()));
        }
    }

    /** The Python exception for a compiler error. */
    public static PyException syntaxError(dev.kaa.compiler.PySyntaxError e) {
        PyType type = switch (e.kind) {
            case "IndentationError" -> PyExc.IndentationError;
            case "TabError" -> PyExc.TabError;
            case "MemoryError" -> PyExc.MemoryError;
            case "RecursionError" -> PyExc.RecursionError;
            case "UnicodeDecodeError" -> PyExc.SyntaxError;
            default -> PyExc.SyntaxError;
        };
        if (type != PyExc.SyntaxError && type != PyExc.IndentationError && type != PyExc.TabError) {
            return PyErr.format(type, "%s", e.msg);
        }
        PyObject info = PyTuple.of(
                e.filename == null ? PyNone.NONE : PyStr.of(e.filename),
                opt(e.lineno), opt(e.offset),
                e.text == null ? PyNone.NONE : PyStr.of(e.text),
                opt(e.endLineno), opt(e.endOffset));
        return PyErr.newException(type, PyStr.of(e.msg), info);
    }

    private static PyObject opt(int v) {
        return v == dev.kaa.compiler.PySyntaxError.NONE ? PyNone.NONE : PyInt.of(v);
    }

    /**
     * Runs a module-level (or exec/eval) code object with {@code globals} and {@code locals} (the same
     * dict for module code); adds {@code __builtins__} to the globals when missing, as CPython does.
     */
    public static PyObject execCode(PyCode code, PyDict globals, PyObject locals) {
        return execCode(code, globals, locals, null);
    }

    /**
     * As {@link #execCode(PyCode, PyDict, PyObject)} with the cells for the code's free variables
     * ({@code exec(..., closure=)}). The builtins are the globals' {@code __builtins__} (a module or a dict),
     * as CPython's {@code _PyEval_BuiltinsFromGlobals}.
     */
    public static PyObject execCode(PyCode code, PyDict globals, PyObject locals, PyObject[] closure) {
        ThreadState ts = ThreadState.current();
        PyStr key = PyStr.of("__builtins__");
        PyObject b = globals.getItem(key);
        if (b == null) {
            b = ts.interp.builtins;
            globals.setItem(key, b);
        }
        // Any other object is CPython's builtins mapping too: an empty dict stands for it, and the lookup
        // that misses there goes to the object (Ops.missingBuiltin).
        PyDict builtins = b instanceof PyModule m ? m.getDict() : b instanceof PyDict d ? d : new PyDict();
        PyFunction fn = null;
        if (closure != null) {
            fn = new PyFunction(code, globals, builtins);
            fn.closure = closure;
        }
        PyFrame f = new PyFrame(code, globals, builtins, locals, fn);
        return Eval.run(f);
    }
}
