package dev.kaa.runtime.interp;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.Suggestions;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyModule;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyRange;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTraceback;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How an exception is shown: CPython 3.13's default exception display, which is {@code traceback.py}'s
 * {@code TracebackException(...).format()} (the interpreter's {@code PyErr_Display} calls
 * {@code traceback._print_exception_bltin}). This class follows that module function by function, so
 * read it beside {@code Lib/traceback.py}:
 * <ul>
 *   <li>{@link TbExc} is {@code TracebackException}: the frames of {@code __traceback__} as
 *       {@link FrameSummary}s, {@code str(exc)} with the "Did you mean" suggestions of NameError,
 *       AttributeError and ImportError, {@code __notes__}, the SyntaxError fields, and the chain of
 *       {@code __cause__}/{@code __context__} and the members of exception groups, built iteratively
 *       with a set of exceptions already seen so cycles end;</li>
 *   <li>{@link #formatStack} is {@code StackSummary.format} ({@code [Previous line repeated N more
 *       times]}) and {@link #formatFrame} is {@code format_frame_summary}: the source lines from
 *       {@link SourceLines}, the {@code ~}/{@code ^} carets from the instruction's positions and the
 *       segment's AST ({@link CaretAnchors}), with display widths of wide characters;</li>
 *   <li>{@link #format(TbExc, boolean, Ctx, List)} is {@code TracebackException.format}: chained
 *       exceptions and the box drawing of exception groups.</li>
 * </ul>
 * Entry points: {@link #print}/{@link #format(PyBaseException)} ({@code traceback.print_exception}),
 * {@link #display} ({@code PyErr_Display}, which is {@code sys.excepthook}) and {@link #printEx}
 * ({@code PyErr_PrintEx}: what the command line does with an uncaught exception). Errors raised by
 * Python code while formatting (a failing {@code __str__}, {@code __repr__}, {@code dir}) are handled as
 * traceback.py handles them; none escapes.
 */
public final class TracebackPrinter {
    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
    /** {@code _RECURSIVE_CUTOFF}. */
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;
    /** None for an int field: line numbers and columns are never negative. */
    private static final int NONE = -1;

    /** {@code _colorize.ANSIColors}. */
    private static final String BOLD_MAGENTA = "\u001b[1;35m";
    private static final String BOLD_RED = "\u001b[1;31m";
    private static final String MAGENTA = "\u001b[35m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    private final SourceLines lines;
    private final boolean colorize;
    /** The frame limit: null for None. */
    private final Integer limit;
    /** {@code limit is BUILTIN_EXCEPTION_LIMIT}: keep the last {@code sys.tracebacklimit} frames. */
    private final boolean builtinLimit;

    private TracebackPrinter(SourceLines lines, boolean colorize, Integer limit, boolean builtinLimit) {
        this.lines = lines;
        this.colorize = colorize;
        this.limit = limit;
        this.builtinLimit = builtinLimit;
    }

    // ------------------------------------------------------------------------------------------------
    // Entry points

    /** {@code traceback.print_exception(e, file=file)}: writes the report through {@code file.write}. */
    public static void print(PyBaseException e, PyObject file) {
        TracebackPrinter p = new TracebackPrinter(sourceLines(), false, null, false);
        for (String chunk : p.formatException(e)) {
            Abstract.callMethod(file, "write", PyStr.of(chunk));
        }
    }

    /** {@code "".join(traceback.format_exception(e))}. */
    public static String format(PyBaseException e) {
        return format(e, false);
    }

    /** {@code "".join(traceback.format_exception(e, colorize=colorize))}. */
    public static String format(PyBaseException e, boolean colorize) {
        TracebackPrinter p = new TracebackPrinter(sourceLines(), colorize, null, false);
        return String.join("", p.formatException(e));
    }

    /**
     * {@code PyErr_Display(NULL, value, tb)}, the default {@code sys.excepthook}: the report of
     * {@code value} on {@code sys.stderr} as {@code traceback._print_exception_bltin} writes it (the last
     * {@code sys.tracebacklimit} frames, colour when stderr is a terminal), then {@code flush()}. A
     * traceback {@code tb} is attached first if {@code value} has none.
     */
    public static void display(PyObject value, PyObject tb) {
        Interpreter interp = ThreadState.current().interp;
        PyObject file = Abstract.lookupAttr(interp.sys, PyStr.of("stderr"));
        if (file == null || file == PyNone.NONE) {
            return;
        }
        if (value instanceof PyBaseException e && tb instanceof PyTraceback && e.traceback == PyNone.NONE) {
            e.traceback = tb;
        }
        try {
            if (value instanceof PyBaseException e) {
                TracebackPrinter p = new TracebackPrinter(sourceLines(), canColorize(file), null, true);
                for (String chunk : p.formatException(e)) {
                    Abstract.callMethod(file, "write", PyStr.of(chunk));
                }
            } else if (value == PyNone.NONE) {
                // print_exception(None) formats "the exception" None
                Abstract.callMethod(file, "write", PyStr.of("NoneType: None\n"));
            } else {
                // traceback.py raises TypeError for this; the C fallback prints instead:
                Abstract.callMethod(file, "write", PyStr.of("TypeError: print_exception(): Exception expected for "
                        + "value, " + value.type().getName() + " found\n"));
            }
        } catch (PyException ex) {
            // a stream that cannot be written to loses the report
        }
        try {
            Abstract.callMethod(file, "flush");
        } catch (PyException ex) {
            // Silently ignore file.flush() error
        }
    }

    /** {@code sys.excepthook(exctype, value, traceback)} (and {@code sys.__excepthook__}). */
    public static PyObject excepthook(PyObject exctype, PyObject value, PyObject traceback) {
        display(value, traceback);
        return PyNone.NONE;
    }

    /**
     * {@code PyErr_PrintEx(set_sys_last_vars)} for an uncaught exception other than SystemExit (the
     * caller ends the program for that): sets {@code sys.last_exc} (and the legacy {@code last_type},
     * {@code last_value}, {@code last_traceback}) if asked, then calls {@code sys.excepthook}; if the hook
     * raises, both exceptions are shown. A SystemExit raised by the hook is rethrown for the caller.
     */
    public static void printEx(PyBaseException exc, boolean setSysLastVars) {
        PyModule sys = ThreadState.current().interp.sys;
        PyType typ = exc.type();
        PyObject tb = exc.traceback;
        if (setSysLastVars) {
            setQuietly(sys, "last_exc", exc);
            setQuietly(sys, "last_type", typ);
            setQuietly(sys, "last_value", exc);
            setQuietly(sys, "last_traceback", tb);
        }
        PyObject hook;
        try {
            hook = Abstract.lookupAttr(sys, PyStr.of("excepthook"));
        } catch (PyException ex) {
            hook = null;
        }
        if (hook == null) {
            writeStderr("sys.excepthook is missing\n");
            display(exc, PyNone.NONE);
            return;
        }
        try {
            Abstract.call(hook, typ, exc, tb);
        } catch (PyException ex) {
            if (ex.matches(PyExc.SystemExit)) {
                throw ex;
            }
            writeStderr("Error in sys.excepthook:\n");
            display(ex.value, PyNone.NONE);
            writeStderr("\nOriginal exception was:\n");
            display(exc, PyNone.NONE);
        }
    }

    private static void setQuietly(PyModule sys, String name, PyObject value) {
        try {
            Abstract.setAttr(sys, name, value);
        } catch (PyException ex) {
            // _PyErr_Clear
        }
    }

    /** {@code PySys_WriteStderr}. */
    private static void writeStderr(String text) {
        try {
            PyObject file = Abstract.lookupAttr(ThreadState.current().interp.sys, PyStr.of("stderr"));
            if (file != null && file != PyNone.NONE) {
                Abstract.callMethod(file, "write", PyStr.of(text));
            }
        } catch (PyException ex) {
            // nowhere to write
        }
    }

    /**
     * The interpreter's line cache. (Until the Interpreter holds one, each report reads its files afresh
     * and sources registered for {@code -c} and the REPL cannot be found.)
     */
    private static SourceLines sourceLines() {
        return ThreadState.current().interp.sourceLines;
    }

    /**
     * {@code _colorize.can_colorize()}: PYTHON_COLORS, NO_COLOR, FORCE_COLOR and TERM from
     * {@code os.environ} (when os is loaded and -E is not given), else whether stderr is a terminal.
     */
    static boolean canColorize(PyObject stderr) {
        try {
            PyModule sys = ThreadState.current().interp.sys;
            PyObject flags = Abstract.lookupAttr(sys, PyStr.of("flags"));
            PyObject ignore = flags == null ? null : Abstract.lookupAttr(flags, PyStr.of("ignore_environment"));
            boolean ignoreEnvironment = ignore != null && Abstract.isTrue(ignore);
            PyObject os = ThreadState.current().interp.modules.getItem(PyStr.of("os"));
            PyObject environ = os == null ? null : Abstract.lookupAttr(os, PyStr.of("environ"));
            if (!ignoreEnvironment && environ != null) {
                String pc = envGet(environ, "PYTHON_COLORS");
                if ("0".equals(pc)) {
                    return false;
                }
                if ("1".equals(pc)) {
                    return true;
                }
                if (Abstract.contains(environ, PyStr.of("NO_COLOR"))) {
                    return false;
                }
                if (Abstract.contains(environ, PyStr.of("FORCE_COLOR"))) {
                    return true;
                }
                if ("dumb".equals(envGet(environ, "TERM"))) {
                    return false;
                }
            }
            PyObject isatty = Abstract.lookupAttr(stderr, PyStr.of("isatty"));
            return isatty != null && Abstract.isTrue(Abstract.call(isatty));
        } catch (PyException ex) {
            return false;
        }
    }

    private static String envGet(PyObject environ, String key) {
        PyObject v = Abstract.callMethod(environ, "get", PyStr.of(key));
        return v instanceof PyStr s ? s.toString() : null;
    }

    // ------------------------------------------------------------------------------------------------
    // TracebackException

    /** {@code TracebackException}: an exception captured for display. */
    private static final class TbExc {
        List<FrameSummary> stack;
        /** {@code _str}: str(exc) (plus suggestions). */
        String str;
        /** {@code __notes__}, null for None. */
        PyObject notes;
        String typeStr;
        boolean isSyntaxError;
        PyObject filename;
        String lineno;
        String endLineno;
        PyObject text;
        PyObject offset;
        PyObject endOffset;
        PyObject msg;
        boolean suppressContext;
        TbExc cause;
        TbExc context;
        List<TbExc> exceptions;
    }

    /** {@code FrameSummary}: one frame of a traceback. */
    private final class FrameSummary {
        final String filename;
        final int lineno;
        final int endLineno;
        final int colno;
        final int endColno;
        final String name;
        private String lines;
        private boolean linesSet;
        private String dedented;

        FrameSummary(String filename, int lineno, int endLineno, int colno, int endColno, String name) {
            this.filename = filename;
            this.lineno = lineno;
            this.endLineno = endLineno == NONE ? lineno : endLineno;
            this.colno = colno;
            this.endColno = endColno;
            this.name = name;
        }

        /** {@code _original_lines}: lines lineno..end_lineno, right-stripped, each ending in '\n'. */
        String originalLines() {
            if (!linesSet) {
                linesSet = true;
                if (lineno != NONE && endLineno != NONE) {
                    StringBuilder b = new StringBuilder();
                    for (int l = lineno; l <= endLineno; l++) {
                        if (l > lineno) {
                            b.append('\n');
                        }
                        b.append(PyText.rstrip(lines().getline(filename, l)));
                    }
                    lines = b.append('\n').toString();
                }
            }
            return lines;
        }

        String dedentedLines() {
            if (dedented == null && originalLines() != null) {
                dedented = PyText.dedent(lines);
            }
            return dedented;
        }

        /** {@code line}: the first line, stripped, or null. */
        String line() {
            String l = originalLines();
            if (l == null) {
                return null;
            }
            return PyText.strip(l.substring(0, l.indexOf('\n')));
        }
    }

    private SourceLines lines() {
        return lines;
    }

    private List<String> formatException(PyBaseException e) {
        TbExc te = capture(e);
        List<String> out = new ArrayList<>();
        format(te, true, new Ctx(), out);
        return out;
    }

    /** {@code TracebackException(type(e), e, e.__traceback__)} with the whole chain. */
    private TbExc capture(PyBaseException value) {
        Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        TbExc top = captureOne(value, seen);
        // Convert __cause__ and __context__ with a stack, not recursion (traceback.py's queue).
        Deque<Object[]> queue = new ArrayDeque<>();
        queue.push(new Object[] {top, value});
        while (!queue.isEmpty()) {
            Object[] item = queue.pop();
            TbExc te = (TbExc) item[0];
            PyBaseException e = (PyBaseException) item[1];
            TbExc cause = null;
            if (e.cause instanceof PyBaseException c && !seen.contains(c)) {
                cause = captureOne(c, seen);
            }
            boolean needContext = cause == null && !e.suppressContext;
            TbExc context = null;
            if (e.context instanceof PyBaseException c && needContext && !seen.contains(c)) {
                context = captureOne(c, seen);
            }
            List<TbExc> exceptions = null;
            List<PyBaseException> members = null;
            if (e.type().isSubtypeOf(PyExc.BaseExceptionGroup)) {
                exceptions = new ArrayList<>();
                members = new ArrayList<>();
                for (PyObject m : groupMembers(e)) {
                    if (m instanceof PyBaseException me) {
                        exceptions.add(captureOne(me, seen));
                        members.add(me);
                    }
                }
            }
            te.cause = cause;
            te.context = context;
            te.exceptions = exceptions;
            if (cause != null) {
                queue.push(new Object[] {cause, e.cause});
            }
            if (context != null) {
                queue.push(new Object[] {context, e.context});
            }
            if (exceptions != null) {
                for (int i = 0; i < exceptions.size(); i++) {
                    queue.push(new Object[] {exceptions.get(i), members.get(i)});
                }
            }
        }
        return top;
    }

    private static PyObject[] groupMembers(PyBaseException e) {
        try {
            return Abstract.sequenceToArray(Abstract.getAttr(e, "exceptions"));
        } catch (PyException ex) {
            return new PyObject[0];
        }
    }

    /** The {@code TracebackException} constructor for one exception (not its chain). */
    private TbExc captureOne(PyBaseException value, Set<PyObject> seen) {
        seen.add(value);
        TbExc te = new TbExc();
        PyTraceback tb = value.traceback instanceof PyTraceback t ? t : null;
        te.stack = extract(tb);
        te.str = safeString(value, "exception", false);
        try {
            te.notes = Abstract.lookupAttr(value, PyStr.of("__notes__"));
        } catch (PyException ex) {
            te.notes = PyList.of(PyStr.of("Ignored error getting __notes__: " + safeString(ex.value, "__notes__", true)));
        }
        PyType type = value.type();
        te.typeStr = typeString(type);
        if (type.isSubtypeOf(PyExc.SyntaxError)) {
            te.filename = attrOrNone(value, "filename");
            PyObject lno = attrOrNone(value, "lineno");
            te.lineno = lno == PyNone.NONE ? null : safeString(lno, "lineno", false);
            PyObject endLno = attrOrNone(value, "end_lineno");
            te.endLineno = endLno == PyNone.NONE ? null : safeString(endLno, "end_lineno", false);
            te.text = attrOrNone(value, "text");
            te.offset = attrOrNone(value, "offset");
            te.endOffset = attrOrNone(value, "end_offset");
            te.msg = attrOrNone(value, "msg");
            te.isSyntaxError = true;
        } else if (type.isSubtypeOf(PyExc.ImportError) && attrOrNone(value, "name_from") != PyNone.NONE) {
            String suggestion = suggestion(value, tb, attrOrNone(value, "name_from"));
            if (suggestion != null) {
                te.str += ". Did you mean: '" + suggestion + "'?";
            }
        } else if ((type.isSubtypeOf(PyExc.NameError) || type.isSubtypeOf(PyExc.AttributeError))
                && attrOrNone(value, "name") != PyNone.NONE) {
            PyObject wrongName = attrOrNone(value, "name");
            String suggestion = suggestion(value, tb, wrongName);
            if (suggestion != null) {
                te.str += ". Did you mean: '" + suggestion + "'?";
            }
            if (type.isSubtypeOf(PyExc.NameError) && isStdlibModuleName(wrongName)) {
                te.str += suggestion != null ? " Or did you forget to import '" + wrongName + "'?"
                        : ". Did you forget to import '" + wrongName + "'?";
            }
        }
        te.suppressContext = value.suppressContext;
        return te;
    }

    private static PyObject attrOrNone(PyObject o, String name) {
        try {
            PyObject v = Abstract.lookupAttr(o, PyStr.of(name));
            return v == null ? PyNone.NONE : v;
        } catch (PyException ex) {
            return PyNone.NONE;
        }
    }

    /** {@code exc_type_str}: the qualified name, prefixed by the module unless builtins or __main__. */
    private static String typeString(PyType type) {
        String qualname;
        PyObject module;
        try {
            qualname = Abstract.str(Abstract.getAttr(type, "__qualname__")).toString();
            module = Abstract.getAttr(type, "__module__");
        } catch (PyException ex) {
            return type.getName();
        }
        String smod = module instanceof PyStr s ? s.toString() : null;
        if ("__main__".equals(smod) || "builtins".equals(smod)) {
            return qualname;
        }
        return (smod == null ? "<unknown>" : smod) + "." + qualname;
    }

    /** {@code _safe_string(value, what, func=str or repr)}. */
    private static String safeString(PyObject value, String what, boolean repr) {
        try {
            return (repr ? Abstract.repr(value) : Abstract.str(value)).toString();
        } catch (PyException | StackOverflowError ex) {
            return "<" + what + " " + (repr ? "repr" : "str") + "() failed>";
        }
    }

    /** {@code name in sys.stdlib_module_names} (the built-in list while sys lacks the attribute). */
    private static boolean isStdlibModuleName(PyObject name) {
        try {
            PyObject names = Abstract.lookupAttr(ThreadState.current().interp.sys, PyStr.of("stdlib_module_names"));
            if (names == null) {
                return name instanceof PyStr s && StdlibModuleNames.contains(s.toString());
            }
            return Abstract.contains(names, name);
        } catch (PyException ex) {
            return false;
        }
    }

    /** {@code _compute_suggestion_error}: the name the user probably meant, or null. */
    private static String suggestion(PyBaseException value, PyTraceback tb, PyObject wrongNameObj) {
        if (!(wrongNameObj instanceof PyStr wn)) {
            return null;
        }
        String wrongName = wn.toString();
        Interpreter interp = ThreadState.current().interp;
        List<String> d = new ArrayList<>();
        try {
            if (value.type().isSubtypeOf(PyExc.AttributeError)) {
                PyObject obj = attrOrNone(value, "obj");
                PyObject dir = interp.builtinsDict().getItem(PyStr.of("dir"));
                if (dir == null) {
                    return null;
                }
                addNames(d, Abstract.call(dir, obj));
                boolean hideUnderscored = !wrongName.startsWith("_");
                if (hideUnderscored && tb != null) {
                    PyFrame frame = last(tb).frame;
                    PyObject locals = frame.localsMapping();
                    PyStr self = PyStr.of("self");
                    if (Abstract.contains(locals, self) && Abstract.getItem(locals, self) == obj) {
                        hideUnderscored = false;
                    }
                }
                if (hideUnderscored) {
                    d.removeIf(x -> x.startsWith("_"));
                }
            } else if (value.type().isSubtypeOf(PyExc.ImportError)) {
                PyObject imp = interp.builtinsDict().getItem(PyStr.of("__import__"));
                PyObject dir = interp.builtinsDict().getItem(PyStr.of("dir"));
                if (imp == null || dir == null) {
                    return null;
                }
                PyObject mod = Abstract.call(imp, attrOrNone(value, "name"));
                addNames(d, Abstract.call(dir, mod));
                if (!wrongName.startsWith("_")) {
                    d.removeIf(x -> x.startsWith("_"));
                }
            } else {
                if (tb == null) {
                    return null;
                }
                PyFrame frame = last(tb).frame;
                PyObject locals = frame.localsMapping();
                addNames(d, locals);
                addNames(d, frame.globals);
                addNames(d, frame.builtins);
                PyStr selfName = PyStr.of("self");
                // In a method, the instance may have the name as an attribute.
                if (Abstract.contains(locals, selfName)) {
                    PyObject self = Abstract.getItem(locals, selfName);
                    if (hasattr(self, wn)) {
                        return "self." + wrongName;
                    }
                }
            }
        } catch (PyException ex) {
            return null;
        }
        return Suggestions.calculate(d, wrongName);
    }

    private static boolean hasattr(PyObject o, PyStr name) {
        try {
            return Abstract.lookupAttr(o, name) != null;
        } catch (PyException ex) {
            if (ex.matches(PyExc.AttributeError)) {
                return false;
            }
            throw ex;
        }
    }

    /** Appends the str items of an iterable (a list, or a mapping's keys). */
    private static void addNames(List<String> d, PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (x instanceof PyStr s) {
                d.add(s.toString());
            }
        }
    }

    private static PyTraceback last(PyTraceback tb) {
        while (tb.next != null) {
            tb = tb.next;
        }
        return tb;
    }

    // ------------------------------------------------------------------------------------------------
    // StackSummary

    /** {@code StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit)}. */
    private List<FrameSummary> extract(PyTraceback tb) {
        List<PyTraceback> entries = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next) {
            entries.add(t);
        }
        Integer lim = limit;
        if (lim == null || builtinLimit) {
            lim = tracebackLimit();
            if (lim != null && lim < 0) {
                lim = 0;
            }
        }
        if (lim != null) {
            int n = entries.size();
            if (builtinLimit) {
                // frame_gen[len(frame_gen) - limit:], a Python slice (so a limit past the length wraps)
                int start = n - lim;
                if (start < 0) {
                    start = Math.max(0, start + n);
                }
                entries = entries.subList(Math.min(start, n), n);
            } else if (lim >= 0) {
                entries = entries.subList(0, Math.min(lim, n));
            } else {
                entries = entries.subList(Math.max(0, n + lim), n);
            }
        }
        List<FrameSummary> result = new ArrayList<>(entries.size());
        Set<String> fnames = new java.util.LinkedHashSet<>();
        for (PyTraceback t : entries) {
            PyFrame f = t.frame;
            int lineno = NONE;
            int endLineno = NONE;
            int colno = NONE;
            int endColno = NONE;
            if (t.lasti >= 0) {
                int[] p = f.code.positionsTable();
                int i = t.lasti * 4;
                if (i + 3 < p.length) {
                    lineno = p[i];
                    endLineno = p[i + 1];
                    colno = p[i + 2];
                    endColno = p[i + 3];
                }
            }
            if (lineno < 0) {
                // Use tb_lineno when co_positions has no line number.
                lineno = t.lineno() < 0 ? NONE : t.lineno();
            }
            String filename = f.code.code.co_filename;
            fnames.add(filename);
            lines.lazycache(filename, f.globals);
            result.add(new FrameSummary(filename, lineno, endLineno, colno, endColno, f.code.code.co_name));
        }
        for (String filename : fnames) {
            lines.checkcache(filename);
        }
        for (FrameSummary fs : result) {
            fs.originalLines();
        }
        return result;
    }

    /** {@code sys.tracebacklimit} if it is an int, else null. */
    private static Integer tracebackLimit() {
        try {
            PyObject v = Abstract.lookupAttr(ThreadState.current().interp.sys, PyStr.of("tracebacklimit"));
            if (v instanceof PyInt i) {
                return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, clamp(i)));
            }
        } catch (PyException ex) {
            // no limit
        }
        return null;
    }

    /** {@code StackSummary.format()}: one string per frame, long runs of one frame abbreviated. */
    private List<String> formatStack(List<FrameSummary> stack) {
        List<String> result = new ArrayList<>();
        String lastFile = null;
        int lastLine = Integer.MIN_VALUE;
        String lastName = null;
        int count = 0;
        for (FrameSummary fs : stack) {
            if (lastFile == null || !lastFile.equals(fs.filename) || lastLine == Integer.MIN_VALUE
                    || lastLine != fs.lineno || lastName == null || !lastName.equals(fs.name)) {
                if (count > RECURSIVE_CUTOFF) {
                    result.add(repeated(count - RECURSIVE_CUTOFF));
                }
                lastFile = fs.filename;
                lastLine = fs.lineno;
                lastName = fs.name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                // (traceback.py formats the frame before dropping it; the text is the same)
                continue;
            }
            result.add(formatFrame(fs));
        }
        if (count > RECURSIVE_CUTOFF) {
            result.add(repeated(count - RECURSIVE_CUTOFF));
        }
        return result;
    }

    private static String repeated(int count) {
        return "  [Previous line repeated " + count + " more time" + (count > 1 ? "s" : "") + "]\n";
    }

    private static String lineString(int lineno) {
        return lineno == NONE ? "None" : Integer.toString(lineno);
    }

    /** {@code StackSummary.format_frame_summary}: the File line, the source and the carets. */
    private String formatFrame(FrameSummary fs) {
        StringBuilder row = new StringBuilder();
        String filename = fs.filename.startsWith("<stdin>-") ? "<stdin>" : fs.filename;
        if (colorize) {
            row.append("  File ").append(MAGENTA).append('"').append(filename).append('"').append(RESET)
                    .append(", line ").append(MAGENTA).append(lineString(fs.lineno)).append(RESET)
                    .append(", in ").append(MAGENTA).append(fs.name).append(RESET).append('\n');
        } else {
            row.append("  File \"").append(filename).append("\", line ").append(lineString(fs.lineno))
                    .append(", in ").append(fs.name).append('\n');
        }
        String dedented = fs.dedentedLines();
        if (dedented != null && !PyText.strip(dedented).isEmpty()) {
            if (fs.colno == NONE || fs.endColno == NONE) {
                // only output first line if column information is missing
                row.append(PyText.indent(fs.line(), "    ", false)).append('\n');
            } else {
                try {
                    row.append(formatSource(fs));
                } catch (IndexOutOfBoundsException e) {
                    // positions that do not fit the lines (a stale file): traceback.py would fail here too
                    row.append(PyText.indent(fs.line(), "    ", false)).append('\n');
                }
            }
        }
        return row.toString();
    }

    /** The source lines of a frame with positions, and their carets when 3.13 shows them. */
    private String formatSource(FrameSummary fs) {
        List<String> allLinesOriginal = PyText.splitlines(fs.originalLines(), false);
        String firstLine = allLinesOriginal.get(0);
        String lastLine = pyIndex(allLinesOriginal, fs.endLineno - fs.lineno);
        // character index of the start/end of the instruction
        int startOffset = PyText.byteOffsetToCharOffset(firstLine, fs.colno);
        int endOffset = PyText.byteOffsetToCharOffset(lastLine, fs.endColno);

        List<String> allLines = PyText.splitlines(fs.dedentedLines(), false);
        allLines = allLines.subList(0, Math.max(0, Math.min(allLines.size(), fs.endLineno - fs.lineno + 1)));
        int n = allLines.size();

        // adjust start/end offset based on dedent
        int dedentCharacters = PyText.len(firstLine) - PyText.len(allLines.get(0));
        startOffset = Math.max(0, startOffset - dedentCharacters);
        endOffset = Math.max(0, endOffset - dedentCharacters);

        // Wide characters take two columns on a terminal.
        int dpStartOffset = PyText.displayWidth(allLines.get(0), startOffset);
        int dpEndOffset = PyText.displayWidth(allLines.get(n - 1), endOffset);

        // the exact code segment of the instruction
        String segment = String.join("\n", allLines);
        segment = PyText.slice(segment, startOffset,
                PyText.len(segment) - (PyText.len(allLines.get(n - 1)) - endOffset));

        CaretAnchors anchors = CaretAnchors.fromSegment(segment);
        boolean showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors);

        // only display first line, last line, and lines around anchor start/end
        TreeSet<Integer> significant = new TreeSet<>();
        significant.add(0);
        significant.add(n - 1);
        int anchorsLeftEndOffset = 0;
        int anchorsRightStartOffset = 0;
        char primaryChar = '^';
        char secondaryChar = '^';
        if (anchors != null) {
            anchorsLeftEndOffset = anchors.leftEndOffset();
            anchorsRightStartOffset = anchors.rightStartOffset();
            // anchor positions do not take start_offset into account
            if (anchors.leftEndLineno() == 0) {
                anchorsLeftEndOffset += startOffset;
            }
            if (anchors.rightStartLineno() == 0) {
                anchorsRightStartOffset += startOffset;
            }
            anchorsLeftEndOffset = PyText.displayWidth(pyIndex(allLines, anchors.leftEndLineno()), anchorsLeftEndOffset);
            anchorsRightStartOffset = PyText.displayWidth(pyIndex(allLines, anchors.rightStartLineno()),
                    anchorsRightStartOffset);
            primaryChar = anchors.primaryChar();
            secondaryChar = anchors.secondaryChar();
            for (int l = anchors.leftEndLineno() - 1; l < anchors.leftEndLineno() + 2; l++) {
                significant.add(l);
            }
            for (int l = anchors.rightStartLineno() - 1; l < anchors.rightStartLineno() + 2; l++) {
                significant.add(l);
            }
        }
        significant.remove(-1);
        significant.remove(n);

        List<String> result = new ArrayList<>();
        Carets carets = new Carets(allLines, showCarets, dpStartOffset, dpEndOffset, anchors, anchorsLeftEndOffset,
                anchorsRightStartOffset, primaryChar, secondaryChar, result);
        Integer prev = null;
        for (int lineno : significant) {
            if (prev != null) {
                int linediff = lineno - prev;
                if (linediff == 2) {
                    // 1 line in between - just output it
                    carets.outputLine(lineno - 1);
                } else if (linediff > 2) {
                    result.add("...<" + (linediff - 1) + " lines>...\n");
                }
            }
            carets.outputLine(lineno);
            prev = lineno;
        }
        return PyText.indent(PyText.dedent(String.join("", result)), "    ", true);
    }

    /** {@code output_line} of format_frame_summary, with its closure's variables as fields. */
    private final class Carets {
        final List<String> allLines;
        final boolean showCarets;
        final int dpStartOffset;
        final int dpEndOffset;
        final CaretAnchors anchors;
        final int leftEnd;
        final int rightStart;
        final char primaryChar;
        final char secondaryChar;
        final List<String> result;

        Carets(List<String> allLines, boolean showCarets, int dpStartOffset, int dpEndOffset, CaretAnchors anchors,
               int leftEnd, int rightStart, char primaryChar, char secondaryChar, List<String> result) {
            this.allLines = allLines;
            this.showCarets = showCarets;
            this.dpStartOffset = dpStartOffset;
            this.dpEndOffset = dpEndOffset;
            this.anchors = anchors;
            this.leftEnd = leftEnd;
            this.rightStart = rightStart;
            this.primaryChar = primaryChar;
            this.secondaryChar = secondaryChar;
            this.result = result;
        }

        void outputLine(int lineno) {
            String line = allLines.get(lineno);
            result.add(line + "\n");
            if (!showCarets) {
                return;
            }
            int numSpaces = PyText.len(line) - PyText.len(PyText.lstrip(line));
            int numCarets = lineno == allLines.size() - 1 ? dpEndOffset : PyText.displayWidth(line, -1);
            char[] carets = new char[Math.max(0, numCarets)];
            for (int col = 0; col < carets.length; col++) {
                if (col < numSpaces || (lineno == 0 && col < dpStartOffset)) {
                    // before first non-ws char of the line, or before start of instruction
                    carets[col] = ' ';
                } else if (anchors != null
                        && (lineno > anchors.leftEndLineno() || (lineno == anchors.leftEndLineno() && col >= leftEnd))
                        && (lineno < anchors.rightStartLineno()
                                || (lineno == anchors.rightStartLineno() && col < rightStart))) {
                    carets[col] = secondaryChar;
                } else {
                    carets[col] = primaryChar;
                }
            }
            if (colorize) {
                colorizeLast(carets);
            } else {
                result.add(new String(carets) + "\n");
            }
        }

        /** Replaces the line just added by a coloured one and adds the coloured carets. */
        private void colorizeLast(char[] carets) {
            int[] line = PyText.codePoints(result.get(result.size() - 1));
            StringBuilder coloredLine = new StringBuilder();
            StringBuilder coloredCarets = new StringBuilder();
            int n = Math.max(line.length, carets.length);
            int i = 0;
            while (i < n) {
                int key = i < carets.length ? carets[i] : -1;
                int j = i;
                StringBuilder chars = new StringBuilder();
                StringBuilder cs = new StringBuilder();
                while (j < n && (j < carets.length ? carets[j] : -1) == key) {
                    if (j < line.length) {
                        chars.appendCodePoint(line[j]);
                    }
                    if (j < carets.length) {
                        cs.append(carets[j]);
                    }
                    j++;
                }
                String color = key == '^' ? BOLD_RED : key == '~' ? RED : null;
                if (color != null) {
                    coloredLine.append(color).append(chars).append(RESET);
                    coloredCarets.append(color).append(cs).append(RESET);
                } else {
                    coloredLine.append(chars);
                    coloredCarets.append(cs);
                }
                i = j;
            }
            result.set(result.size() - 1, coloredLine.toString());
            result.add(coloredCarets + "\n");
        }
    }

    /** {@code StackSummary._should_show_carets}. */
    private static boolean shouldShowCarets(int startOffset, int endOffset, List<String> allLines,
                                            CaretAnchors anchors) {
        if (CaretAnchors.hidesCarets(allLines, startOffset, endOffset)) {
            return false;
        }
        if (anchors != null) {
            return true;
        }
        return !PyText.lstrip(PyText.prefix(allLines.get(0), startOffset)).isEmpty()
                || !PyText.rstrip(PyText.suffix(allLines.get(allLines.size() - 1), endOffset)).isEmpty();
    }

    /** An int as a long, saturated (offsets and limits that large all behave alike). */
    private static long clamp(PyInt i) {
        if (i.isSmall()) {
            return Math.max(Long.MIN_VALUE / 4, Math.min(Long.MAX_VALUE / 4, i.longValue()));
        }
        return i.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
    }

    /** {@code list[i]} with Python's negative indices. */
    private static String pyIndex(List<String> list, int i) {
        return list.get(i < 0 ? i + list.size() : i);
    }

    // ------------------------------------------------------------------------------------------------
    // TracebackException.format

    /** {@code _ExceptionPrintContext}. */
    private static final class Ctx {
        int exceptionGroupDepth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * exceptionGroupDepth);
        }

        void emit(List<String> out, String text, char marginChar) {
            String indentStr = indent();
            if (exceptionGroupDepth > 0) {
                indentStr += marginChar + " ";
            }
            out.add(indentStr.isEmpty() ? text : PyText.indent(text, indentStr, true));
        }

        void emit(List<String> out, String text) {
            emit(out, text, '|');
        }

        void emit(List<String> out, List<String> texts) {
            for (String t : texts) {
                emit(out, t, '|');
            }
        }
    }

    /** {@code TracebackException.format(chain=chain, _ctx=ctx)}. */
    private void format(TbExc self, boolean chain, Ctx ctx, List<String> out) {
        List<String> msgs = new ArrayList<>();
        List<TbExc> excs = new ArrayList<>();
        TbExc exc = self;
        if (chain) {
            while (exc != null) {
                String chainedMsg;
                TbExc chainedExc;
                if (exc.cause != null) {
                    chainedMsg = CAUSE_MESSAGE;
                    chainedExc = exc.cause;
                } else if (exc.context != null && !exc.suppressContext) {
                    chainedMsg = CONTEXT_MESSAGE;
                    chainedExc = exc.context;
                } else {
                    chainedMsg = null;
                    chainedExc = null;
                }
                msgs.add(chainedMsg);
                excs.add(exc);
                exc = chainedExc;
            }
        } else {
            msgs.add(null);
            excs.add(exc);
        }
        for (int k = excs.size() - 1; k >= 0; k--) {
            String msg = msgs.get(k);
            exc = excs.get(k);
            if (msg != null) {
                ctx.emit(out, msg);
            }
            if (exc.exceptions == null) {
                if (!exc.stack.isEmpty()) {
                    ctx.emit(out, "Traceback (most recent call last):\n");
                    ctx.emit(out, formatStack(exc.stack));
                }
                ctx.emit(out, formatExceptionOnly(exc));
            } else if (ctx.exceptionGroupDepth > MAX_GROUP_DEPTH) {
                // exception group, but depth exceeds limit
                ctx.emit(out, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            } else {
                boolean isToplevel = ctx.exceptionGroupDepth == 0;
                if (isToplevel) {
                    ctx.exceptionGroupDepth++;
                }
                if (!exc.stack.isEmpty()) {
                    ctx.emit(out, "Exception Group Traceback (most recent call last):\n", isToplevel ? '+' : '|');
                    ctx.emit(out, formatStack(exc.stack));
                }
                ctx.emit(out, formatExceptionOnly(exc));
                int numExcs = exc.exceptions.size();
                int n = numExcs <= MAX_GROUP_WIDTH ? numExcs : MAX_GROUP_WIDTH + 1;
                ctx.needClose = false;
                for (int i = 0; i < n; i++) {
                    boolean lastExc = i == n - 1;
                    if (lastExc) {
                        // The closing frame may be added by a recursive call
                        ctx.needClose = true;
                    }
                    boolean truncated = i >= MAX_GROUP_WIDTH;
                    String title = truncated ? "..." : Integer.toString(i + 1);
                    out.add(ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title
                            + " ----------------\n");
                    ctx.exceptionGroupDepth++;
                    if (!truncated) {
                        // traceback.py formats the members without passing colorize on
                        TracebackPrinter plain = colorize ? new TracebackPrinter(lines, false, limit, builtinLimit) : this;
                        plain.format(exc.exceptions.get(i), chain, ctx, out);
                    } else {
                        int remaining = numExcs - MAX_GROUP_WIDTH;
                        ctx.emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                    }
                    if (lastExc && ctx.needClose) {
                        out.add(ctx.indent() + "+------------------------------------\n");
                        ctx.needClose = false;
                    }
                    ctx.exceptionGroupDepth--;
                }
                if (isToplevel) {
                    ctx.exceptionGroupDepth = 0;
                }
            }
        }
    }

    /** {@code format_exception_only()}: the final line (or SyntaxError's lines) and the notes. */
    private List<String> formatExceptionOnly(TbExc te) {
        List<String> out = new ArrayList<>();
        if (!te.isSyntaxError) {
            out.add(finalExcLine(te.typeStr, te.str));
        } else {
            formatSyntaxError(te, out);
        }
        PyObject notes = te.notes;
        if (notes != null && notes != PyNone.NONE) {
            if (isNoteSequence(notes)) {
                try {
                    PyObject it = Abstract.getIter(notes);
                    PyObject note;
                    while ((note = Abstract.next(it)) != null) {
                        String s = safeString(note, "note", false);
                        for (String l : s.split("\n", -1)) {
                            out.add(l + "\n");
                        }
                    }
                } catch (PyException ex) {
                    // a sequence that fails to iterate ends the notes
                }
            } else {
                out.add(safeString(notes, "__notes__", true) + "\n");
            }
        }
        return out;
    }

    /** {@code isinstance(notes, collections.abc.Sequence) and not isinstance(notes, (str, bytes))}. */
    private static boolean isNoteSequence(PyObject notes) {
        if (notes instanceof PyStr || notes instanceof PyBytes) {
            return false;
        }
        if (notes instanceof PyList || notes instanceof PyTuple || notes instanceof PyRange) {
            return true;
        }
        try {
            PyObject abc = ThreadState.current().interp.modules.getItem(PyStr.of("collections.abc"));
            PyObject sequence = abc == null ? null : Abstract.lookupAttr(abc, PyStr.of("Sequence"));
            return sequence != null && Abstract.isInstance(notes, sequence);
        } catch (PyException ex) {
            return false;
        }
    }

    /** {@code _format_final_exc_line(etype, value)}. */
    private String finalExcLine(String etype, String valuestr) {
        if (colorize) {
            if (valuestr.isEmpty()) {
                return BOLD_MAGENTA + etype + RESET + "\n";
            }
            return BOLD_MAGENTA + etype + RESET + ": " + MAGENTA + valuestr + RESET + "\n";
        }
        if (valuestr.isEmpty()) {
            return etype + "\n";
        }
        return etype + ": " + valuestr + "\n";
    }

    private static boolean isTrue(PyObject o) {
        try {
            return Abstract.isTrue(o);
        } catch (PyException ex) {
            return false;
        }
    }

    /** {@code _format_syntax_error}: where the error is, with carets under it, then the message. */
    private void formatSyntaxError(TbExc te, List<String> out) {
        String filenameSuffix = "";
        if (te.lineno != null) {
            String fn = isTrue(te.filename) ? safeString(te.filename, "filename", false) : "<string>";
            if (colorize) {
                out.add("  File " + MAGENTA + "\"" + fn + "\"" + RESET + ", line " + MAGENTA + te.lineno + RESET + "\n");
            } else {
                out.add("  File \"" + fn + "\", line " + te.lineno + "\n");
            }
        } else if (te.filename != PyNone.NONE) {
            filenameSuffix = " (" + safeString(te.filename, "filename", false) + ")";
        }
        if (te.text instanceof PyStr textStr) {
            String text = textStr.toString();
            String rtext = PyText.rstrip(text, "\n");
            String ltext = PyText.lstrip(rtext, " \n\f");
            int spaces = PyText.len(rtext) - PyText.len(ltext);
            if (!(te.offset instanceof PyInt)) {
                out.add("    " + ltext + "\n");
            } else {
                long offset = clamp((PyInt) te.offset);
                long endOffset;
                if (java.util.Objects.equals(te.lineno, te.endLineno)) {
                    endOffset = te.endOffset instanceof PyInt eo && eo.signum() != 0 ? clamp(eo) : offset;
                } else {
                    endOffset = PyText.len(rtext) + 1;
                }
                int textLen = PyText.len(text);
                if (!text.isEmpty() && offset > textLen) {
                    offset = PyText.len(rtext) + 1;
                }
                if (!text.isEmpty() && endOffset > textLen) {
                    endOffset = PyText.len(rtext) + 1;
                }
                if (offset >= endOffset || endOffset < 0) {
                    endOffset = offset + 1;
                }
                // Convert 1-based column offset to 0-based index into stripped text
                long colno = offset - 1 - spaces;
                long endColno = endOffset - 1 - spaces;
                if (colno >= 0) {
                    // non-space whitespace (likes tabs) must be kept for alignment
                    StringBuilder caretspace = new StringBuilder();
                    String head = PyText.prefix(ltext, (int) Math.min(colno, Integer.MAX_VALUE));
                    head.codePoints().forEach(c -> caretspace.appendCodePoint(PyText.isSpace(c) ? c : ' '));
                    String startColor = "";
                    String endColor = "";
                    if (colorize) {
                        int a = (int) Math.min(colno, Integer.MAX_VALUE);
                        int b = (int) Math.max(Math.min(endColno, Integer.MAX_VALUE), Integer.MIN_VALUE + 1);
                        ltext = PyText.prefix(ltext, a) + BOLD_RED + PyText.slice(ltext, a, b) + RESET
                                + PyText.suffix(ltext, b);
                        startColor = BOLD_RED;
                        endColor = RESET;
                    }
                    out.add("    " + ltext + "\n");
                    out.add("    " + caretspace + startColor + "^".repeat((int) Math.max(0, endColno - colno))
                            + endColor + "\n");
                } else {
                    out.add("    " + ltext + "\n");
                }
            }
        }
        String msg = isTrue(te.msg) ? safeString(te.msg, "msg", false) : "<no detail available>";
        if (colorize) {
            out.add(BOLD_MAGENTA + te.typeStr + RESET + ": " + MAGENTA + msg + RESET + filenameSuffix + "\n");
        } else {
            out.add(te.typeStr + ": " + msg + filenameSuffix + "\n");
        }
    }
}
