package dev.kaa.cli;

import dev.kaa.compiler.Compiler;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.interp.Exec;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTextIO;
import dev.kaa.runtime.objects.PyTuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The interactive loop ({@code PyRun_InteractiveLoop}): reads one statement at a time with the prompts
 * {@code sys.ps1}/{@code sys.ps2}, compiles it in "single" mode (so expression results go through
 * {@code sys.displayhook}, which prints the repr and sets {@code _}), runs it in {@code __main__}, shows
 * exceptions with their traceback and goes on. A compound statement continues until an empty line;
 * brackets, triple-quoted strings and backslashes continue until closed, as CPython's interactive
 * tokenizer does. Ctrl-C at a prompt gives KeyboardInterrupt and a new prompt; end of input ends the loop.
 *
 * <p>On a terminal the lines come from JLine (editing, history in {@code ~/.kaa_history}); otherwise
 * from {@code sys.stdin}, with the prompts written to stderr, as CPython's basic REPL does.
 */
final class Repl {
    /** Where lines come from. */
    interface LineSource {
        /** One line without its newline, or null at end of input; {@link Interrupted} on Ctrl-C. */
        String readLine(String prompt);

        default void close() {
        }
    }

    /** Ctrl-C while reading a line. */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    private final PyMain main;
    private final InputStream stdin;
    private final boolean tty;
    private final Map<String, String> env;
    private final int optimize;

    Repl(PyMain main, InputStream stdin, boolean tty, Map<String, String> env, int optimize) {
        this.main = main;
        this.optimize = optimize;
        this.stdin = stdin;
        this.tty = tty;
        this.env = env;
    }

    /** Runs the loop to the end of input; true (status 0) unless it could not start. */
    boolean run() {
        LineSource lines = null;
        if (tty) {
            try {
                lines = JLineSource.open(env, main.interp::requestInterrupt, this::completionNames);
            } catch (LinkageError e) {
                // JLine is not on the class path: the basic REPL still works
            }
        }
        if (lines == null) {
            lines = this::readStdinLine;
        }
        try {
            while (true) {
                String src;
                try {
                    src = readStatement(lines);
                } catch (Interrupted e) {
                    main.writeStderr("\nKeyboardInterrupt\n");
                    continue;
                }
                if (src == null) {
                    if (!tty) {
                        main.writeStderr("\n");
                    }
                    return true;
                }
                if (src.isBlank()) {
                    continue;
                }
                runStatement(src);
            }
        } finally {
            lines.close();
        }
    }

    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield"};

    /** Names for Tab completion: keywords, the globals of __main__, the builtins; sorted, unique. */
    private List<String> completionNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(List.of(KEYWORDS));
        for (PyObject k : main.main.getDict().keysArray()) {
            if (k instanceof PyStr s) {
                names.add(s.toString());
            }
        }
        for (PyObject k : main.interp.builtinsDict().keysArray()) {
            if (k instanceof PyStr s) {
                names.add(s.toString());
            }
        }
        return List.copyOf(names);
    }

    /** The basic REPL's line reader: the prompt on stderr, the line from sys.stdin. */
    private String readStdinLine(String prompt) {
        main.writeStderr(prompt);
        PyObject in = main.interp.sys.getDict().getItem(PyStr.of("stdin"));
        PyObject line;
        if (in instanceof PyTextIO t) {
            line = t.readLine(-1);
        } else if (in != null && in != PyNone.NONE) {
            line = Abstract.callMethod(in, "readline");
        } else {
            return null;
        }
        String s = line.toString();
        if (s.isEmpty()) {
            return null;
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private String prompt(String name, String dflt) {
        PyObject p = main.interp.sys.getDict().getItem(PyStr.of(name));
        if (p == null) {
            return dflt;
        }
        try {
            return Abstract.str(p).toString();
        } catch (PyException e) {
            return dflt;
        }
    }

    /** What compiling the text so far says about it. */
    private enum State { COMPLETE, INCOMPLETE, OPEN_BLOCK, ERROR }

    /**
     * Reads one statement: the first line with ps1, continuation lines with ps2. Null at end of input
     * before any line; "" for an empty line.
     */
    String readStatement(LineSource lines) {
        String line = lines.readLine(prompt("ps1", ">>> "));
        if (line == null) {
            return null;
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
            return ""; // the tokenizer skips a blank or comment-only line at the primary prompt
        }
        StringBuilder src = new StringBuilder(line).append('\n');
        boolean block = false;
        while (true) {
            State s = classify(src.toString());
            if (s == State.ERROR || (s == State.COMPLETE && !block)) {
                return src.toString();
            }
            if (s == State.OPEN_BLOCK) {
                block = true;
            }
            String next = lines.readLine(prompt("ps2", "... "));
            if (next == null) {
                return src.toString();
            }
            if (block && next.isBlank()) {
                return src.toString();
            }
            src.append(next).append('\n');
        }
    }

    private State classify(String src) {
        try {
            compile(src);
            return State.COMPLETE;
        } catch (PyException e) {
            if (!e.matches(PyExc.SyntaxError)) {
                return State.ERROR;
            }
            PyTuple args = e.value.args();
            String msg = args.size() > 0 && args.get(0) instanceof PyStr m ? m.toString() : "";
            if (msg.startsWith("expected an indented block") || msg.equals("expected 'except' or 'finally' block")) {
                return State.OPEN_BLOCK;
            }
            if (msg.endsWith("was never closed") || msg.startsWith("unterminated triple-quoted string")
                    || msg.equals("unexpected EOF while parsing")) {
                return State.INCOMPLETE;
            }
            if (src.stripLeading().startsWith("@") && msg.equals("invalid syntax") && offsetIsZero(e)) {
                return State.OPEN_BLOCK; // a decorator waits for its def or class
            }
            return State.ERROR;
        }
    }

    /** Compiles one interactive statement in "single" mode (expression statements are echoed). */
    private PyCode compile(String src) {
        return Exec.compile(src.getBytes(StandardCharsets.UTF_8), "<stdin>", Compiler.Mode.SINGLE, 0, optimize);
    }

    private static boolean offsetIsZero(PyException e) {
        PyObject off = Abstract.lookupAttr(e.value, PyStr.of("offset"));
        return off instanceof PyInt i && i.isSmall() && i.value == 0;
    }

    /** {@code PyRun_InteractiveOneObject}: compile "single", run in __main__, show errors, flush. */
    private void runStatement(String src) {
        try {
            PyCode code = compile(src);
            // Each statement's lines are "<stdin>"'s for its traceback, as in CPython 3.13's REPL.
            main.interp.sourceLines.register("<stdin>", src);
            PyDict d = main.main.getDict();
            Exec.execCode(code, d, d);
        } catch (PyException e) {
            main.handleException(e.value);
        } catch (PyMain.ExitException e) {
            throw e;
        } catch (Throwable t) {
            main.handleException(PyErr.fromJava(t).value);
        }
        flush("stdout");
        flush("stderr");
    }

    private void flush(String name) {
        PyObject f = main.interp.sys.getDict().getItem(PyStr.of(name));
        try {
            if (f != null && f != PyNone.NONE) {
                Abstract.callMethod(f, "flush");
            }
        } catch (PyException e) {
            // flush_io ignores errors
        }
    }
}
