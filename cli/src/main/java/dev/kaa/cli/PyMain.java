package dev.kaa.cli;

import dev.kaa.compiler.Compiler;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.builtins.SysModule;
import dev.kaa.runtime.imports.Importer;
import dev.kaa.runtime.imports.ModuleSpec;
import dev.kaa.runtime.imports.SourceFileLoader;
import dev.kaa.runtime.interp.Exec;
import dev.kaa.runtime.interp.TracebackPrinter;
import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyModule;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PySystemExit;
import dev.kaa.runtime.objects.PyTextIO;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Running a Python program from the command line: CPython's {@code pymain_run_python} (Modules/main.c)
 * and the parts of Python/pythonrun.c it uses. Makes an {@link Interpreter}, fills in {@code sys}
 * ({@code argv}, {@code path}, {@code flags}, the standard streams over the given Java streams), runs the
 * command, module, file or standard input in {@code __main__}, then the REPL when asked for, and turns the
 * outcome into the exit status: {@code SystemExit} as {@code _Py_HandleSystemExit}, an uncaught exception
 * printed by {@code sys.excepthook} (status 1), a failed flush of {@code sys.stdout} at exit (status 120).
 */
final class PyMain {
    private final CommandLine cl;
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path cwd;
    private final boolean stdinIsTty;
    Interpreter interp;
    PyModule main;

    PyMain(CommandLine cl, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env, Path cwd,
            boolean stdinIsTty) {
        this.cl = cl;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.env = env;
        this.cwd = cwd;
        this.stdinIsTty = stdinIsTty;
    }

    /** Runs the program; {@code started} sees the interpreter first (for the Ctrl-C handler). */
    int run(Consumer<Interpreter> started) {
        Interpreter.Config config = cl.hashSeed == null ? Interpreter.Config.defaults()
                : Interpreter.Config.fromEnvironment(Map.of("PYTHONHASHSEED", cl.hashSeed));
        interp = new Interpreter(config);
        if (cl.intMaxStrDigits >= 0) {
            interp.intMaxStrDigits = cl.intMaxStrDigits;
        }
        if (started != null) {
            started.accept(interp);
        }
        return interp.call(this::runPython) & 0xff;
    }

    /** stdin is "interactive" for CPython when it is a terminal or -i was given. */
    private boolean stdinIsInteractive() {
        return stdinIsTty || cl.interactive > 0;
    }

    private boolean runsCode() {
        return cl.command != null || cl.module != null || cl.filename != null;
    }

    private int runPython() {
        int status;
        try {
            initSys();
            main = createMain();
            if (!cl.noSite) {
                site();
            }
            header();
            if (cl.command != null) {
                status = runCommand();
            } else if (cl.module != null) {
                status = runModule(cl.module, true);
            } else if (cl.filename != null) {
                status = runFile();
            } else {
                status = runStdin();
            }
            if (cl.inspect > 0 && stdinIsInteractive() && runsCode()) {
                // pymain_repl: -i after the program; SystemExit in the REPL exits
                cl.inspect = 0;
                status = repl() ? 0 : 1;
            }
        } catch (ExitException e) {
            status = e.status;
        }
        return finish(status);
    }

    /** Thrown by {@link #handleSystemExit} to leave the program with a status, as {@code Py_Exit}. */
    static final class ExitException extends RuntimeException {
        final int status;

        ExitException(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Set-up

    private void initSys() {
        PyModule sys = interp.sys;
        for (PyModule m : new PyModule[] {interp.sys, interp.builtins}) {
            if (m.getDict().getItem(PyStr.of("__spec__")) == PyNone.NONE) {
                m.add("__spec__", ModuleSpec.forBuiltin(m.getName()));
                m.add("__package__", PyStr.EMPTY); // __spec__.parent of a top-level module
            }
        }
        PyObject[] argv = new PyObject[cl.argv.size()];
        for (int i = 0; i < argv.length; i++) {
            argv[i] = PyStr.of(cl.argv.get(i));
        }
        sys.add("argv", PyList.of(argv));
        PyObject[] orig = new PyObject[cl.origArgv.size()];
        for (int i = 0; i < orig.length; i++) {
            orig[i] = PyStr.of(cl.origArgv.get(i));
        }
        sys.add("orig_argv", PyList.of(orig));
        sys.add("executable", PyStr.of(executable()));
        sys.add("_base_executable", PyStr.of(executable()));
        sys.add("path", PyList.of(sysPath()));
        PyObject[] warn = new PyObject[cl.warnOptions.size()];
        for (int i = 0; i < warn.length; i++) {
            warn[i] = PyStr.of(cl.warnOptions.get(i));
        }
        sys.add("warnoptions", PyList.of(warn));
        PyDict x = new PyDict();
        cl.xOptions.forEach((k, v) -> x.setItem(PyStr.of(k), v instanceof String s ? PyStr.of(s) : PyBool.TRUE));
        sys.add("_xoptions", x);
        sys.add("dont_write_bytecode", PyBool.of(cl.dontWriteBytecode));
        Map<String, Integer> flags = new HashMap<>();
        flags.put("debug", cl.parserDebug);
        flags.put("inspect", cl.inspect);
        flags.put("interactive", cl.interactive);
        flags.put("optimize", cl.optimize);
        flags.put("dont_write_bytecode", cl.dontWriteBytecode ? 1 : 0);
        flags.put("no_user_site", cl.noUserSite ? 1 : 0);
        flags.put("no_site", cl.noSite ? 1 : 0);
        flags.put("ignore_environment", cl.ignoreEnvironment ? 1 : 0);
        flags.put("verbose", cl.verbose);
        flags.put("bytes_warning", cl.bytesWarning);
        flags.put("quiet", cl.quiet);
        flags.put("hash_randomization", cl.hashRandomization() ? 1 : 0);
        flags.put("isolated", cl.isolated ? 1 : 0);
        flags.put("dev_mode", cl.devMode ? 1 : 0);
        flags.put("utf8_mode", cl.utf8Mode);
        flags.put("warn_default_encoding", cl.warnDefaultEncoding ? 1 : 0);
        flags.put("safe_path", cl.safePath ? 1 : 0);
        flags.put("int_max_str_digits", cl.intMaxStrDigits < 0 ? 4300 : cl.intMaxStrDigits);
        sys.add("flags", SysModule.makeFlags(flags));
        sys.add("ps1", PyStr.of(">>> "));
        sys.add("ps2", PyStr.of("... "));
        // The standard streams: stdout line-buffered on a terminal, else block-buffered; stderr always
        // line-buffered (CPython 3.9+); -u makes both write through.
        PyTextIO in = PyTextIO.forInput(stdin, "<stdin>", 0, "strict", stdinIsTty);
        PyTextIO o = PyTextIO.forOutput(StdStream.rawOf(out), "<stdout>", 1, "strict", false, cl.unbuffered, false);
        PyTextIO e = PyTextIO.forOutput(StdStream.rawOf(err), "<stderr>", 2, "backslashreplace", true, cl.unbuffered, false);
        sys.add("stdin", in);
        sys.add("stdout", o);
        sys.add("stderr", e);
        sys.add("__stdin__", in);
        sys.add("__stdout__", o);
        sys.add("__stderr__", e);
    }

    private static String executable() {
        String exe = System.getProperty("kaa.executable");
        return exe == null ? "" : exe;
    }

    /** {@code sys.path}: the script's directory (or '' / cwd), PYTHONPATH, then the standard library. */
    private PyObject[] sysPath() {
        java.util.List<PyObject> path = new java.util.ArrayList<>();
        if (!cl.safePath) {
            String path0 = path0();
            if (path0 != null) {
                path.add(PyStr.of(path0));
            }
        }
        for (String p : cl.pythonPath) {
            path.add(PyStr.of(p.isEmpty() ? p : cwd.resolve(p).toString()));
        }
        String stdlib = env.get("KAA_STDLIB");
        if (stdlib != null && !stdlib.isEmpty()) {
            path.add(PyStr.of(stdlib));
        }
        return path.toArray(new PyObject[0]);
    }

    /** {@code _PyPathConfig_ComputeSysPath0}: the script's directory (symbolic links followed), cwd for -m. */
    private String path0() {
        if (cl.module != null) {
            return cwd.toString();
        }
        if (cl.filename == null) {
            return "";
        }
        Path script = scriptPath();
        if (Files.isDirectory(script)) {
            return script.toString(); // a directory with __main__.py is itself the first path entry
        }
        try {
            if (Files.isSymbolicLink(script)) {
                script = script.toRealPath();
            }
        } catch (IOException e) {
            // keep the path as given
        }
        Path dir = script.getParent();
        return dir == null ? "" : dir.toString();
    }

    /** The script's absolute path ({@code config_run_filename_abspath}). */
    private Path scriptPath() {
        return cwd.resolve(cl.filename).normalize();
    }

    /** {@code add_main_module}: {@code __main__} with {@code __annotations__} and {@code __builtins__}. */
    private PyModule createMain() {
        PyModule m = new PyModule("__main__");
        m.add("__annotations__", new PyDict());
        m.add("__builtins__", interp.builtins);
        interp.modules.setItem(PyStr.of("__main__"), m);
        return m;
    }

    /**
     * The part of {@code site} that Kaa can run so far (the standard library's {@code site.py} needs
     * {@code os}): the builtins {@code exit}, {@code quit} and {@code help} made by CPython's own
     * {@code _sitebuiltins}, and {@code copyright}, {@code credits}, {@code license} (without the license
     * file, which needs {@code os} to find).
     * Without the standard library on sys.path nothing is added.
     */
    private static final String SITE = """
            def _site():
                import sys, builtins
                try:
                    import _sitebuiltins
                except ImportError:
                    return
                eof = 'Ctrl-D (i.e. EOF)'
                builtins.quit = _sitebuiltins.Quitter('quit', eof)
                builtins.exit = _sitebuiltins.Quitter('exit', eof)
                builtins.help = _sitebuiltins._Helper()
                def printer(name, data):
                    # _Printer.__init__ imports os for its license-file paths; with no paths it needs nothing else
                    p = _sitebuiltins._Printer.__new__(_sitebuiltins._Printer)
                    p._Printer__name, p._Printer__data = name, data
                    p._Printer__lines, p._Printer__filenames = None, []
                    return p
                builtins.copyright = printer('copyright', sys.copyright)
                builtins.credits = printer('credits', '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and '
                    'a cast of thousands\n    for supporting Python development.  See www.python.org for more '
                    'information.')
                builtins.license = printer('license', 'See https://www.python.org/psf/license/')
            _site()
            """;

    private void site() {
        try {
            PyCode code = Exec.compile(SITE.getBytes(StandardCharsets.UTF_8), "<site>", Compiler.Mode.EXEC, 0, 0);
            PyDict d = new PyDict();
            Exec.execCode(code, d, d);
        } catch (PyException e) {
            // a failing site never stops the program (this one is partial; CPython would print the error)
        }
    }

    /** {@code pymain_header}: the banner, on stderr, for an interactive session without a program. */
    private void header() {
        if (cl.quiet > 0) {
            return;
        }
        if (cl.verbose == 0 && (runsCode() || !stdinIsInteractive())) {
            return;
        }
        writeStderr("Python " + SysModule.VERSION + " on linux\n");
        if (!cl.noSite) {
            writeStderr("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Running

    /** {@code pymain_run_command}: {@code -c cmd} as file "<string>". */
    private int runCommand() {
        // As CPython 3.13, tracebacks show the command's lines (linecache._register_code).
        interp.sourceLines.register("<string>", cl.command);
        return runSource(cl.command.getBytes(StandardCharsets.UTF_8), "<string>", false);
    }

    /** {@code pymain_run_file}: a script, or a directory with {@code __main__.py}. */
    private int runFile() {
        Path script = scriptPath();
        if (Files.isDirectory(script)) {
            Path mainPy = script.resolve("__main__.py");
            if (!Files.isRegularFile(mainPy)) {
                writeStderr(cl.program + ": can't find '__main__' module in '" + script + "'\n");
                return 1;
            }
            return runModule("__main__", false);
        }
        byte[] src;
        try {
            src = Files.readAllBytes(script);
        } catch (NoSuchFileException e) {
            writeStderr(cl.program + ": can't open file '" + script + "': [Errno 2] No such file or directory\n");
            return 2;
        } catch (AccessDeniedException e) {
            writeStderr(cl.program + ": can't open file '" + script + "': [Errno 13] Permission denied\n");
            return 2;
        } catch (IOException e) {
            writeStderr(cl.program + ": can't open file '" + script + "': [Errno 5] Input/output error\n");
            return 2;
        }
        if (cl.skipFirstLine) {
            src = skipFirstLine(src);
        }
        main.add("__file__", PyStr.of(script.toString()));
        main.add("__cached__", PyNone.NONE);
        main.add("__loader__", new SourceFileLoader("__main__", script.toString()));
        return runSource(src, script.toString(), false);
    }

    /** {@code -x}: drops the first line but keeps its newline, so line numbers stay right. */
    private static byte[] skipFirstLine(byte[] src) {
        int i = 0;
        while (i < src.length && src[i] != '\n') {
            i++;
        }
        return java.util.Arrays.copyOfRange(src, i, src.length);
    }

    /** {@code pymain_run_stdin}: the REPL on a terminal (or with -i), else the whole input as one program. */
    private int runStdin() {
        if (stdinIsInteractive()) {
            cl.inspect = 0; // SystemExit exits
            runStartup();
            return repl() ? 0 : 1;
        }
        byte[] src;
        try {
            src = stdin.readAllBytes();
        } catch (IOException e) {
            writeStderr(cl.program + ": can't read <stdin>: " + e.getMessage() + "\n");
            return 1;
        }
        // _PyRun_SimpleFileObject sets __file__ for the run and removes it after.
        main.add("__file__", PyStr.of("<stdin>"));
        main.add("__cached__", PyNone.NONE);
        try {
            return runSource(src, "<stdin>", false);
        } finally {
            main.getDict().delItemIfPresent(PyStr.of("__file__"));
            main.getDict().delItemIfPresent(PyStr.of("__cached__"));
        }
    }

    /** PYTHONSTARTUP, run before an interactive session. */
    private void runStartup() {
        if (cl.startup == null || cl.isolated) {
            return;
        }
        Path p = cwd.resolve(cl.startup);
        byte[] src;
        try {
            src = Files.readAllBytes(p);
        } catch (IOException e) {
            writeStderr("Could not open PYTHONSTARTUP\n");
            printException(PyErr.createException(PyExc.FileNotFoundError, PyInt.of(2),
                    PyStr.of("No such file or directory"), PyStr.of(cl.startup)));
            return;
        }
        runSource(src, cl.startup, false);
    }

    /** Compiles and runs {@code src} in {@code __main__}; 0, or 1 after printing the exception. */
    int runSource(byte[] src, String filename, boolean interactive) {
        try {
            PyCode code = Exec.compile(src, filename, Compiler.Mode.EXEC, 0, cl.optimize);
            PyDict d = main.getDict();
            Exec.execCode(code, d, d);
            return 0;
        } catch (PyException e) {
            return handleException(e.value);
        } catch (ExitException e) {
            throw e;
        } catch (Throwable t) {
            return handleException(PyErr.fromJava(t).value);
        }
    }

    /** runpy's {@code _Error}: a message for "program: message" and status 1. */
    private static final class RunpyError extends RuntimeException {
        RunpyError(String msg) {
            super(msg, null, false, false);
        }
    }

    /**
     * {@code runpy._run_module_as_main}: finds {@code name} on sys.path (a package runs its
     * {@code __main__}) and runs it as {@code __main__}; errors as "executable: message", status 1.
     */
    private int runModule(String name, boolean setArgv0) {
        try {
            ModuleSpec spec;
            try {
                spec = moduleDetails(name);
            } catch (RunpyError e) {
                // sys.exit("%s: %s" % (sys.executable, exc))
                String exe = executable().isEmpty() ? cl.program : executable();
                return handleException(PyErr.createException(PyExc.SystemExit, PyStr.of(exe + ": " + e.getMessage())));
            }
            String modName = Abstract.getAttr(spec, "name").toString();
            PyObject origin = Abstract.getAttr(spec, "origin");
            Path file = Path.of(origin.toString());
            byte[] src = Importer.readSource(file);
            if (setArgv0) {
                PyList argv = (PyList) interp.sys.getDict().getItem(PyStr.of("argv"));
                argv.setItem(0, origin);
            }
            PyDict d = main.getDict();
            d.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
            d.setItem(PyStr.of("__file__"), origin);
            d.setItem(PyStr.of("__cached__"), PyNone.NONE);
            d.setItem(PyStr.of("__loader__"), Abstract.getAttr(spec, "loader"));
            int dot = modName.lastIndexOf('.');
            d.setItem(PyStr.of("__package__"), PyStr.of(dot < 0 ? "" : modName.substring(0, dot)));
            d.setItem(PyStr.of("__spec__"), spec);
            PyCode code = Exec.compile(src, origin.toString(), Compiler.Mode.EXEC, 0, cl.optimize);
            Exec.execCode(code, d, d);
            return 0;
        } catch (PyException e) {
            return handleException(e.value);
        } catch (ExitException e) {
            throw e;
        } catch (Throwable t) {
            return handleException(PyErr.fromJava(t).value);
        }
    }

    /** {@code runpy._get_module_details}. */
    private ModuleSpec moduleDetails(String modName) {
        if (modName.startsWith(".")) {
            throw new RunpyError("Relative module names not supported");
        }
        int dot = modName.lastIndexOf('.');
        String pkgName = dot < 0 ? "" : modName.substring(0, dot);
        if (!pkgName.isEmpty()) {
            // Import the parent first so that its own initialization errors are not disguised.
            try {
                Importer.importName(pkgName);
            } catch (PyException e) {
                if (!e.matches(PyExc.ImportError)) {
                    throw e;
                }
                PyObject n = Abstract.lookupAttr(e.value, PyStr.of("name"));
                if (!(n instanceof PyStr ns) || (!ns.toString().equals(pkgName)
                        && !pkgName.startsWith(ns + "."))) {
                    throw e;
                }
            }
        }
        ModuleSpec spec;
        try {
            spec = findModule(modName);
        } catch (PyException e) {
            if (!e.matches(PyExc.ImportError) && !e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)
                    && !e.matches(PyExc.ValueError)) {
                throw e;
            }
            String msg = "Error while finding module specification for " + Abstract.repr(PyStr.of(modName)) + " ("
                    + e.value.type().getName() + ": " + Abstract.str(e.value) + ")";
            if (modName.endsWith(".py")) {
                String base = modName.substring(0, modName.length() - 3);
                msg += ". Try using '" + base + "' instead of '" + modName + "' as the module name.";
            }
            throw new RunpyError(msg);
        }
        if (spec == null) {
            throw new RunpyError("No module named " + modName);
        }
        if (isPackage(spec)) {
            if (modName.equals("__main__") || modName.endsWith(".__main__")) {
                throw new RunpyError("Cannot use package as __main__ module");
            }
            try {
                return moduleDetails(modName + ".__main__");
            } catch (RunpyError e) {
                if (interp.modules.getItem(PyStr.of(modName)) == null) {
                    throw e;
                }
                throw new RunpyError(e.getMessage() + "; '" + modName + "' is a package and cannot be directly executed");
            }
        }
        if (!(Abstract.getAttr(spec, "origin") instanceof PyStr)) {
            throw new RunpyError("No code object available for " + modName);
        }
        return spec;
    }

    /** Finds a module's spec, importing its parent packages first (as {@code importlib.util.find_spec}). */
    private ModuleSpec findModule(String name) {
        int dot = name.lastIndexOf('.');
        PyObject searchPath = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            PyObject pkg = Importer.importName(parent);
            searchPath = Abstract.lookupAttr(pkg, PyStr.of("__path__"));
            if (searchPath == null) {
                throw Importer.moduleNotFound("__path__ attribute not found on '" + parent + "' while trying to find '"
                        + name + "'", name);
            }
        }
        return Importer.findSpec(interp, name, searchPath);
    }

    private static boolean isPackage(ModuleSpec spec) {
        return Abstract.getAttr(spec, "submodule_search_locations") != PyNone.NONE;
    }

    /** The REPL; false when it ended with an uncaught error status. */
    private boolean repl() {
        return new Repl(this, stdin, stdinIsTty, env, cl.optimize).run();
    }

    // ---------------------------------------------------------------------------------------------
    // Errors and exit

    /**
     * {@code PyErr_Print}: SystemExit ends the program (unless -i is pending); any other exception is
     * stored in {@code sys.last_exc} and shown by {@code sys.excepthook}. Returns the status 1.
     */
    int handleException(PyBaseException e) {
        if (e.type().isSubtypeOf(PyExc.SystemExit) && cl.inspect == 0) {
            throw new ExitException(handleSystemExit(e));
        }
        printException(e);
        return e.type().isSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** {@code _Py_HandleSystemExit}: the exit status of a SystemExit, printing a non-int code to stderr. */
    private int handleSystemExit(PyBaseException e) {
        PyObject code = e instanceof PySystemExit se ? se.code : Abstract.lookupAttr(e, PyStr.of("code"));
        if (code == null || code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.isSmall() ? (int) i.value : -1;
        }
        flushStdout();
        PyObject stderr = interp.sys.getDict().getItem(PyStr.of("stderr"));
        try {
            if (stderr != null && stderr != PyNone.NONE) {
                Abstract.callMethod(stderr, "write", Abstract.str(code));
                Abstract.callMethod(stderr, "write", PyStr.of("\n"));
            } else {
                err.print(Abstract.str(code) + "\n");
            }
        } catch (PyException ex) {
            // as CPython: an unprintable code still exits with status 1
        }
        return 1;
    }

    /**
     * {@code _PyErr_PrintEx}: sets {@code sys.last_exc} etc., then calls {@code sys.excepthook}
     * (the traceback printer by default); a SystemExit raised by the hook ends the program.
     */
    void printException(PyBaseException e) {
        flushStdout();
        try {
            TracebackPrinter.printEx(e, true);
        } catch (PyException hookExit) {
            if (hookExit.matches(PyExc.SystemExit)) {
                throw new ExitException(handleSystemExit(hookExit.value));
            }
            throw hookExit;
        }
    }

    /** Writes to sys.stderr, or to the Java stream when sys.stderr is unusable. */
    void writeStderr(String s) {
        PyObject stderr = interp == null ? null : interp.sys.getDict().getItem(PyStr.of("stderr"));
        try {
            if (stderr instanceof PyTextIO t) {
                t.writeStr(PyStr.of(s));
                t.flushQuietly();
                return;
            }
            if (stderr != null && stderr != PyNone.NONE) {
                Abstract.callMethod(stderr, "write", PyStr.of(s));
                return;
            }
        } catch (PyException e) {
            // fall through to the Java stream
        }
        err.print(s);
        err.flush();
    }

    private void flushStdout() {
        PyObject stdout = interp.sys.getDict().getItem(PyStr.of("stdout"));
        try {
            if (stdout != null && stdout != PyNone.NONE) {
                Abstract.callMethod(stdout, "flush");
            }
        } catch (PyException e) {
            // reported at exit
        }
    }

    /**
     * {@code Py_FinalizeEx}'s {@code flush_std_files}: a failure to flush sys.stdout is reported as an
     * ignored exception and makes the status 120; sys.stderr's is ignored.
     */
    private int finish(int status) {
        PyDict sys = interp.sys.getDict();
        PyObject stdout = sys.getItem(PyStr.of("stdout"));
        if (stdout != null && stdout != PyNone.NONE && !isClosed(stdout)) {
            try {
                Abstract.callMethod(stdout, "flush");
                if (out.checkError()) {
                    throw PyErr.raise(PyErr.createException(PyExc.OSError, PyInt.of(5), PyStr.of("Input/output error")));
                }
            } catch (PyException e) {
                writeStderr("Exception ignored in: " + safeRepr(stdout) + "\n");
                writeStderr(TracebackPrinter.format(e.value));
                if (status == 0) {
                    status = 120;
                }
            }
        }
        PyObject stderr = sys.getItem(PyStr.of("stderr"));
        if (stderr != null && stderr != PyNone.NONE && !isClosed(stderr)) {
            try {
                Abstract.callMethod(stderr, "flush");
            } catch (PyException e) {
                // ignored, as CPython
            }
        }
        out.flush();
        err.flush();
        return status;
    }

    private static boolean isClosed(PyObject f) {
        try {
            PyObject c = Abstract.lookupAttr(f, PyStr.of("closed"));
            return c != null && Abstract.isTrue(c);
        } catch (PyException e) {
            return false;
        }
    }

    private static String safeRepr(PyObject o) {
        try {
            return Abstract.repr(o).toString();
        } catch (PyException e) {
            return "<object repr() failed>";
        }
    }
}
