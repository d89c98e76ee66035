package dev.kaa.runtime.builtins;

import dev.kaa.annotations.PyFunction;
import dev.kaa.annotations.PyModule;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PySet;
import dev.kaa.runtime.objects.PySimpleNamespace;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyStructSeq;
import dev.kaa.runtime.objects.PyTextIO;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

import java.util.Map;

/**
 * The {@code sys} module: the attributes and functions backed by {@link dev.kaa.runtime.Interpreter} state
 * and the constants describing the implementation. The command line overwrites the process-dependent parts
 * ({@code argv}, {@code orig_argv}, {@code path}, {@code executable}, {@code flags}, the standard streams);
 * the defaults here are what an embedded interpreter sees: Java's {@code System.in/out/err}.
 */
@PyModule(name = "sys", doc = "This module provides access to some objects used or maintained by the\n"
        + "interpreter and to functions that interact strongly with the interpreter.")
public final class SysModule {
    private SysModule() {
    }

    /** {@code sys.copyright}: CPython 3.13's, whose language this is. */
    public static final String COPYRIGHT = "Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

    /** The CPython version Kaa implements. */
    public static final int MAJOR = 3;
    public static final int MINOR = 13;
    public static final int MICRO = 0;
    /** {@code sys.hexversion}: 3.13.0 final. */
    public static final int HEXVERSION = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xf0;

    /**
     * {@code sys.version}, in CPython's format so that {@code platform} parses it: the version, the build
     * and the "compiler", which for Kaa names itself and the Java runtime it runs on.
     */
    public static final String VERSION = MAJOR + "." + MINOR + "." + MICRO + " (main) [Kaa on Java "
            + Runtime.version().feature() + "]";

    public static final PyType VERSION_INFO_TYPE = PyStructSeq.newType("sys", "version_info",
            "sys.version_info\n\nVersion information as a named tuple.",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5, false);
    public static final PyType FLAGS_TYPE = PyStructSeq.newType("sys", "flags",
            "sys.flags\n\nFlags provided through command line arguments or environment vars.",
            new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
            18, false);
    public static final PyType FLOAT_INFO_TYPE = PyStructSeq.newType("sys", "float_info",
            "sys.float_info\n\nA named tuple holding information about the float type.",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                "epsilon", "radix", "rounds"}, 11, false);
    public static final PyType INT_INFO_TYPE = PyStructSeq.newType("sys", "int_info",
            "sys.int_info\n\nA named tuple that holds information about Python's\n"
                    + "internal representation of integers.",
            new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
            4, false);
    public static final PyType HASH_INFO_TYPE = PyStructSeq.newType("sys", "hash_info",
            "hash_info\n\nA named tuple providing parameters used for computing\nhashes.",
            new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
            9, false);
    public static final PyType THREAD_INFO_TYPE = PyStructSeq.newType("sys", "thread_info",
            "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
            new String[] {"name", "lock", "version"}, 3, false);

    /** The field names of {@code sys.flags}, in order (for {@link #makeFlags}). */
    private static final String[] FLAG_NAMES = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};

    /**
     * A {@code sys.flags} value: the defaults of {@code python3.13} with no options, changed by
     * {@code overrides} (field name to value; {@code dev_mode} and {@code safe_path} are bools, non-zero
     * meaning True). For the command line: {@code sys.add("flags", SysModule.makeFlags(Map.of("optimize", 1)))}.
     */
    public static PyObject makeFlags(Map<String, Integer> overrides) {
        PyObject[] v = new PyObject[FLAG_NAMES.length];
        for (int i = 0; i < v.length; i++) {
            String n = FLAG_NAMES[i];
            int x = n.equals("hash_randomization") ? 1 : n.equals("int_max_str_digits") ? 4300 : 0;
            Integer o = overrides.get(n);
            if (o != null) {
                x = o;
            }
            v[i] = n.equals("dev_mode") || n.equals("safe_path") ? PyBool.of(x != 0) : PyInt.of(x);
        }
        for (String k : overrides.keySet()) {
            if (!java.util.Arrays.asList(FLAG_NAMES).contains(k)) {
                throw new IllegalArgumentException("no sys.flags field " + k);
            }
        }
        return PyStructSeq.of(FLAGS_TYPE, v);
    }

    /** {@code sys.version_info}. */
    public static PyObject versionInfo() {
        return PyStructSeq.of(VERSION_INFO_TYPE, PyInt.of(MAJOR), PyInt.of(MINOR), PyInt.of(MICRO),
                PyStr.of("final"), PyInt.of(0));
    }

    static void exec(dev.kaa.runtime.objects.PyModule m) {
        ThreadState ts = ThreadState.current();
        m.add("__package__", PyStr.EMPTY);
        m.add("maxsize", PyInt.of(Long.MAX_VALUE));
        m.add("maxunicode", PyInt.of(0x10ffff));
        m.add("byteorder", PyStr.of("little"));
        m.add("platform", PyStr.of("linux"));
        m.add("modules", ts.interp.modules);
        m.add("version", PyStr.of(VERSION));
        PyObject versionInfo = versionInfo();
        m.add("version_info", versionInfo);
        m.add("hexversion", PyInt.of(HEXVERSION));
        m.add("api_version", PyInt.of(1013));
        m.add("copyright", PyStr.of(COPYRIGHT));
        m.add("implementation", new PySimpleNamespace()
                .with("name", PyStr.of("kaa"))
                .with("cache_tag", PyNone.NONE)
                .with("version", versionInfo)
                .with("hexversion", PyInt.of(HEXVERSION))
                .with("_multiarch", PyStr.of("x86_64-linux-gnu")));
        m.add("float_info", PyStructSeq.of(FLOAT_INFO_TYPE, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15),
                PyInt.of(53), PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        m.add("float_repr_style", PyStr.of("short"));
        m.add("int_info", PyStructSeq.of(INT_INFO_TYPE, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        m.add("hash_info", PyStructSeq.of(HASH_INFO_TYPE, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159),
                PyInt.of(0), PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        m.add("thread_info", PyStructSeq.of(THREAD_INFO_TYPE, PyStr.of("pthread"), PyStr.of("semaphore"),
                PyNone.NONE));
        m.add("flags", makeFlags(Map.of()));
        String[] builtinNames = dev.kaa.runtime.imports.NativeModules.names();
        PyObject[] names = new PyObject[builtinNames.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(builtinNames[i]);
        }
        m.add("builtin_module_names", PyTuple.wrap(names));
        m.add("abiflags", PyStr.of(""));
        m.add("platlibdir", PyStr.of("lib"));
        m.add("prefix", PyStr.of(""));
        m.add("base_prefix", PyStr.of(""));
        m.add("exec_prefix", PyStr.of(""));
        m.add("base_exec_prefix", PyStr.of(""));
        m.add("pycache_prefix", PyNone.NONE);
        m.add("executable", PyStr.of(""));
        m.add("_base_executable", PyStr.of(""));
        m.add("argv", PyList.of(PyStr.of("")));
        m.add("orig_argv", new PyList());
        m.add("path", new PyList());
        m.add("warnoptions", new PyList());
        m.add("_xoptions", new PyDict());
        m.add("dont_write_bytecode", PyBool.FALSE);
        PyTextIO stdin = PyTextIO.forInput(System.in, "<stdin>");
        PyTextIO stdout = PyTextIO.forOutput(System.out, "<stdout>", false);
        PyTextIO stderr = PyTextIO.forOutput(System.err, "<stderr>", true);
        m.add("stdin", stdin);
        m.add("stdout", stdout);
        m.add("stderr", stderr);
        m.add("__stdin__", stdin);
        m.add("__stdout__", stdout);
        m.add("__stderr__", stderr);
        // sys.__excepthook__ is the original sys.excepthook, kept for restoring it.
        m.add("__excepthook__", m.getDict().getItem(PyStr.of("excepthook")));
        m.add("__displayhook__", m.getDict().getItem(PyStr.of("displayhook")));
        m.add("__breakpointhook__", m.getDict().getItem(PyStr.of("breakpointhook")));
    }

    @PyFunction(sig = "*args, **kws", doc = "This hook function is called by built-in breakpoint().")
    static PyObject breakpointhook(PyTuple args, PyDict kws) {
        // sys_breakpointhook (Python/sysmodule.c): $PYTHONBREAKPOINT names the hook, "0" disables it, unset
        // or empty means pdb.set_trace; a name without a dot is a builtin.
        ThreadState ts = ThreadState.current();
        String envar = ignoreEnvironment(ts) ? null : System.getenv("PYTHONBREAKPOINT");
        if (envar == null || envar.isEmpty()) {
            envar = "pdb.set_trace";
        } else if (envar.equals("0")) {
            return PyNone.NONE;
        }
        int lastDot = envar.lastIndexOf('.');
        PyObject hook = null;
        if (lastDot != 0) {
            String modulepath = lastDot < 0 ? "builtins" : envar.substring(0, lastDot);
            String attrname = envar.substring(lastDot + 1);
            try {
                PyObject module = dev.kaa.runtime.imports.Importer.importName(modulepath);
                hook = Abstract.getAttr(module, attrname);
            } catch (dev.kaa.runtime.PyException e) {
                if (!e.matches(PyExc.ImportError) && !e.matches(PyExc.AttributeError)) {
                    throw e;
                }
            }
        }
        if (hook == null) {
            warnAtCaller(ts, PyExc.RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + envar + "\"");
            return PyNone.NONE;
        }
        return Abstract.call(hook, args, kws);
    }

    /** Whether -E (or -I) was given: {@code sys.flags.ignore_environment}, as {@code Py_GETENV} checks. */
    private static boolean ignoreEnvironment(ThreadState ts) {
        PyObject flags = ts.interp.sys.getDict().getItem(PyStr.of("flags"));
        PyObject ignore = flags == null ? null : Abstract.lookupAttr(flags, PyStr.of("ignore_environment"));
        return ignore != null && Abstract.isTrue(ignore);
    }

    /**
     * {@code PyErr_WarnFormat(category, 0, message)}: through {@code warnings.warn} when the warnings module
     * is loaded, else the default display ("file:line: Category: message" and the source line) on
     * sys.stderr, attributed to the innermost Python frame.
     */
    static void warnAtCaller(ThreadState ts, PyType category, String message) {
        PyObject warnings = ts.interp.modules.getItem(PyStr.of("warnings"));
        if (warnings != null && warnings != PyNone.NONE) {
            Abstract.callMethod(warnings, "warn", PyStr.of(message), category, PyInt.of(1));
            return;
        }
        dev.kaa.runtime.objects.PyFrame f = ts.frame;
        String filename = f == null ? "sys" : f.code.filename.toString();
        int lineno = f == null ? 1 : f.lineno();
        if (f != null) {
            // The "default" action: once per (text, category, line) in the module's __warningregistry__.
            PyStr regName = PyStr.of("__warningregistry__");
            PyObject registry = f.globals.getItem(regName);
            if (!(registry instanceof PyDict)) {
                registry = new PyDict();
                f.globals.setItem(regName, registry);
            }
            PyObject key = PyTuple.of(PyStr.of(message), category, PyInt.of(lineno));
            if (((PyDict) registry).getItem(key) != null) {
                return;
            }
            ((PyDict) registry).setItem(key, PyBool.TRUE);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(lineno).append(": ").append(category.getName()).append(": ")
                .append(message).append('\n');
        String line = ts.interp.sourceLines.getline(filename, lineno);
        if (line != null && !line.strip().isEmpty()) {
            sb.append("  ").append(line.strip()).append('\n');
        }
        PyObject stderr = ts.interp.sys.getDict().getItem(PyStr.of("stderr"));
        if (stderr != null && stderr != PyNone.NONE) {
            Abstract.callMethod(stderr, "write", PyStr.of(sb.toString()));
        }
    }

    @PyFunction(sig = "object, /", doc = "Print an object to sys.stdout and also save it in builtins._")
    static void displayhook(PyObject o) {
        // sys_displayhook (Python/sysmodule.c): '_' is None while printing, so a repr that recurses sees None.
        if (o == PyNone.NONE) {
            return;
        }
        ThreadState ts = ThreadState.current();
        PyStr underscore = PyStr.of("_");
        Abstract.setAttr(ts.interp.builtins, underscore, PyNone.NONE);
        PyObject out = ts.interp.sys.getDict().getItem(PyStr.of("stdout"));
        if (out == null || out == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
        }
        Abstract.callMethod(out, "write", Abstract.repr(o));
        Abstract.callMethod(out, "write", PyStr.of("\n"));
        Abstract.setAttr(ts.interp.builtins, underscore, o);
    }

    @PyFunction(sig = "exctype, value, traceback, /",
            doc = "Handle an exception by displaying it with a traceback on sys.stderr.")
    static PyObject excepthook(PyObject exctype, PyObject value, PyObject traceback) {
        return dev.kaa.runtime.interp.TracebackPrinter.excepthook(exctype, value, traceback);
    }

    @PyFunction(doc = "Return the current value of the recursion limit.")
    static long getrecursionlimit() {
        return ThreadState.current().interp.getRecursionLimit();
    }

    @PyFunction(sig = "new_limit, /", doc = "Set the maximum depth of the Python interpreter stack to n.")
    static void setrecursionlimit(int limit) {
        ThreadState ts = ThreadState.current();
        if (limit < 1) {
            throw PyErr.format(PyExc.ValueError, "recursion limit must be greater or equal than 1");
        }
        if (ts.recursionDepth >= limit) {
            throw PyErr.format(PyExc.RecursionError,
                    "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit,
                    ts.recursionDepth);
        }
        ts.interp.setRecursionLimit(limit);
    }

    @PyFunction(sig = "string, /", doc = "``Intern'' the given string.")
    static PyObject intern(PyStr string) {
        if (string.getClass() != PyStr.class) {
            throw PyErr.format(PyExc.TypeError, "can't intern %s", string.type().getName());
        }
        return string.intern();
    }

    @PyFunction(sig = "status=None, /", doc = "Exit the interpreter by raising SystemExit(status).")
    static PyObject exit(PyObject status) {
        // PyErr_SetObject: None means no arguments, a tuple is the argument list.
        if (status == PyNone.NONE) {
            throw PyErr.newException(PyExc.SystemExit, new PyObject[0]);
        }
        if (status.getClass() == PyTuple.class) {
            throw PyErr.newException(PyExc.SystemExit, ((PyTuple) status).toArray());
        }
        throw PyErr.newException(PyExc.SystemExit, status);
    }

    @PyFunction(doc = "Return current exception information: (type, value, traceback).")
    static PyObject exc_info() {
        PyObject e = ThreadState.current().handledException;
        if (!(e instanceof PyBaseException be)) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        return PyTuple.of(be.type(), be, be.traceback);
    }

    @PyFunction(doc = "Return the current exception.")
    static PyObject exception() {
        PyObject e = ThreadState.current().handledException;
        return e instanceof PyBaseException ? e : PyNone.NONE;
    }

    @PyFunction(doc = "Return the current default encoding used by the Unicode implementation.")
    static PyObject getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    @PyFunction(doc = "Return the encoding used to convert Unicode filenames to OS filenames.")
    static PyObject getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    @PyFunction(doc = "Return the error mode used Unicode to OS filename conversion.")
    static PyObject getfilesystemencodeerrors() {
        return PyStr.of("surrogateescape");
    }

    @PyFunction(doc = "Return True if Python is exiting.")
    static boolean is_finalizing() {
        return false;
    }

    @PyFunction(sig = "object, default=NULL", doc = "getsizeof(object [, default]) -> int\n\n"
            + "Return the size of object in bytes.")
    static PyObject getsizeof(PyObject object, PyObject dflt) {
        PyStr sizeofName = PyStr.of("__sizeof__");
        PyObject m = object.type().lookup(sizeofName);
        if (m == PyType.OBJECT.lookup(sizeofName)) {
            m = null; // object.__sizeof__ knows only the basic size: use CPython's sizes of the core types
        }
        long size;
        if (m != null) {
            PyObject r;
            try {
                r = Abstract.callMethod(object, "__sizeof__");
            } catch (dev.kaa.runtime.PyException e) {
                if (dflt != null && e.matches(PyExc.TypeError)) {
                    return dflt;
                }
                throw e;
            }
            if (!(r instanceof PyInt)) {
                throw PyErr.format(PyExc.TypeError, "an integer is required");
            }
            size = Abstract.asIndex(r, PyExc.OverflowError);
            if (size < 0) {
                throw PyErr.format(PyExc.ValueError, "__sizeof__() should return >= 0");
            }
        } else {
            size = approximateSize(object);
        }
        // The GC header of container objects (CPython adds sizeof(PyGC_Head)).
        boolean gc = !(object instanceof PyInt || object instanceof PyFloat || object instanceof PyStr
                || object instanceof PyBytes || object == PyNone.NONE);
        return PyInt.of(size + (gc ? 16 : 0));
    }

    /** CPython 3.13's {@code __sizeof__} on x86-64 for the core types; 16 bytes for other objects. */
    private static long approximateSize(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.signum() == 0) {
                return 28;
            }
            long bits = i.toBig().abs().bitLength();
            return 24 + 4 * ((bits + 29) / 30);
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyStr s) {
            int max = 0;
            for (int k = 0, n = s.length(); k < n; k++) {
                max = Math.max(max, s.codePointAt(k));
            }
            int n = s.length();
            return max < 0x80 ? 41 + n : max < 0x100 ? 57 + n : max < 0x10000 ? 58 + 2L * n : 60 + 4L * n;
        }
        if (o instanceof PyBytes b) {
            return 33 + b.length();
        }
        if (o instanceof PyTuple t) {
            return 24 + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 40 + 8L * l.size();
        }
        if (o instanceof PyDict) {
            return 48;
        }
        if (o instanceof PySet) {
            return 200;
        }
        return 16;
    }

    @PyFunction(sig = "event, /, *args", doc = "Pass audit events to any currently registered hooks.")
    static void audit(PyObject event, PyTuple args) {
        if (!(event instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "expected str for argument 'event', not %s", event.type().getName());
        }
    }

    @PyFunction(sig = "hook", doc = "Adds a new audit hook callback.")
    static void addaudithook(PyObject hook) {
    }

    @PyFunction(doc = "Return the current thread switch interval.")
    static double getswitchinterval() {
        return 0.005;
    }

    @PyFunction(sig = "interval, /", doc = "Set the ideal thread switching delay inside the Python interpreter.")
    static void setswitchinterval(double interval) {
        if (interval <= 0.0) {
            throw PyErr.format(PyExc.ValueError, "switch interval must be strictly positive");
        }
    }

    @PyFunction(sig = "object, /", doc = "Return the reference count of object.")
    static long getrefcount(PyObject object) {
        // No reference counts on the JVM; CPython's answer for a fresh temporary.
        return 2;
    }

    @PyFunction(name = "_getframe", sig = "depth=0, /", doc = "Return a frame object from the call stack.")
    static PyObject _getframe(int depth) {
        dev.kaa.runtime.objects.PyFrame f = dev.kaa.runtime.ThreadState.current().frame;
        while (depth > 0 && f != null) {
            f = f.back;
            depth--;
        }
        if (f == null) {
            throw PyErr.format(PyExc.ValueError, "call stack is not deep enough");
        }
        return f;
    }

    @PyFunction(sig = "", doc = "Return the maximum string digits limit for non-binary int<->str conversions.")
    static PyObject get_int_max_str_digits() {
        return PyInt.of(ThreadState.current().interp.intMaxStrDigits);
    }

    @PyFunction(sig = "maxdigits", doc = "Set the maximum string digits limit for non-binary int<->str conversions.")
    static void set_int_max_str_digits(int maxdigits) {
        if (maxdigits != 0 && maxdigits < 640) {
            throw PyErr.format(PyExc.ValueError, "maxdigits must be 0 or larger than %d", 640);
        }
        ThreadState.current().interp.intMaxStrDigits = maxdigits;
    }
}
