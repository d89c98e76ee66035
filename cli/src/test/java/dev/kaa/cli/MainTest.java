package dev.kaa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line in-process through {@link Main#run}: options, their errors and exit statuses,
 * sys.argv and sys.path, -c / -m / file / stdin, SystemExit and uncaught exceptions, the import system
 * and the REPL on a non-terminal stdin. Expected texts are CPython 3.13's (program name "kaa").
 */
class MainTest {
    @TempDir
    Path dir;

    /** The outcome of one run. */
    record Result(int status, String out, String err) {
    }

    private Result run(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e, env, dir);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result run(String... args) {
        return run("", Map.of(), args);
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static final String USAGE = "usage: kaa [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + "Try `python -h' for more information.\n";

    // ---------------------------------------------------------------------------------------------
    // Options

    @Test
    void version() {
        assertEquals(new Result(0, "Python 3.13.0\n", ""), run("-V"));
        assertEquals(new Result(0, "Python 3.13.0\n", ""), run("--version"));
        Result vv = run("-VV");
        assertEquals(0, vv.status);
        assertTrue(vv.out.startsWith("Python 3.13.0 ("), vv.out);
    }

    @Test
    void help() {
        Result r = run("-h");
        assertEquals(0, r.status);
        assertTrue(r.out.startsWith("usage: kaa [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Options (and corresponding environment variables):\n-b     : issue warnings"), r.out);
        assertTrue(r.out.endsWith("arg ...: arguments passed to program in sys.argv[1:]\n"), r.out);
        assertEquals(r, run("--help"));
        assertEquals(r, run("-?"));
        Result all = run("--help-all");
        assertTrue(all.out.startsWith(r.out + "\nEnvironment variables that change behavior:\n"), all.out);
        assertTrue(all.out.endsWith("         also PYTHONWARNDEFAULTENCODING\n"), all.out);
        assertTrue(run("--help-env").out.startsWith("Environment variables that change behavior:\nPYTHONSTARTUP "));
        assertTrue(run("--help-xoptions").out.startsWith("The following implementation-specific options"));
    }

    @Test
    void usageErrors() {
        assertEquals(new Result(2, "", "Unknown option: -Z\n" + USAGE), run("-Z"));
        assertEquals(new Result(2, "", "unknown option --foo\n" + USAGE), run("--foo"));
        assertEquals(new Result(2, "", "-J is reserved for Jython\n" + USAGE), run("-J"));
        assertEquals(new Result(2, "", "Argument expected for the -c option\n" + USAGE), run("-c"));
        assertEquals(new Result(2, "", "Argument expected for the -m option\n" + USAGE), run("-m"));
        assertEquals(new Result(2, "", "Argument expected for the -X option\n" + USAGE), run("-X"));
        assertEquals(new Result(2, "", "Argument expected for the -W option\n" + USAGE), run("-OW"));
        assertEquals(new Result(2, "", "Argument expected for the --check-hash-based-pycs options\n" + USAGE),
                run("--check-hash-based-pycs"));
        assertEquals(new Result(2, "", "--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n"
                + USAGE), run("--check-hash-based-pycs", "x"));
        // options after -c belong to the program
        assertEquals(new Result(0, "['-c', '-Z', '--foo']\n", ""), run("-c", "import sys; print(sys.argv)", "-Z", "--foo"));
    }

    @Test
    void fatalSettings() {
        Result r = run("", Map.of("PYTHONHASHSEED", "abc"), "-c", "pass");
        assertEquals(new Result(1, "", "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" "
                + "or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n"), r);
        // -E ignores the environment
        assertEquals(0, run("", Map.of("PYTHONHASHSEED", "abc"), "-E", "-c", "pass").status);
        assertEquals(1, run("-X", "int_max_str_digits=5", "-c", "pass").status);
    }

    @Test
    void flags() {
        Result r = run("", Map.of("PYTHONHASHSEED", "0"), "-O", "-B", "-s", "-S", "-q", "-bb", "-c",
                "import sys; f = sys.flags; print(f.optimize, f.dont_write_bytecode, f.no_user_site, f.no_site, "
                        + "f.quiet, f.bytes_warning, f.hash_randomization, sys.dont_write_bytecode)");
        assertEquals(new Result(0, "1 1 1 1 1 2 0 True\n", ""), r);
        assertEquals("2 1 1\n", run("-OO", "-I", "-c",
                "import sys; print(sys.flags.optimize, sys.flags.isolated, sys.flags.ignore_environment)").out);
        assertEquals("{'dev': True, 'a': 'b=c'} ['default', 'd', 'error::BytesWarning']\n",
                run("-Xdev", "-X", "a=b=c", "-Wd", "-W", "error::BytesWarning", "-c",
                        "import sys; print(sys._xoptions, sys.warnoptions)").out);
    }

    // ---------------------------------------------------------------------------------------------
    // Programs and exit statuses

    @Test
    void command() {
        assertEquals(new Result(0, "['-c', 'a', 'b']\n", ""), run("-c", "import sys; print(sys.argv)", "a", "b"));
        assertEquals("''\n", run("-c", "import sys; print(repr(sys.path[0]))").out);
        assertEquals("['-c']\n", run("-Ic", "import sys; print(sys.argv)").out);
    }

    @Test
    void systemExit() {
        assertEquals(new Result(0, "", ""), run("-c", "raise SystemExit"));
        assertEquals(new Result(3, "", ""), run("-c", "import sys; sys.exit(3)"));
        assertEquals(new Result(0, "", ""), run("-c", "raise SystemExit(256)"));
        assertEquals(new Result(255, "", ""), run("-c", "raise SystemExit(-1)"));
        assertEquals(new Result(1, "", ""), run("-c", "raise SystemExit(True)"));
        assertEquals(new Result(1, "out\n", "bye\n"), run("-c", "print('out'); raise SystemExit('bye')"));
        assertEquals(new Result(1, "", "1.5\n"), run("-c", "raise SystemExit(1.5)"));
    }

    @Test
    void uncaughtException() {
        Result r = run("-c", "print('before')\nraise ValueError('bad value')");
        assertEquals(1, r.status);
        assertEquals("before\n", r.out);
        // the command's lines are shown, as CPython 3.13 registers them
        assertTrue(r.err.startsWith("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n"
                + "    raise ValueError('bad value')\n"), r.err);
        assertEquals("ValueError: bad value", lastLine(r.err));
        Result k = run("-c", "raise KeyboardInterrupt");
        assertEquals(130, k.status);
        assertEquals("KeyboardInterrupt", lastLine(k.err));
    }

    @Test
    void syntaxError() {
        Result r = run("-c", "print(1");
        assertEquals(new Result(1, "", "  File \"<string>\", line 1\n    print(1\n         ^\n"
                + "SyntaxError: '(' was never closed\n"), r);
    }

    @Test
    void scriptFile() throws IOException {
        write("sub/prog.py", "import sys\nprint(sys.argv, __name__, __file__ == sys.path[0] + '/prog.py')\n");
        Result r = run("sub/prog.py", "x", "-c");
        assertEquals(new Result(0, "['sub/prog.py', 'x', '-c'] __main__ True\n", ""), r);
        assertEquals(dir.resolve("sub") + "\n", runScriptPath());
        Result missing = run("nosuch.py");
        assertEquals(new Result(2, "", "kaa: can't open file '" + dir.resolve("nosuch.py")
                + "': [Errno 2] No such file or directory\n"), missing);
    }

    private String runScriptPath() throws IOException {
        write("sub/path0.py", "import sys\nprint(sys.path[0])\n");
        return run("sub/path0.py").out;
    }

    @Test
    void directoryWithMain() throws IOException {
        write("app/__main__.py", "import sys\nprint('main', sys.argv)\n");
        assertEquals(new Result(0, "main ['app']\n", ""), run("app"));
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(new Result(1, "", "kaa: can't find '__main__' module in '" + dir.resolve("empty") + "'\n"),
                run("empty"));
    }

    @Test
    void standardInput() {
        assertEquals(new Result(0, "3 ['-']\n", ""),
                run("import sys\nprint(1 + 2, sys.argv)\n", Map.of(), "-"));
        assertEquals(new Result(0, "<stdin> ['']\n", ""),
                run("import sys\nprint(__file__, sys.argv)\n", Map.of()));
        Result r = run("x = 1\n1/0\n", Map.of());
        assertEquals(1, r.status);
        assertTrue(r.err.contains("File \"<stdin>\", line 2, in <module>"), r.err);
    }

    @Test
    void interactiveOnPipe() {
        Result r = run("x = 6\nx * 7\nif x:\n  print('yes')\n\n_ + 1\n1/0\nprint('end')\n", Map.of(), "-q", "-i");
        assertEquals(0, r.status);
        assertEquals("42\nyes\n43\nend\n", r.out);
        assertTrue(r.err.startsWith(">>> >>> >>> ... ... >>> >>> Traceback (most recent call last):"), r.err);
        assertTrue(r.err.endsWith("ZeroDivisionError: division by zero\n>>> >>> \n"), r.err);
        // SystemExit leaves the REPL with its status
        assertEquals(4, run("import sys\nsys.exit(4)\n", Map.of(), "-q", "-i").status);
        // -i after a command: the REPL runs on
        Result after = run("print(y)\n", Map.of(), "-i", "-c", "y = 2");
        assertEquals(new Result(0, "2\n", ">>> >>> \n"), after);
    }

    @Test
    void interactiveBlocks() {
        String in = "# comment\n   \ntry:\n  1/0\nexcept ZeroDivisionError:\n  print('caught')\n\n"
                + "x = (1 +\n\n2)\nx\nclass A:\n  def f(self):\n    return 3\n\nA().f()\nprint(x); x\n1 +\n";
        Result r = run(in, Map.of(), "-q", "-i");
        assertEquals(new Result(0, "caught\n3\n3\n3\n3\n", ">>> >>> >>> ... ... ... ... >>> ... ... >>> "
                + ">>> ... ... ... >>> >>> >>>   File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n"
                + ">>> \n"), r);
    }

    @Test
    void bannerForInteractive() {
        Result r = run("", Map.of(), "-i");
        assertTrue(r.err.startsWith("Python 3.13.0 "), r.err);
        assertTrue(r.err.contains("\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"),
                r.err);
    }

    // ---------------------------------------------------------------------------------------------
    // -m and imports

    @Test
    void runModule() throws IOException {
        write("pkg/__init__.py", "print('init')\n");
        write("pkg/__main__.py", "import sys\nprint(__name__, __package__, sys.argv[1:])\n");
        write("pkg/mod.py", "import sys\nprint(__name__, __package__, sys.argv[0].endswith('pkg/mod.py'))\n");
        assertEquals(new Result(0, "init\n__main__ pkg ['a']\n", ""), run("-m", "pkg", "a"));
        assertEquals(new Result(0, "init\n__main__ pkg True\n", ""), run("-m", "pkg.mod"));
        assertEquals(new Result(1, "", "kaa: No module named nosuch\n"), run("-m", "nosuch"));
        assertEquals(new Result(1, "", "kaa: Relative module names not supported\n"), run("-m", ".pkg"));
        write("plain/__init__.py", "");
        assertEquals(new Result(1, "", "kaa: No module named plain.__main__; 'plain' is a package and cannot be "
                + "directly executed\n"), run("-m", "plain"));
        assertEquals(new Result(1, "", "kaa: Error while finding module specification for 'nosuch.x' "
                + "(ModuleNotFoundError: No module named 'nosuch')\n"), run("-m", "nosuch.x"));
    }

    @Test
    void imports() throws IOException {
        write("main.py", """
                import pkg.sub.deep
                from pkg import mod_a, helper
                from pkg.sub import deep as d
                print(pkg.sub.deep.who(), mod_a.VALUE, helper, d is pkg.sub.deep)
                print(pkg.__package__, mod_a.__package__, pkg.__path__ == [pkg.__file__[:-12]])
                import sys
                print('pkg.mod_a' in sys.modules, sys.modules['pkg'] is pkg)
                try:
                    import nosuch
                except ModuleNotFoundError as e:
                    print(e, e.name)
                try:
                    import pkg.mod_a.x
                except ImportError as e:
                    print(e)
                try:
                    from . import x
                except ImportError as e:
                    print(e)
                try:
                    __import__('x', {'__package__': 'a'}, level=2)
                except ImportError as e:
                    print(e)
                try:
                    import broken
                except ZeroDivisionError:
                    print('broken' in sys.modules)
                """);
        write("pkg/__init__.py", "helper = 'h'\n");
        write("pkg/mod_a.py", "VALUE = 42\n");
        write("pkg/sub/__init__.py", "");
        write("pkg/sub/deep.py", """
                from .. import mod_a
                from ..mod_a import VALUE
                def who():
                    return __name__, __package__, mod_a.VALUE + VALUE
                """);
        write("broken.py", "x = 1/0\n");
        Result r = run("main.py");
        assertEquals(new Result(0, """
                ('pkg.sub.deep', 'pkg.sub', 84) 42 h True
                pkg pkg True
                True True
                No module named 'nosuch' nosuch
                No module named 'pkg.mod_a.x'; 'pkg.mod_a' is not a package
                attempted relative import with no known parent package
                attempted relative import beyond top-level package
                False
                """, ""), r);
    }

    @Test
    void importArgumentErrors() {
        assertEquals("module name must be a string\nEmpty module name\nlevel must be >= 0\n"
                + "globals must be a dict\n'__name__' not in globals\n", run("-c", """
                for args in [(1,), ('',), ('x', None, None, (), -1), ('x', 5, None, (), 1), ('x', {}, None, (), 1)]:
                    try:
                        __import__(*args)
                    except (TypeError, ValueError, KeyError) as e:
                        print(e if not isinstance(e, KeyError) else e.args[0])
                """).out);
    }

    @Test
    void pythonPath() throws IOException {
        write("lib/extra.py", "NAME = 'extra'\n");
        Map<String, String> env = new HashMap<>();
        env.put("PYTHONPATH", dir.resolve("lib").toString());
        assertEquals("extra\n", run("", env, "-c", "import extra; print(extra.NAME)").out);
        assertEquals("No module named 'extra'\n", run("", env, "-E", "-c",
                "try:\n import extra\nexcept ImportError as e: print(e)").out);
    }

    // ---------------------------------------------------------------------------------------------
    // The front end's oracle modes stay

    @Test
    void dis() throws IOException {
        write("d.py", "x = 1\n");
        Result r = run("--dis", "d.py");
        assertEquals(0, r.status);
        assertTrue(r.out.contains("RETURN_CONST"), r.out);
    }
}
